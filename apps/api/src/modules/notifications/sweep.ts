import { and, between, eq, inArray, notExists, sql } from 'drizzle-orm';
import { bookings, notificationMessages, regions, type Database } from '@stagebureau/db';
import { feedbackWindowDays, isFeedbackDue, isReminderDue } from '@stagebureau/domain';
import { renderEvent } from './notify';

const day = 86_400_000;
/** Far enough ahead to cover two working days around Christmas and Easter weekends. */
const reminderHorizonDays = 10;

const noMessageFor = (kind: string) =>
  notExists(
    sql`(select 1 from ${notificationMessages}
         where ${notificationMessages.eventKey} = ${kind} || ':' || ${bookings.id}::text)`,
  );

/**
 * Enqueues due reminders and feedback requests. Idempotent: the outbox's unique key makes a
 * second sweep (after a restart, or by another process) a no-op; the NOT EXISTS only keeps
 * the sweep cheap. Each booking gets its own transaction so one bad row blocks nothing else.
 */
export async function sweepScheduled(db: Database, now: Date): Promise<number> {
  let enqueued = 0;
  const regionRows = await db.select({ id: regions.id }).from(regions);
  for (const { id: regionId } of regionRows) {
    const upcoming = await db
      .select({ id: bookings.id, startsAt: bookings.startsAt })
      .from(bookings)
      .where(
        and(
          eq(bookings.regionId, regionId),
          eq(bookings.status, 'confirmed'),
          between(bookings.startsAt, now, new Date(now.getTime() + reminderHorizonDays * day)),
          noMessageFor('booking.reminder'),
        ),
      );
    for (const booking of upcoming.filter((b) => isReminderDue(b.startsAt, now)))
      enqueued += await db.transaction((tx) =>
        renderEvent(tx, { kind: 'booking.reminder', regionId, bookingId: booking.id }),
      );

    const ended = await db
      .select({ id: bookings.id, endsAt: bookings.endsAt })
      .from(bookings)
      .where(
        and(
          eq(bookings.regionId, regionId),
          inArray(bookings.status, ['confirmed', 'completed']),
          between(bookings.endsAt, new Date(now.getTime() - feedbackWindowDays * day), now),
          noMessageFor('booking.feedback'),
        ),
      );
    for (const booking of ended.filter((b) => isFeedbackDue(b.endsAt, now)))
      enqueued += await db.transaction((tx) =>
        renderEvent(tx, { kind: 'booking.feedback', regionId, bookingId: booking.id }),
      );
  }
  return enqueued;
}
