import { auditEvents, type Database, type Transaction } from '@stagebureau/db';
import type { Actor } from '@stagebureau/domain';

/** Who wrote: a user, or the system (jobs, automatic promotion) with no user id. */
export interface AuditActor {
  userId: string | null;
  role: string;
  regionId: string;
}

export interface AuditEntry {
  entity: string;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/** The one way every write leaves its trace: call it inside the write's transaction. */
export async function recordAudit(
  tx: Transaction | Database,
  actor: AuditActor,
  entry: AuditEntry,
): Promise<void> {
  await tx.insert(auditEvents).values({
    regionId: actor.regionId,
    actorUserId: actor.userId,
    actorRole: actor.role,
    entity: entry.entity,
    entityId: entry.entityId,
    action: entry.action,
    before: entry.before ?? null,
    after: entry.after ?? null,
    reason: entry.reason ?? null,
  });
}

/** The audit actor for a request's authenticated user. */
export const auditActorOf = (actor: Actor): AuditActor => ({
  userId: actor.userId,
  role: actor.role,
  regionId: actor.regionId,
});

/** The fields a change touched, as they were or are: the before/after of an update. */
export const changedFields = (view: object, keys: string[]) =>
  Object.fromEntries(keys.map((key) => [key, (view as Record<string, unknown>)[key]]));

export const systemActor = (regionId: string): AuditActor => ({
  userId: null,
  role: 'system',
  regionId,
});
