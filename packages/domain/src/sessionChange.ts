import { fail, ok, type Outcome } from './outcome';
import type { SessionStatus } from './vocabulary';

export interface SessionState {
  status: SessionStatus;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  bookedSeats: number;
  sequence: number;
}

export interface SessionChange {
  startsAt?: Date;
  endsAt?: Date;
  capacity?: number;
  /** Optimistic concurrency: the sequence the editor saw. */
  expectedSequence?: number;
}

export interface PlannedSessionChange {
  next: { startsAt: Date; endsAt: Date; capacity: number; overbookedByBureau: boolean };
  moved: boolean;
  capacityRaised: boolean;
  /** The bureau knowingly set capacity below the booked seats. */
  reducedBelowBooked: boolean;
  changed: boolean;
}

/**
 * Decides a change to a session's time or capacity. Bookings keep their seats: capacity may
 * only go below the booked seats when the bureau does it (and then the session is overbooked).
 */
export function planSessionChange(
  current: SessionState,
  change: SessionChange,
  by: { bureau: boolean },
): Outcome<PlannedSessionChange> {
  if (current.status === 'cancelled')
    return fail('invalid_transition', 'a cancelled session cannot be changed');
  if (change.expectedSequence !== undefined && change.expectedSequence !== current.sequence)
    return fail('conflict', 'the session was changed by someone else; reload it', {
      sequence: current.sequence,
    });
  const startsAt = change.startsAt ?? current.startsAt;
  const endsAt = change.endsAt ?? current.endsAt;
  if (endsAt <= startsAt)
    return fail('validation_failed', 'the session must end after it starts', {
      errors: [{ path: 'body.endsAt', message: 'must be after startsAt' }],
    });
  const capacity = change.capacity ?? current.capacity;
  const belowBooked = capacity < current.bookedSeats;
  if (belowBooked && !by.bureau)
    return fail('capacity_below_booked', `${current.bookedSeats} seats are booked`, {
      bookedSeats: current.bookedSeats,
    });
  const moved =
    startsAt.getTime() !== current.startsAt.getTime() ||
    endsAt.getTime() !== current.endsAt.getTime();
  return ok({
    next: { startsAt, endsAt, capacity, overbookedByBureau: belowBooked },
    moved,
    capacityRaised: capacity > current.capacity,
    reducedBelowBooked: belowBooked && capacity < current.capacity,
    changed: moved || capacity !== current.capacity,
  });
}

/** A session is cancelled once; it stays, with its reason, for everyone who relied on it. */
export function planSessionCancel(current: { status: SessionStatus }): Outcome<'cancelled'> {
  if (current.status === 'cancelled')
    return fail('invalid_transition', 'the session is already cancelled');
  return ok('cancelled');
}

/** Seats still free; never negative, also when the bureau overbooked. */
export const freeSeatsOf = (session: { capacity: number; bookedSeats: number }): number =>
  Math.max(0, session.capacity - session.bookedSeats);
