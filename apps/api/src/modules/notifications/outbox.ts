import { and, eq, inArray, sql } from 'drizzle-orm';
import { notificationMessages, type Database } from '@stagebureau/db';

export type OutboxMessage = typeof notificationMessages.$inferSelect;

/**
 * Leases up to `limit` due e-mails to one worker. `FOR UPDATE SKIP LOCKED` lets several API
 * processes claim side by side without waiting on or taking each other's rows; the lease
 * (`claimed_until`) hands a row over when its worker died without releasing it. The outbox
 * is drained across regions by design: one worker serves every tenant.
 */
export async function claimDue(
  db: Database,
  workerId: string,
  now: Date,
  limit: number,
  leaseMs: number,
): Promise<OutboxMessage[]> {
  const m = notificationMessages;
  const result = await db.execute<{ id: string }>(sql`
    update ${m} set claimed_by = ${workerId}, claimed_until = ${new Date(now.getTime() + leaseMs)}
    where ${m.id} in (
      select ${m.id} from ${m}
      where ${m.status} = 'pending' and ${m.channel} = 'email' and ${m.nextAttemptAt} <= ${now}
        and (${m.claimedUntil} is null or ${m.claimedUntil} < ${now})
      order by ${m.nextAttemptAt}, ${m.createdAt}
      limit ${limit}
      for update skip locked)
    returning ${m.id}`);
  const ids = result.rows.map((row) => row.id);
  if (!ids.length) return [];
  return db.select().from(m).where(inArray(m.id, ids)).orderBy(m.nextAttemptAt, m.createdAt);
}

const mine = (id: string, workerId: string) =>
  and(eq(notificationMessages.id, id), eq(notificationMessages.claimedBy, workerId));

export async function markSent(
  db: Database,
  message: OutboxMessage,
  workerId: string,
  now: Date,
  via: 'smtp' | 'log',
) {
  await db
    .update(notificationMessages)
    .set({
      status: 'sent',
      sentAt: now,
      attempts: message.attempts + 1,
      deliveredVia: via,
      lastError: null,
      claimedBy: null,
      claimedUntil: null,
    })
    .where(mine(message.id, workerId));
}

/** A failed attempt: retried later, or `failed` for good (visible) after the last attempt. */
export async function markAttemptFailed(
  db: Database,
  message: OutboxMessage,
  workerId: string,
  error: string,
  retryAt: Date | null,
) {
  await db
    .update(notificationMessages)
    .set({
      status: retryAt ? 'pending' : 'failed',
      attempts: message.attempts + 1,
      nextAttemptAt: retryAt ?? message.nextAttemptAt,
      lastError: error.slice(0, 1000),
      claimedBy: null,
      claimedUntil: null,
    })
    .where(mine(message.id, workerId));
}

/** Gives back rows a stopping worker claimed but did not send, so another takes them at once. */
export async function releaseClaims(db: Database, workerId: string, ids: string[]) {
  if (!ids.length) return;
  await db
    .update(notificationMessages)
    .set({ claimedBy: null, claimedUntil: null })
    .where(
      and(
        inArray(notificationMessages.id, ids),
        eq(notificationMessages.claimedBy, workerId),
        eq(notificationMessages.status, 'pending'),
      ),
    );
}
