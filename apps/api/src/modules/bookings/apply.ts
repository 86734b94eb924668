import { and, eq, sql } from 'drizzle-orm';
import { bookings, type Transaction } from '@stagebureau/db';
import { DomainError, type Outcome, type Transition } from '@stagebureau/domain';
import { recordAudit, type AuditActor } from '../audit/record';
import { raiseConflict } from '../conflicts/raise';
import { notifyBookingChange } from '../notifications/bookingEvents';
import { isClassOverlap, releaseSeats, takeSeats, type BookingRow } from './repo';

/** A domain outcome crossing into the service: a refusal becomes a thrown DomainError. */
export function orThrow<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new DomainError(outcome.code, outcome.detail, outcome.meta);
  return outcome.value;
}

/**
 * Persists one status change decided by the domain: the row (sequence bumped for iCal), the
 * session's seat counter, one audit row and the conflicts the change raises — all in `tx`,
 * whose caller holds the session lock. A class-overlap violation becomes `class_busy`.
 */
export async function applyTransition(
  tx: Transaction,
  actor: AuditActor,
  booking: BookingRow,
  transition: Transition,
  action: string,
): Promise<BookingRow> {
  if (transition.seatDelta > 0 && !(await takeSeats(tx, booking.sessionId, transition.seatDelta))) {
    throw new DomainError('session_full');
  }
  if (transition.seatDelta < 0) await releaseSeats(tx, booking.sessionId, -transition.seatDelta);
  let updated: BookingRow | undefined;
  try {
    [updated] = await tx
      .update(bookings)
      .set({
        status: transition.status,
        holdExpiresAt: transition.holdExpiresAt,
        statusReason: transition.reason,
        statusChangedBy: actor.userId,
        sequence: sql`${bookings.sequence} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(bookings.id, booking.id), eq(bookings.status, booking.status)))
      .returning();
  } catch (error) {
    if (isClassOverlap(error)) throw new DomainError('class_busy');
    throw error;
  }
  // The caller locked the row; a changed status here means a caller forgot to.
  if (!updated) throw new DomainError('conflict', 'the booking changed meanwhile');
  await recordAudit(tx, actor, {
    entity: 'booking',
    entityId: booking.id,
    action,
    before: { status: booking.status, holdExpiresAt: booking.holdExpiresAt },
    after: { status: updated.status, holdExpiresAt: updated.holdExpiresAt },
    reason: transition.reason,
  });
  for (const type of transition.raises) {
    await raiseConflict(tx, {
      regionId: booking.regionId,
      type,
      sessionId: booking.sessionId,
      offerId: booking.offerId,
      schoolId: booking.schoolId,
      bookingIds: [booking.id],
      details: { previousStatus: booking.status, reason: transition.reason },
    });
  }
  await notifyBookingChange(tx, actor.role, booking.status, updated, action);
  return updated;
}

/** A booking row as the domain's state machine sees it. */
export const stateOf = (row: BookingRow) => ({
  status: row.status,
  seats: row.seats,
  holdExpiresAt: row.holdExpiresAt,
  startsAt: row.startsAt,
  endsAt: row.endsAt,
});
