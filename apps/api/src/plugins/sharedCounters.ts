import { and, eq, gt, inArray, lte, sql } from 'drizzle-orm';
import { rateLimitCounters, type Database } from '@stagebureau/db';

/**
 * Fixed-window counters in PostgreSQL, shared by every API instance (issue 20). A window starts
 * at the first hit and ends `windowMs` later; the first hit after its end starts a new one.
 * `now` comes from the caller, so the SQL never reads the database's clock.
 */
export interface CounterHit {
  hits: number;
  windowEndsAt: Date;
}

const { key: keyColumn, hits, windowEndsAt } = rateLimitCounters;

/** Counts one hit in one statement: a row past its window restarts at 1. */
export async function hitCounter(
  db: Database,
  key: string,
  windowMs: number,
  now: Date,
): Promise<CounterHit> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const expired = sql`${windowEndsAt} <= ${at}`;
  const [row] = await db
    .insert(rateLimitCounters)
    .values({ key, hits: 1, windowEndsAt: new Date(now.getTime() + windowMs) })
    .onConflictDoUpdate({
      target: keyColumn,
      set: {
        hits: sql`case when ${expired} then 1 else ${hits} + 1 end`,
        windowEndsAt: sql`case when ${expired} then excluded.window_ends_at else ${windowEndsAt} end`,
      },
    })
    .returning({ hits, windowEndsAt });
  return row!;
}

/** Hits in the window that is still open at `now`; 0 when there is none. */
export async function counterHits(db: Database, key: string, now: Date): Promise<number> {
  const [row] = await db
    .select({ hits })
    .from(rateLimitCounters)
    .where(and(eq(keyColumn, key), gt(windowEndsAt, now)));
  return row?.hits ?? 0;
}

export async function clearCounter(db: Database, key: string): Promise<void> {
  await db.delete(rateLimitCounters).where(eq(keyColumn, key));
}

/** Deletes at most `limit` rows whose window ended before `now`; returns how many. */
export async function deleteExpiredCounters(
  db: Database,
  now: Date,
  limit: number,
): Promise<number> {
  const expired = db
    .select({ key: keyColumn })
    .from(rateLimitCounters)
    .where(lte(windowEndsAt, now))
    .limit(limit);
  const deleted = await db
    .delete(rateLimitCounters)
    .where(inArray(keyColumn, expired))
    .returning({ key: keyColumn });
  return deleted.length;
}
