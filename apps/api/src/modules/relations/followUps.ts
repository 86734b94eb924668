import { eq } from 'drizzle-orm';
import { followUps, type Database, type Transaction } from '@stagebureau/db';
import {
  DomainError,
  actingSchoolOf,
  applyFollowUpChange,
  followUpOwnerAllowed,
  localDateOf,
  sortForOwner,
  visibleToActor,
  type Actor,
  type CreateFollowUp,
  type FollowUp,
  type UpdateFollowUp,
} from '@stagebureau/domain';
import { authorise } from '../../plugins/auth';
import { auditActorOf, recordAudit } from '../audit/record';
import { companyFor } from './access';
import { toFollowUp } from './present';
import { findFollowUp, findMoment, findUser, followUpsOwnedBy, lockFollowUp } from './repo';

async function checkOwner(tx: Transaction, actor: Actor, ownerId: string) {
  const owner = await findUser(tx, actor.regionId, ownerId);
  const allowed = followUpOwnerAllowed(actor, owner);
  if (!allowed.ok) throw new DomainError(allowed.code, `ownerId: ${allowed.detail}`);
}

const loaded = async (tx: Transaction, actor: Actor, id: string, now: Date) =>
  toFollowUp((await findFollowUp(tx, actor.regionId, id))!, localDateOf(now));

/**
 * A follow-up (actiepunt) about a company, for the bureau or the coordinator's own school,
 * owned by bureau staff or a coordinator of that school; it may come from a contact moment
 * the actor sees.
 */
export async function createFollowUp(
  db: Database,
  actor: Actor,
  companyId: string,
  input: CreateFollowUp,
  now: Date,
): Promise<FollowUp> {
  return db.transaction(async (tx) => {
    const company = await companyFor(tx, actor, companyId, 'relation.write');
    await checkOwner(tx, actor, input.ownerId);
    if (input.momentId) {
      const moment = await findMoment(tx, actor.regionId, input.momentId);
      if (
        !moment ||
        moment.moment.companyId !== company.id ||
        !visibleToActor(actor, moment.moment)
      )
        throw new DomainError(
          'validation_failed',
          'momentId: not a contact moment of this company',
        );
    }
    const [row] = await tx
      .insert(followUps)
      .values({
        regionId: actor.regionId,
        companyId: company.id,
        momentId: input.momentId ?? null,
        description: input.description,
        dueOn: input.dueOn,
        ownerId: input.ownerId,
        schoolId: actingSchoolOf(actor),
        createdBy: actor.userId,
      })
      .returning();
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'follow_up',
      entityId: row!.id,
      action: 'create',
      after: {
        companyId: company.id,
        description: row!.description,
        dueOn: row!.dueOn,
        ownerId: row!.ownerId,
        schoolId: row!.schoolId,
        momentId: row!.momentId,
      },
    });
    return loaded(tx, actor, row!.id, now);
  });
}

/**
 * Marks a follow-up done (or open again), moves its day, rewords it or hands it to another
 * owner. Only who sees it may change it: the bureau any, a coordinator their school's.
 */
export async function updateFollowUp(
  db: Database,
  actor: Actor,
  id: string,
  change: UpdateFollowUp,
  now: Date,
): Promise<FollowUp> {
  return db.transaction(async (tx) => {
    const current = await lockFollowUp(tx, actor.regionId, id);
    if (!current || !visibleToActor(actor, current)) throw new DomainError('not_found');
    authorise(actor, 'relation.write', { regionId: current.regionId });
    if (change.ownerId !== undefined && change.ownerId !== current.ownerId)
      await checkOwner(tx, actor, change.ownerId);
    const decided = applyFollowUpChange(current, change, now);
    if (!decided.ok) throw new DomainError(decided.code, decided.detail);
    const next = decided.value;
    if (Object.keys(next).length) {
      await tx.update(followUps).set(next).where(eq(followUps.id, id));
      const keys = Object.keys(next) as (keyof typeof next)[];
      const pick = (source: Record<string, unknown>) =>
        Object.fromEntries(keys.map((key) => [key, source[key] ?? null]));
      await recordAudit(tx, auditActorOf(actor), {
        entity: 'follow_up',
        entityId: id,
        action: 'update',
        before: pick(current),
        after: pick(next),
      });
    }
    return loaded(tx, actor, id, now);
  });
}

/** "My follow-ups": open ones overdue first, or the latest done ones, with the company's name. */
export async function myFollowUps(
  db: Database,
  actor: Actor,
  status: 'open' | 'done',
  now: Date,
): Promise<{ items: FollowUp[] }> {
  authorise(actor, 'relation.read', { regionId: actor.regionId });
  const today = localDateOf(now);
  const rows = await followUpsOwnedBy(db, actor, status === 'done');
  const ordered =
    status === 'done'
      ? rows
      : sortForOwner(
          rows.map((row) => ({ ...row, ...row.followUp })),
          today,
        );
  return { items: ordered.map((row) => toFollowUp(row, today)) };
}
