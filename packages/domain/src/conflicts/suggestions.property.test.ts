import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moveTargetsFor, type CandidateSession, type ClassCommitment } from './suggestions';
import { aCandidate, anInvolvedBooking, anOfferProfile, now } from './testInputs';

const offer = anOfferProfile();
const booking = anInvolvedBooking({ seats: 20 });
const hour = 3_600_000;

const anyCandidate = fc
  .record({
    id: fc.uuid(),
    offsetHours: fc.integer({ min: -72, max: 24 * 40 }),
    capacity: fc.integer({ min: 0, max: 40 }),
    booked: fc.integer({ min: 0, max: 40 }),
    cancelled: fc.boolean(),
    similar: fc.constantFrom('same', 'similar', 'other'),
  })
  .map(({ id, offsetHours, capacity, booked, cancelled, similar }): CandidateSession =>
    aCandidate(id, new Date(now.getTime() + offsetHours * hour), {
      capacity,
      bookedSeats: Math.min(booked, capacity),
      status: cancelled ? 'cancelled' : 'scheduled',
      offer: {
        id: similar === 'same' ? offer.id : `offer-${similar}`,
        type: similar === 'other' ? 'workshop' : offer.type,
      },
    }),
  );

const anyCommitment = fc
  .record({
    offsetHours: fc.integer({ min: 0, max: 24 * 40 }),
    length: fc.integer({ min: 1, max: 8 }),
  })
  .map(({ offsetHours, length }): ClassCommitment => ({
    bookingId: 'elsewhere',
    classId: booking.classId,
    startsAt: new Date(now.getTime() + offsetHours * hour),
    endsAt: new Date(now.getTime() + (offsetHours + length) * hour),
  }));

describe('move targets, for any candidates', () => {
  it('never suggests a full, past, cancelled, unrelated or overlapping session, and keeps the order', () => {
    fc.assert(
      fc.property(
        fc.array(anyCandidate, { maxLength: 30 }),
        fc.array(anyCommitment, { maxLength: 5 }),
        fc.integer({ min: 1, max: 10 }),
        (candidates, commitments, limit) => {
          const targets = moveTargetsFor(booking, offer, candidates, commitments, now, limit);
          expect(targets.length).toBeLessThanOrEqual(limit);
          for (const target of targets) {
            expect(target.capacity - target.bookedSeats).toBeGreaterThanOrEqual(booking.seats);
            expect(target.startsAt.getTime()).toBeGreaterThan(now.getTime());
            expect(target.status).toBe('scheduled');
            expect(target.offer.type).toBe(offer.type);
            for (const busy of commitments) {
              const overlap =
                busy.startsAt.getTime() < target.endsAt.getTime() &&
                target.startsAt.getTime() < busy.endsAt.getTime();
              expect(overlap).toBe(false);
            }
          }
          const key = (s: CandidateSession) => [
            s.offer.id === offer.id ? 0 : 1,
            Math.abs(s.startsAt.getTime() - booking.startsAt.getTime()),
          ];
          for (let i = 1; i < targets.length; i++) {
            const [groupA, distA] = key(targets[i - 1]!);
            const [groupB, distB] = key(targets[i]!);
            expect(groupA! < groupB! || (groupA === groupB && distA! <= distB!)).toBe(true);
          }
        },
      ),
    );
  });

  it('never leaves out a fitting session while returning fewer than the limit', () => {
    fc.assert(
      fc.property(fc.array(anyCandidate, { maxLength: 20 }), (candidates) => {
        const targets = moveTargetsFor(booking, offer, candidates, [], now, 100);
        const fitting = candidates.filter(
          (s) =>
            s.status === 'scheduled' &&
            s.startsAt > now &&
            s.capacity - s.bookedSeats >= booking.seats &&
            s.offer.type === offer.type &&
            s.id !== booking.sessionId,
        );
        expect(targets.length).toBe(fitting.length);
      }),
    );
  });
});
