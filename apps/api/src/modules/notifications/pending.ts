import { eq, sql } from 'drizzle-orm';
import { notificationEvents, type Database } from '@stagebureau/db';
import type { NotificationEvent } from './events';
import { renderEvent } from './notify';

/** How long a renderer owns the events it claimed before another process may take them. */
const leaseSeconds = 60;

/**
 * Renders stored events into messages, oldest first, each in its own transaction that also
 * deletes the event — so an event becomes its messages exactly once, and one bad event
 * blocks no other. Claims use `FOR UPDATE SKIP LOCKED` plus a lease, like the e-mail outbox,
 * so several API processes render side by side. Returns the number of events rendered.
 */
export async function renderPendingEvents(db: Database, limit = 200): Promise<number> {
  const claimed = await db.execute<{
    id: string;
    event: NotificationEvent;
    created_at: string | Date;
  }>(sql`
    update ${notificationEvents} set claimed_until = now() + make_interval(secs => ${leaseSeconds})
    where id in (
      select id from ${notificationEvents}
      where claimed_until is null or claimed_until < now()
      order by created_at
      limit ${limit}
      for update skip locked)
    returning id, event, created_at`);
  // Raw rows bring timestamps as text (drizzle's parsers), so make them instants first.
  const rows = claimed.rows
    .map((row) => ({ ...row, at: new Date(row.created_at) }))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const row of rows) {
    await db.transaction(async (tx) => {
      await renderEvent(tx, row.event, row.at);
      await tx.delete(notificationEvents).where(eq(notificationEvents.id, row.id));
    });
  }
  return rows.length;
}

/** How long an inbox read waits for events another process is rendering right now. */
const inFlightWaitMs = 3000;

/**
 * An inbox shows what happened up to now: the events this process can claim are rendered
 * here; events another process (the outbox worker, a parallel read) claimed a moment ago are
 * waited for, briefly, since SKIP LOCKED would otherwise list the inbox without them.
 */
export async function renderEventsUpToNow(db: Database): Promise<void> {
  const readAt = new Date();
  await renderPendingEvents(db);
  const deadline = Date.now() + inFlightWaitMs;
  while (Date.now() < deadline) {
    const inFlight = await db.execute(sql`select 1 from ${notificationEvents}
      where claimed_until > now() and created_at <= ${readAt} limit 1`);
    if (!inFlight.rows.length) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await renderPendingEvents(db);
  }
}
