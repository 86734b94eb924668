import { eq, sql, type SQL } from 'drizzle-orm';
import { notificationEvents, type Database } from '@stagebureau/db';
import type { NotificationEvent } from './events';
import { renderEvent } from './notify';

/** How long an event whose rendering failed waits before a renderer tries it again. */
const retryAfterSeconds = 60;

/** How long an inbox read waits for events another process is rendering right now. */
const inFlightWait = '3s';

type Outcome = 'rendered' | 'failed' | 'none';

/**
 * Renders the oldest renderable event into its messages, in one transaction that holds the
 * event's row lock and deletes it — so an event becomes its messages exactly once, and a
 * renderer that dies lets go at once (no lease to wait out). A render that throws rolls back
 * and marks the event to retry later (`claimed_until`), so one bad event blocks no other.
 */
async function renderOldest(db: Database, upTo?: Date): Promise<Outcome> {
  let taken: { id: string } | undefined;
  try {
    return await db.transaction(async (tx) => {
      const due = await tx.execute<{ id: string; event: NotificationEvent; created_at: string }>(
        sql`select id, event, created_at from ${notificationEvents}
          where ${renderable(upTo)}
          order by created_at limit 1 for update skip locked`,
      );
      const row = due.rows[0];
      if (!row) return 'none';
      taken = row;
      // Raw rows bring timestamps as text (drizzle's parsers), so make it an instant first.
      await renderEvent(tx, row.event, new Date(row.created_at));
      await tx.delete(notificationEvents).where(eq(notificationEvents.id, row.id));
      return 'rendered';
    });
  } catch (error) {
    if (!taken) throw error;
    await db.execute(sql`update ${notificationEvents}
      set claimed_until = now() + make_interval(secs => ${retryAfterSeconds})
      where id = ${taken.id}`);
    return 'failed';
  }
}

function renderable(upTo?: Date): SQL {
  const notParked = sql`(claimed_until is null or claimed_until < now())`;
  return upTo ? sql`${notParked} and created_at <= ${upTo}` : notParked;
}

/**
 * Renders stored events into messages, oldest first, each in its own transaction. Row locks
 * with SKIP LOCKED let several API processes render side by side. Returns the number rendered.
 */
export async function renderPendingEvents(db: Database, limit = 200, upTo?: Date): Promise<number> {
  let rendered = 0;
  for (let tries = 0; tries < limit; tries += 1) {
    const outcome = await renderOldest(db, upTo);
    if (outcome === 'none') break;
    if (outcome === 'rendered') rendered += 1;
  }
  return rendered;
}

/**
 * An inbox shows what happened up to now. The events this process can lock are rendered here;
 * an event another process (the outbox worker, a parallel read) is rendering this moment is
 * waited for — briefly, by its row lock — since SKIP LOCKED would otherwise list the inbox
 * without it. Each renderer holds one event at a time, so the wait is one render, not a batch.
 */
export async function renderEventsUpToNow(db: Database): Promise<void> {
  const readAt = new Date();
  await renderPendingEvents(db, 200, readAt);
  const released = await waitForRenderers(db, readAt);
  // A renderer that failed let its event go undeleted: it is parked, so nothing is left to do.
  if (released) await renderPendingEvents(db, 200, readAt);
}

async function waitForRenderers(db: Database, upTo: Date): Promise<boolean> {
  try {
    await db.transaction(async (tx) => {
      await tx.execute(sql.raw(`set local lock_timeout = '${inFlightWait}'`));
      await tx.execute(sql`select id from ${notificationEvents}
        where ${renderable(upTo)} for update`);
    });
    return true;
  } catch (error) {
    // A renderer slower than the wait: the inbox lists what is there, the event comes next read.
    const pgError = ((error as { cause?: unknown }).cause ?? error) as { code?: string };
    if (pgError.code === '55P03') return false;
    throw error;
  }
}
