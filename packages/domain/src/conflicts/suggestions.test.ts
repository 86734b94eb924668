import { describe, expect, it } from 'vitest';
import {
  isSimilarOffer,
  moveTargetsFor,
  suggestActions,
  type SuggestionInput,
} from './suggestions';
import { aCandidate, anInvolvedBooking, anOfferProfile, day, now } from './testInputs';

const offer = anOfferProfile();
const cancelledConflict = (overrides: Partial<SuggestionInput> = {}): SuggestionInput => ({
  conflict: {
    type: 'session_cancelled_with_bookings',
    status: 'open',
    sessionId: 'origin',
    offerId: offer.id,
    schoolId: null,
    details: {},
  },
  offer,
  bookings: [anInvolvedBooking()],
  candidates: [],
  commitments: [],
  movedBookingIds: new Set(),
  now,
  ...overrides,
});

describe('similar offers', () => {
  it('when type, levels, years and sector overlap, then the offers are similar', () => {
    expect(isSimilarOffer(offer, anOfferProfile({ id: 'b', levels: ['vmbo-kb', 'havo'] }))).toBe(
      true,
    );
  });

  it('when the type, the levels or the sector differ, then they are not', () => {
    expect(isSimilarOffer(offer, anOfferProfile({ id: 'b', type: 'guest_lesson' }))).toBe(false);
    expect(isSimilarOffer(offer, anOfferProfile({ id: 'b', levels: ['havo'] }))).toBe(false);
    expect(isSimilarOffer(offer, anOfferProfile({ id: 'b', schoolYears: [1] }))).toBe(false);
    expect(isSimilarOffer(offer, anOfferProfile({ id: 'b', sectorTags: ['zorg'] }))).toBe(false);
  });

  it('when one offer invites everyone (empty lists), then the audience overlaps', () => {
    expect(isSimilarOffer(offer, anOfferProfile({ id: 'b', levels: [], schoolYears: [] }))).toBe(
      true,
    );
  });
});

describe('move targets', () => {
  const booking = anInvolvedBooking();

  it('when sessions of the same and a similar offer have room, then the same offer comes first, each by distance', () => {
    const candidates = [
      aCandidate('similar-near', day(11), { offer: { id: 'offer-b' } }),
      aCandidate('same-far', day(20)),
      aCandidate('same-near', day(8)),
    ];
    const targets = moveTargetsFor(booking, offer, candidates, [], now);
    expect(targets.map((s) => s.id)).toEqual(['same-near', 'same-far', 'similar-near']);
  });

  it('when a session is full, past, cancelled, unpublished or private to another school, then it is left out', () => {
    const candidates = [
      aCandidate('full', day(11), { bookedSeats: 15 }),
      aCandidate('past', day(1, 6)),
      aCandidate('cancelled', day(12), { status: 'cancelled' }),
      aCandidate('archived', day(13), { offer: { status: 'archived' } }),
      aCandidate('private', day(14), { schoolId: 'school-2' }),
      aCandidate('own-private', day(15), { schoolId: 'school-1' }),
      aCandidate('origin', day(10)),
    ];
    expect(moveTargetsFor(booking, offer, candidates, [], now).map((s) => s.id)).toEqual([
      'own-private',
    ]);
  });

  it("when a session overlaps the class's other confirmed booking, then it is left out", () => {
    const candidates = [aCandidate('busy', day(12)), aCandidate('free', day(13))];
    const commitments = [
      { bookingId: 'other', classId: 'class-1', startsAt: day(12, 10), endsAt: day(12, 12) },
      { bookingId: 'x', classId: 'class-2', startsAt: day(13), endsAt: day(13, 12) },
    ];
    expect(moveTargetsFor(booking, offer, candidates, commitments, now).map((s) => s.id)).toEqual([
      'free',
    ]);
  });

  it('when the booking being moved is itself confirmed at that time, then it does not block its own move', () => {
    const candidates = [aCandidate('same-time', day(10, 9))];
    const commitments = [
      { bookingId: booking.id, classId: 'class-1', startsAt: day(10), endsAt: day(10, 11) },
    ];
    expect(moveTargetsFor(booking, offer, candidates, commitments, now)).toHaveLength(1);
  });

  it('when an unrelated or ill-fitting offer has room, then it is not suggested', () => {
    const candidates = [
      aCandidate('other-type', day(11), { offer: { id: 'o2', type: 'workshop' } }),
      aCandidate('for-havo', day(12), { offer: { id: 'o3', levels: [], schoolYears: [4] } }),
    ];
    expect(moveTargetsFor(booking, offer, candidates, [], now)).toEqual([]);
  });

  it('when there are many targets, then only the limit is returned', () => {
    const candidates = Array.from({ length: 9 }, (_, i) => aCandidate(`s${i}`, day(11 + i)));
    expect(moveTargetsFor(booking, offer, candidates, [], now, 3).map((s) => s.id)).toEqual([
      's0',
      's1',
      's2',
    ]);
  });
});

describe('suggested actions', () => {
  it('when a session with bookings was cancelled, then moves are suggested per booking, then resolve and dismiss', () => {
    const input = cancelledConflict({
      bookings: [anInvolvedBooking(), anInvolvedBooking({ id: 'booking-2', classId: 'class-2' })],
      candidates: [aCandidate('s1', day(12))],
    });
    expect(
      suggestActions(input).map((a) => a.kind + ('bookingId' in a ? `:${a.bookingId}` : '')),
    ).toEqual([
      'move_booking:booking-1',
      'move_booking:booking-2',
      'request_extra_session',
      'resolve',
      'dismiss',
    ]);
  });

  it('when a booking was already moved, then no move is suggested for it', () => {
    const input = cancelledConflict({
      candidates: [aCandidate('s1', day(12))],
      movedBookingIds: new Set(['booking-1']),
    });
    expect(suggestActions(input).some((a) => a.kind === 'move_booking')).toBe(false);
  });

  it('when a session is oversubscribed, then an allocation round and an extra session are suggested', () => {
    const input = cancelledConflict({
      conflict: { ...cancelledConflict().conflict, type: 'oversubscribed' },
      bookings: [],
    });
    expect(suggestActions(input).map((a) => a.kind)).toEqual([
      'open_allocation_round',
      'request_extra_session',
      'resolve',
      'dismiss',
    ]);
  });

  it('when a school asked for a cap exception, then granting it is suggested for its class', () => {
    const input = cancelledConflict({
      conflict: {
        ...cancelledConflict().conflict,
        type: 'cap_exception_requested',
        details: { classId: 'class-9' },
      },
    });
    expect(suggestActions(input)[0]).toEqual({
      kind: 'grant_cap_exception',
      sessionId: 'origin',
      classId: 'class-9',
    });
  });

  it('when the conflict is closed, then nothing is suggested', () => {
    const input = cancelledConflict({
      conflict: { ...cancelledConflict().conflict, status: 'resolved' },
    });
    expect(suggestActions(input)).toEqual([]);
  });
});
