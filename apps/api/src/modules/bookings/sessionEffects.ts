import { and, eq, inArray, sql } from 'drizzle-orm';
import { bookings, type Transaction } from '@stagebureau/db';
import { cancelWithSession, DomainError } from '@stagebureau/domain';
import { recordAudit, type AuditActor } from '../audit/record';
import { applyTransition, orThrow, stateOf } from './apply';
import { promoteInLockedSession } from './promotion';
import { placeBookingIn } from './path';
import { isClassOverlap, liveBookingsOfSession, lockSession } from './repo';

/**
 * What happens to bookings when their session changes. The sessions module calls these inside
 * its own transaction; the bookings module owns them because they apply the booking rules.
 * (Signatures agreed between the two modules.)
 */

/** Cancels every live booking (confirmed, requested, waitlisted) of a cancelled session with
 * the company's reason, frees their seats, audits each, and returns the ids of those that were
 * confirmed or requested (the ones a school relied on). Works whether or not the caller has
 * already set the session's status to `cancelled`. */
export async function cancelBookingsOfSession(
  tx: Transaction,
  actor: AuditActor,
  session: { id: string; regionId: string },
  reason: string,
  _now: Date,
): Promise<{ cancelledBookingIds: string[]; affectedBookingIds: string[] }> {
  await lockSession(tx, session.regionId, session.id);
  const live = await liveBookingsOfSession(tx, session.id);
  const cancelledBookingIds: string[] = [];
  const affectedBookingIds: string[] = [];
  for (const booking of live) {
    const transition = orThrow(cancelWithSession(stateOf(booking), reason));
    await applyTransition(tx, actor, booking, transition, 'booking.cancelled_with_session');
    cancelledBookingIds.push(booking.id);
    if (booking.status === 'confirmed' || booking.status === 'requested') {
      affectedBookingIds.push(booking.id);
    }
  }
  return { cancelledBookingIds, affectedBookingIds };
}

/** Copies a moved session's new times onto its bookings and bumps their iCal sequence.
 * Throws DomainError('class_busy') when a booked class would overlap another booking. */
export async function moveBookingsWithSession(
  tx: Transaction,
  actor: AuditActor,
  session: { id: string; regionId: string; startsAt: Date; endsAt: Date },
): Promise<void> {
  let moved: { id: string; startsAt: Date; endsAt: Date }[];
  try {
    moved = await tx
      .update(bookings)
      .set({
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        sequence: sql`${bookings.sequence} + 1`,
        updatedAt: new Date(),
      })
      .where(
        and(
          eq(bookings.regionId, session.regionId),
          eq(bookings.sessionId, session.id),
          inArray(bookings.status, ['requested', 'confirmed', 'waitlisted']),
        ),
      )
      .returning({ id: bookings.id, startsAt: bookings.startsAt, endsAt: bookings.endsAt });
  } catch (error) {
    if (isClassOverlap(error)) {
      throw new DomainError('class_busy', 'a booked class has another booking at the new time');
    }
    throw error;
  }
  for (const booking of moved) {
    await recordAudit(tx, actor, {
      entity: 'booking',
      entityId: booking.id,
      action: 'booking.moved_with_session',
      after: { startsAt: booking.startsAt, endsAt: booking.endsAt },
    });
  }
}

/** After seats free up (capacity raised), promotes waitlisted bookings in order, in this
 * transaction. Returns the promoted booking ids. */
export async function promoteWaitlist(
  tx: Transaction,
  actor: AuditActor,
  session: { id: string; regionId: string },
  now: Date,
): Promise<string[]> {
  return promoteInLockedSession(tx, actor, session, now);
}

/** For an accepted on-request proposal: the confirmed booking on the session created for
 * that school, through the booking path (the caller inserts the session with
 * `booked_seats = 0`); `session_full` if the seats do not fit, `class_busy` on an overlap. */
export async function confirmProposalBooking(
  tx: Transaction,
  actor: AuditActor,
  booking: { sessionId: string; classId: string; teachers: string[]; note: string },
  now: Date,
): Promise<string> {
  const placed = await placeBookingIn(
    tx,
    {
      source: 'proposal',
      actor,
      sessionId: booking.sessionId,
      classId: booking.classId,
      request: {
        status: 'confirmed',
        teachers: booking.teachers,
        note: booking.note,
        context: { source: 'proposal' },
      },
    },
    now,
  );
  return placed.id;
}
