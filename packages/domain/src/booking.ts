import type { Party } from './roles';
import type { AvailabilityState } from './sessionAvailability';
import { fail, ok, type Outcome } from './outcome';
import type { BookingStatus, ConflictType, PromotionMode } from './vocabulary';

/**
 * The booking state machine (architecture §4). Every status change is one function here returning
 * the next state and its effect on the session's seat counter; the API persists it with one
 * audit row. Seats are "held" (counted in `sessions.booked_seats`) by requested, confirmed,
 * completed and no-show bookings, and by a waitlisted booking that was offered seats (hold).
 */
export interface BookingState {
  status: BookingStatus;
  seats: number;
  /** Set on a waitlisted booking that was offered freed seats until this instant. */
  holdExpiresAt: Date | null;
  startsAt: Date;
  endsAt: Date;
}

export interface Transition {
  status: BookingStatus;
  holdExpiresAt: Date | null;
  /** Change to the session's `booked_seats`. */
  seatDelta: number;
  reason: string | null;
  /** Conflicts the change raises for the bureau. */
  raises: ConflictType[];
}

export const liveStatuses = ['requested', 'confirmed', 'waitlisted'] as const;

/**
 * The statuses in which a booking occupies its class's time: a class is in at most one of
 * them at any moment (invariant 2; the exclusion constraint of migration 0007 says it again).
 * A held request counts, so its approval can never find the class busy.
 */
export const classTimeStatuses = ['confirmed', 'requested'] as const;
export const isLive = (status: BookingStatus) =>
  (liveStatuses as readonly string[]).includes(status);

/** Statuses whose bookings always hold their seats (counted in `sessions.booked_seats`). */
export const heldStatuses = [
  'requested',
  'confirmed',
  'completed',
  'no_show',
] as const satisfies readonly BookingStatus[];
/** A booking in this status holds its seats only while it was offered them (`holdExpiresAt`). */
export const heldWhenOfferedStatus = 'waitlisted' satisfies BookingStatus;

export function heldSeats(booking: Pick<BookingState, 'status' | 'seats' | 'holdExpiresAt'>) {
  if ((heldStatuses as readonly string[]).includes(booking.status)) return booking.seats;
  if (booking.status === heldWhenOfferedStatus && booking.holdExpiresAt) return booking.seats;
  return 0;
}

const to = (
  from: BookingState,
  status: BookingStatus,
  extra: Partial<Omit<Transition, 'status'>> = {},
): Transition => {
  const next: Transition = {
    status,
    holdExpiresAt: extra.holdExpiresAt ?? null,
    seatDelta: 0,
    reason: extra.reason ?? null,
    raises: extra.raises ?? [],
  };
  next.seatDelta = heldSeats({ ...from, ...next, seats: from.seats }) - heldSeats(from);
  return next;
};

const refuse = (booking: BookingState, action: string) =>
  fail('invalid_transition', `cannot ${action} a ${booking.status} booking`, {
    bookingStatus: booking.status,
  });

/** The status a new booking gets, from the session's availability for the class's seats. */
export function placeBooking(
  availability: AvailabilityState,
  offer: { requiresApproval: boolean },
  opensAt: Date | null,
): Outcome<'confirmed' | 'requested' | 'waitlisted'> {
  switch (availability) {
    case 'open':
      return ok(offer.requiresApproval ? 'requested' : 'confirmed');
    case 'waitlist_only':
      return ok('waitlisted');
    case 'full':
      return fail('session_full');
    case 'not_yet_open':
      return fail('booking_window_closed', 'booking has not opened yet', {
        opensAt: opensAt?.toISOString() ?? null,
      });
    case 'started':
    case 'ended':
      return fail('booking_window_closed', 'the session has started', { opensAt: null });
    case 'cancelled':
      return fail('booking_window_closed', 'the session is cancelled', { opensAt: null });
  }
}

/** Until when a booking can be cancelled without it counting as late: the offer's deadline. */
export const cancellationDeadlineOf = (startsAt: Date, deadlineHours: number): Date =>
  new Date(startsAt.getTime() - deadlineHours * 3_600_000);

/**
 * A cancellation is "late" (a conflict for the bureau) when the school cancels after the
 * offer's deadline a booking that holds seats; a waiting class frees nobody's seats.
 */
export function isLateCancellation(
  booking: Pick<BookingState, 'status' | 'seats' | 'holdExpiresAt' | 'startsAt'>,
  input: { by: Party; deadlineHours: number; now: Date },
): boolean {
  const deadline = cancellationDeadlineOf(booking.startsAt, input.deadlineHours);
  return (
    input.by === 'school' && heldSeats(booking) > 0 && input.now.getTime() > deadline.getTime()
  );
}

/** Cancelling before the start; a school cancelling after the offer's deadline is "late". */
export function cancel(
  booking: BookingState,
  input: { by: Party; reason: string; deadlineHours: number; now: Date },
): Outcome<Transition> {
  if (!isLive(booking.status)) return refuse(booking, 'cancel');
  if (input.now.getTime() >= booking.startsAt.getTime()) {
    return fail('invalid_transition', 'the session has started; report a no-show instead');
  }
  const late = isLateCancellation(booking, input);
  return ok(
    to(booking, 'cancelled', { reason: input.reason, raises: late ? ['late_cancellation'] : [] }),
  );
}

/** The company (or bureau) approves a requested booking; its seats were already held. */
export function approve(booking: BookingState, now: Date): Outcome<Transition> {
  if (booking.status !== 'requested') return refuse(booking, 'approve');
  if (now.getTime() >= booking.startsAt.getTime()) return refuse(booking, 'approve a started');
  return ok(to(booking, 'confirmed'));
}

export function decline(booking: BookingState, reason: string): Outcome<Transition> {
  if (booking.status !== 'requested') return refuse(booking, 'decline');
  return ok(to(booking, 'declined', { reason }));
}

/**
 * Promotion of a waiting booking into freed seats. `auto_confirm` confirms it (or makes it
 * `requested` when the offer needs approval); `offer` holds the seats for the school until
 * `now + holdHours` and keeps it `waitlisted` until the school accepts.
 */
export function promote(
  booking: BookingState,
  input: { mode: PromotionMode; requiresApproval: boolean; holdHours: number; now: Date },
): Outcome<Transition> {
  if (booking.status !== 'waitlisted' || booking.holdExpiresAt) return refuse(booking, 'promote');
  if (input.mode === 'offer') {
    const holdExpiresAt = new Date(input.now.getTime() + input.holdHours * 3_600_000);
    return ok(to(booking, 'waitlisted', { holdExpiresAt, reason: 'seats_offered' }));
  }
  return ok(
    to(booking, input.requiresApproval ? 'requested' : 'confirmed', { reason: 'promoted' }),
  );
}

const holding = (booking: BookingState) =>
  booking.status === 'waitlisted' && booking.holdExpiresAt !== null;

/** The status reason of a booking whose school accepted the seats it was offered. */
export const offerAcceptedReason = 'offer_accepted';

/** The school accepts offered seats before the hold expires. */
export function acceptOffer(
  booking: BookingState,
  input: { requiresApproval: boolean; now: Date },
): Outcome<Transition> {
  if (!holding(booking)) return refuse(booking, 'accept an offer for');
  if (input.now.getTime() >= booking.holdExpiresAt!.getTime()) {
    return fail('invalid_transition', 'the offer has expired', { bookingStatus: booking.status });
  }
  return ok(
    to(booking, input.requiresApproval ? 'requested' : 'confirmed', {
      reason: offerAcceptedReason,
    }),
  );
}

/** The school lets offered seats pass to the next in line; it leaves the waitlist. */
export function declineOffer(booking: BookingState, reason: string): Outcome<Transition> {
  if (!holding(booking)) return refuse(booking, 'decline an offer for');
  return ok(to(booking, 'cancelled', { reason: reason || 'offer_declined' }));
}

/** A hold nobody answered: the seats pass on and the booking leaves the waitlist. */
export function expireHold(booking: BookingState, now: Date): Outcome<Transition> {
  if (!holding(booking)) return refuse(booking, 'expire the hold of');
  if (now.getTime() < booking.holdExpiresAt!.getTime())
    return refuse(booking, 'expire a running hold of');
  return ok(to(booking, 'cancelled', { reason: 'hold_expired' }));
}

/**
 * When the session has ended: confirmed → completed; what was still waiting or undecided
 * closes (waitlisted → cancelled, requested → declined) with reason `session_ended`.
 */
export function closeAtEnd(booking: BookingState, now: Date): Outcome<Transition> {
  if (now.getTime() < booking.endsAt.getTime()) return refuse(booking, 'complete a running');
  switch (booking.status) {
    case 'confirmed':
      return ok(to(booking, 'completed'));
    case 'waitlisted':
      return ok(to(booking, 'cancelled', { reason: 'session_ended' }));
    case 'requested':
      return ok(to(booking, 'declined', { reason: 'session_ended' }));
    default:
      return refuse(booking, 'complete');
  }
}

/** How long after a session's end its company may still report a no-show. */
export const noShowReportDays = 14;

/** The last moment a company may report a no-show for a session that ends at `endsAt`. */
export const noShowReportableUntil = (endsAt: Date): Date =>
  new Date(endsAt.getTime() + noShowReportDays * 86_400_000);

/**
 * The company reports the class did not come: from the session's start until
 * `noShowReportDays` (14) days after its end. The sweep turns a confirmed booking `completed`
 * at the end, often before the company looked, so a completed booking takes the report too.
 * Two weeks leave room for a busy company's admin, yet a month's reports and the bureau's
 * statement are not rewritten long after. Completed and no-show both hold the class's seats
 * (`heldSeats`), so the report moves no seats.
 */
export function reportNoShow(booking: BookingState, now: Date, note: string): Outcome<Transition> {
  if (booking.status !== 'confirmed' && booking.status !== 'completed') {
    return refuse(booking, 'report a no-show for');
  }
  if (now.getTime() < booking.startsAt.getTime()) {
    return fail('invalid_transition', 'the session has not started yet');
  }
  if (now.getTime() > noShowReportableUntil(booking.endsAt).getTime()) {
    return fail('invalid_transition', `a no-show is reported within ${noShowReportDays} days`, {
      bookingStatus: booking.status,
    });
  }
  return ok(to(booking, 'no_show', { reason: note || null, raises: ['no_show_reported'] }));
}

/** The session itself was cancelled by the company or bureau: every live booking ends. */
export function cancelWithSession(booking: BookingState, reason: string): Outcome<Transition> {
  if (!isLive(booking.status)) return refuse(booking, 'cancel');
  return ok(to(booking, 'cancelled', { reason }));
}
