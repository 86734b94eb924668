import { fitsAudience, type ClassProfile, type OfferAudience } from '../audience';
import type { BookingStatus, ConflictType, OfferStatus, OfferType } from '../vocabulary';
import { actionKindsFor, type ConflictStatus } from './queue';

/** What makes two offers "similar": same type, overlapping audience and sector (architecture §7). */
export interface OfferProfile extends OfferAudience {
  id: string;
  type: OfferType;
  sectorTags: readonly string[];
}

export interface InvolvedBooking {
  id: string;
  sessionId: string;
  schoolId: string;
  classId: string;
  seats: number;
  status: BookingStatus;
  startsAt: Date;
  endsAt: Date;
  class: ClassProfile;
}

export interface CandidateSession {
  id: string;
  offer: OfferProfile & { title: string; status: OfferStatus };
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  bookedSeats: number;
  status: 'scheduled' | 'cancelled';
  /** A private on-request session belongs to one school. */
  schoolId: string | null;
}

/** A confirmed booking of an involved class, anywhere: the class is busy then. */
export interface ClassCommitment {
  bookingId: string;
  classId: string;
  startsAt: Date;
  endsAt: Date;
}

export interface SuggestionInput {
  conflict: {
    type: ConflictType;
    status: ConflictStatus;
    sessionId: string | null;
    offerId: string | null;
    schoolId: string | null;
    details: Record<string, unknown>;
  };
  /** The conflict's offer, to find similar ones; null when the conflict has none. */
  offer: OfferProfile | null;
  bookings: readonly InvolvedBooking[];
  candidates: readonly CandidateSession[];
  commitments: readonly ClassCommitment[];
  /** Bookings the bureau already moved (from the conflict's log). */
  movedBookingIds: ReadonlySet<string>;
  now: Date;
  /** Move suggestions per booking. */
  limit?: number;
}

export type SuggestedAction =
  | {
      kind: 'move_booking';
      bookingId: string;
      toSessionId: string;
      offerId: string;
      offerTitle: string;
      sameOffer: boolean;
      startsAt: Date;
      endsAt: Date;
      freeSeats: number;
    }
  | { kind: 'grant_cap_exception'; sessionId: string; classId: string }
  | { kind: 'request_extra_session'; offerId: string }
  | { kind: 'open_allocation_round'; offerId: string }
  | { kind: 'resolve' }
  | { kind: 'dismiss' };

export const defaultSuggestionLimit = 5;

const overlaps = <T>(a: readonly T[], b: readonly T[]) =>
  a.length === 0 || b.length === 0 || a.some((value) => b.includes(value));

/** Same type and overlapping levels, years and sector tags (an empty list means "all"). */
export function isSimilarOffer(original: OfferProfile, other: OfferProfile): boolean {
  return (
    original.type === other.type &&
    overlaps(original.levels, other.levels) &&
    overlaps(original.schoolYears, other.schoolYears) &&
    overlaps(original.sectorTags, other.sectorTags)
  );
}

/** Which of a conflict's bookings the bureau may still move, per type. */
const movableStatuses: Partial<Record<ConflictType, readonly BookingStatus[]>> = {
  // Those bookings were cancelled with their session: the class needs a new place.
  session_cancelled_with_bookings: ['cancelled', 'confirmed', 'requested'],
  capacity_reduced_below_booked: ['confirmed', 'requested'],
  blackout_overlap: ['confirmed', 'requested', 'waitlisted'],
  // Relieving demand: waiting classes can go elsewhere.
  oversubscribed: ['waitlisted'],
};

export function isMovable(
  type: ConflictType,
  booking: Pick<InvolvedBooking, 'id' | 'status'>,
  movedBookingIds: ReadonlySet<string>,
): boolean {
  return !movedBookingIds.has(booking.id) && (movableStatuses[type] ?? []).includes(booking.status);
}

const freeSeatsOf = (session: Pick<CandidateSession, 'capacity' | 'bookedSeats'>) =>
  Math.max(0, session.capacity - session.bookedSeats);

const intersects = (a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }) =>
  a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();

/**
 * Sessions a booking can move to, best first: scheduled, in the future, bookable for the
 * class's school, its audience fits the class, enough free seats for the whole class, not
 * overlapping the class's other confirmed bookings; the same offer before similar offers,
 * then the nearest date to the original, then the earliest.
 */
export function moveTargetsFor(
  booking: InvolvedBooking,
  offer: OfferProfile,
  candidates: readonly CandidateSession[],
  commitments: readonly ClassCommitment[],
  now: Date,
  limit = defaultSuggestionLimit,
): CandidateSession[] {
  const busy = commitments.filter(
    (commitment) => commitment.classId === booking.classId && commitment.bookingId !== booking.id,
  );
  const distance = (session: CandidateSession) =>
    Math.abs(session.startsAt.getTime() - booking.startsAt.getTime());
  return candidates
    .filter(
      (session) =>
        session.id !== booking.sessionId &&
        session.status === 'scheduled' &&
        session.startsAt.getTime() > now.getTime() &&
        session.offer.status === 'published' &&
        (session.schoolId === null || session.schoolId === booking.schoolId) &&
        freeSeatsOf(session) >= booking.seats &&
        (session.offer.id === offer.id || isSimilarOffer(offer, session.offer)) &&
        fitsAudience(session.offer, booking.class).ok &&
        !busy.some((commitment) => intersects(commitment, session)),
    )
    .map((session) => ({ session, same: session.offer.id === offer.id ? 0 : 1 }))
    .sort(
      (a, b) =>
        a.same - b.same ||
        distance(a.session) - distance(b.session) ||
        a.session.startsAt.getTime() - b.session.startsAt.getTime() ||
        (a.session.id < b.session.id ? -1 : a.session.id > b.session.id ? 1 : 0),
    )
    .slice(0, limit)
    .map(({ session }) => session);
}

/**
 * The actions the bureau is offered for a conflict now, computed from loaded facts only.
 * A closed conflict suggests nothing.
 */
export function suggestActions(input: SuggestionInput): SuggestedAction[] {
  const { conflict, offer } = input;
  if (conflict.status !== 'open') return [];
  const kinds = actionKindsFor[conflict.type];
  const suggestions: SuggestedAction[] = [];
  if (kinds.includes('move_booking') && offer) {
    for (const booking of input.bookings) {
      if (!isMovable(conflict.type, booking, input.movedBookingIds)) continue;
      const targets = moveTargetsFor(
        booking,
        offer,
        input.candidates,
        input.commitments,
        input.now,
        input.limit,
      );
      for (const session of targets) {
        suggestions.push({
          kind: 'move_booking',
          bookingId: booking.id,
          toSessionId: session.id,
          offerId: session.offer.id,
          offerTitle: session.offer.title,
          sameOffer: session.offer.id === offer.id,
          startsAt: session.startsAt,
          endsAt: session.endsAt,
          freeSeats: freeSeatsOf(session),
        });
      }
    }
  }
  const classId = conflict.details.classId;
  if (kinds.includes('grant_cap_exception') && conflict.sessionId && typeof classId === 'string') {
    suggestions.push({ kind: 'grant_cap_exception', sessionId: conflict.sessionId, classId });
  }
  if (kinds.includes('open_allocation_round') && conflict.offerId) {
    suggestions.push({ kind: 'open_allocation_round', offerId: conflict.offerId });
  }
  if (kinds.includes('request_extra_session') && conflict.offerId) {
    suggestions.push({ kind: 'request_extra_session', offerId: conflict.offerId });
  }
  suggestions.push({ kind: 'resolve' }, { kind: 'dismiss' });
  return suggestions;
}
