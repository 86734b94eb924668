import { DomainError } from '@stagebureau/domain';
import type { Transaction } from '@stagebureau/db';
import type { AuditActor } from '../audit/record';

/**
 * What happens to bookings when their session changes. The sessions module calls these inside
 * its own transaction; the bookings module owns them because they apply the booking rules.
 * (Signatures agreed between the two modules; bodies are the bookings module's work.)
 */

/** Cancels every live booking (confirmed, requested, waitlisted) of a cancelled session with
 * the company's reason, frees their seats, audits each, and returns the ids of those that were
 * confirmed or requested (the ones a school relied on). */
export async function cancelBookingsOfSession(
  _tx: Transaction,
  _actor: AuditActor,
  _session: { id: string; regionId: string },
  _reason: string,
  _now: Date,
): Promise<{ cancelledBookingIds: string[]; affectedBookingIds: string[] }> {
  throw new DomainError('internal_error', 'cancelBookingsOfSession is not implemented yet');
}

/** Copies a moved session's new times onto its bookings and bumps their iCal sequence.
 * Throws DomainError('class_busy') when a booked class would overlap another booking. */
export async function moveBookingsWithSession(
  _tx: Transaction,
  _actor: AuditActor,
  _session: { id: string; regionId: string; startsAt: Date; endsAt: Date },
): Promise<void> {
  throw new DomainError('internal_error', 'moveBookingsWithSession is not implemented yet');
}

/** After seats free up (capacity raised), promotes waitlisted bookings in order, in this
 * transaction. Returns the promoted booking ids. */
export async function promoteWaitlist(
  _tx: Transaction,
  _actor: AuditActor,
  _session: { id: string; regionId: string },
  _now: Date,
): Promise<string[]> {
  throw new DomainError('internal_error', 'promoteWaitlist is not implemented yet');
}

/** For an accepted on-request proposal: inserts the confirmed booking on the session created
 * for that school (seats already counted by the caller's session insert or counted here). */
export async function confirmProposalBooking(
  _tx: Transaction,
  _actor: AuditActor,
  _booking: {
    regionId: string;
    sessionId: string;
    offerId: string;
    schoolId: string;
    classId: string;
    seats: number;
    teachers: string[];
    note: string;
    startsAt: Date;
    endsAt: Date;
  },
): Promise<string> {
  throw new DomainError('internal_error', 'confirmProposalBooking is not implemented yet');
}
