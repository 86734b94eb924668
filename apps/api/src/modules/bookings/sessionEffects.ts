import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { bookings, type Transaction } from '@stagebureau/db';
import { cancelWithSession, DomainError } from '@stagebureau/domain';
import { recordAudit, type AuditActor } from '../audit/record';
import { applyTransition, orThrow, stateOf } from './apply';
import { promoteInLockedSession } from './promotion';
import { placeBookingIn } from './path';
import { isLiveSql, occupiesClassTimeSql } from './statusSql';
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

/** A booked class that has another booking at a session's new time, for the bureau. */
export interface ClassClash {
  bookingId: string;
  classId: string;
  schoolId: string;
  otherBookingId: string;
  otherSessionId: string;
}

/**
 * A session change that would put a booked class in two places. The company's answer names no
 * other school (`session_change_blocked`, no details); the clashes travel on the error, not in
 * the problem, so the caller can raise a conflict for the bureau with them.
 */
export class SessionChangeBlocked extends DomainError {
  constructor(readonly clashes: ClassClash[]) {
    super('session_change_blocked', 'a booked class is not available at the new time');
  }
}

/** Copies a moved session's new times onto its bookings and bumps their iCal sequence.
 * Throws `SessionChangeBlocked` when a booked class would overlap another of its bookings. */
export async function moveBookingsWithSession(
  tx: Transaction,
  actor: AuditActor,
  session: { id: string; regionId: string; startsAt: Date; endsAt: Date },
): Promise<void> {
  let moved: { id: string; startsAt: Date; endsAt: Date }[];
  try {
    // A savepoint, so the transaction can still look up the clashes after a violation.
    moved = await tx.transaction((savepoint) =>
      savepoint
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
            isLiveSql(),
          ),
        )
        .returning({ id: bookings.id, startsAt: bookings.startsAt, endsAt: bookings.endsAt }),
    );
  } catch (error) {
    if (isClassOverlap(error)) throw new SessionChangeBlocked(await classClashes(tx, session));
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

async function classClashes(
  tx: Transaction,
  session: { id: string; regionId: string; startsAt: Date; endsAt: Date },
): Promise<ClassClash[]> {
  const other = alias(bookings, 'other');
  return tx
    .select({
      bookingId: bookings.id,
      classId: sql<string>`${bookings.classId}`,
      schoolId: bookings.schoolId,
      otherBookingId: other.id,
      otherSessionId: other.sessionId,
    })
    .from(bookings)
    .innerJoin(
      other,
      and(
        eq(other.classId, bookings.classId),
        ne(other.id, bookings.id),
        // A class's time is its class bookings'; a pupil's placement is the pupil's own.
        isNull(other.participantId),
        occupiesClassTimeSql(other.status),
        sql`tstzrange(${other.startsAt}, ${other.endsAt}, '[)') && tstzrange(${session.startsAt.toISOString()}::timestamptz, ${session.endsAt.toISOString()}::timestamptz, '[)')`,
      ),
    )
    .where(
      and(
        eq(bookings.regionId, session.regionId),
        eq(bookings.sessionId, session.id),
        isNull(bookings.participantId),
        occupiesClassTimeSql(),
      ),
    );
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
