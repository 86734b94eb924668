import type { SessionStatus } from './vocabulary';

/**
 * A session's bookability as an ordered ladder (STYLE §8): the first rung that applies wins.
 * Counts come from the database; the decision and the clock (`now`) are passed in.
 */
export const availabilityStates = [
  'cancelled',
  'ended',
  'started',
  'not_yet_open',
  'full',
  'waitlist_only',
  'open',
] as const;
export type AvailabilityState = (typeof availabilityStates)[number];

export interface SessionCounts {
  status: SessionStatus;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  /** Seats of confirmed, requested and held bookings (the session's counter). */
  bookedSeats: number;
}

export interface BookingRules {
  /** When booking opens; `null` means it is open now. */
  opensAt: Date | null;
  waitlistEnabled: boolean;
}

/** Seats nobody holds; never negative, also when the bureau overbooked. */
export const unheldSeatsOf = (session: Pick<SessionCounts, 'capacity' | 'bookedSeats'>): number =>
  Math.max(0, session.capacity - session.bookedSeats);

/**
 * `seatsWanted` is a class's size: a class takes all its seats or none, so a session with
 * 2 free seats is `waitlist_only` (or `full`) for a class of 3.
 */
export function availabilityOf(
  session: SessionCounts,
  rules: BookingRules,
  now: Date,
  seatsWanted = 1,
): AvailabilityState {
  if (session.status === 'cancelled') return 'cancelled';
  if (now.getTime() >= session.endsAt.getTime()) return 'ended';
  if (now.getTime() >= session.startsAt.getTime()) return 'started';
  if (rules.opensAt && now.getTime() < rules.opensAt.getTime()) return 'not_yet_open';
  if (unheldSeatsOf(session) >= seatsWanted) return 'open';
  return rules.waitlistEnabled ? 'waitlist_only' : 'full';
}

/**
 * Whether a school may see and book a session: a public session (no `schoolId`) is open to
 * every school; an on-request session made for one school (from its accepted proposal) only
 * to that school. `schoolId` null is a caller without a school (nothing private is open to it).
 */
export const sessionOpenTo = (
  session: { schoolId: string | null },
  schoolId: string | null,
): boolean => session.schoolId === null || session.schoolId === schoolId;

const dayMs = 86_400_000;

/** The offer's own opening time wins; else the region's "opens N days ahead"; else open. */
export function bookingOpensAt(
  offer: { opensAt: Date | null },
  region: { bookingOpensDaysAhead: number | null },
  session: { startsAt: Date },
): Date | null {
  if (offer.opensAt) return offer.opensAt;
  if (region.bookingOpensDaysAhead === null) return null;
  return new Date(session.startsAt.getTime() - region.bookingOpensDaysAhead * dayMs);
}

/** The most seats of demand (held + waiting) a session may see before the bureau should look. */
export const oversubscribedAboveSeats = (capacity: number, ratio: number): number =>
  Math.floor(ratio * capacity);

/** Demand (held + waiting seats) far above capacity: the bureau should look (architecture §7). */
export const isOversubscribed = (demandSeats: number, capacity: number, ratio: number): boolean =>
  demandSeats > oversubscribedAboveSeats(capacity, ratio);
