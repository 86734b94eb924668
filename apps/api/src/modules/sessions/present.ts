import type { sessions } from '@stagebureau/db';
import { freeSeatsOf, toLocal, type PublicSession, type Session } from '@stagebureau/domain';

type SessionRow = typeof sessions.$inferSelect;

/** The public face of a session: times with their Amsterdam wall clock, aggregate seats. */
export function toPublicSession(row: SessionRow): PublicSession {
  const start = toLocal(row.startsAt);
  return {
    id: row.id,
    offerId: row.offerId,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    localDate: start.date,
    localStartTime: start.time,
    localEndTime: toLocal(row.endsAt).time,
    timeZone: 'Europe/Amsterdam',
    capacity: row.capacity,
    freeSeats: row.status === 'scheduled' ? freeSeatsOf(row) : 0,
    status: row.status,
  };
}

export function toSession(row: SessionRow): Session {
  return {
    ...toPublicSession(row),
    bookedSeats: row.bookedSeats,
    overbookedByBureau: row.overbookedByBureau,
    cancelReason: row.cancelReason,
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
    schoolId: row.schoolId,
    sequence: row.sequence,
  };
}
