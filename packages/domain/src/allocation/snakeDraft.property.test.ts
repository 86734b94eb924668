import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate } from './snakeDraft';
import { aSessionInput, anInput, requestsOf } from './testInputs';
import type { AllocationInput, AllocationResult, ClassBusy } from './types';

const hexSeed = fc
  .uint8Array({ minLength: 32, maxLength: 32 })
  .map((bytes) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join(''));

/** Arbitrary rounds: scarce sessions, caps, held seats, busy classes, every policy. */
const anyInput: fc.Arbitrary<AllocationInput> = fc
  .record({
    seed: hexSeed,
    sessionCount: fc.integer({ min: 1, max: 8 }),
    schools: fc.integer({ min: 1, max: 6 }),
    weighting: fc.constantFrom('equal' as const, 'eligible_pupils' as const),
    fairShareLedger: fc.boolean(),
  })
  .chain(({ seed, sessionCount, schools, weighting, fairShareLedger }) => {
    const sessionIds = Array.from({ length: sessionCount }, (_, i) => `s${i}`);
    const schoolIds = Array.from({ length: schools }, (_, i) => `school${i}`);
    return fc.record({
      seed: fc.constant(seed),
      policy: fc.constant({ kind: 'snake_draft' as const, weighting, fairShareLedger }),
      sessions: fc.tuple(
        ...sessionIds.map((id) =>
          fc
            .record({
              seatsFree: fc.integer({ min: 0, max: 80 }),
              capPerSchool: fc.option(fc.integer({ min: 5, max: 60 }), { nil: null }),
              offerId: fc.constantFrom('offer-1', 'offer-2'),
              hour: fc.integer({ min: 8, max: 14 }),
            })
            .map(({ seatsFree, capPerSchool, offerId, hour }) =>
              aSessionInput(id, seatsFree, {
                capPerSchool,
                offerId,
                startsAt: `2026-03-02T${String(hour).padStart(2, '0')}:00:00.000Z`,
                endsAt: `2026-03-02T${String(hour + 2).padStart(2, '0')}:00:00.000Z`,
              }),
            ),
        ),
      ),
      offers: fc.tuple(
        ...['offer-1', 'offer-2'].map((id) =>
          fc.record({
            id: fc.constant(id),
            capPerSchool: fc.option(fc.integer({ min: 10, max: 120 }), { nil: null }),
          }),
        ),
      ),
      requests: fc
        .array(
          fc.record({
            schoolId: fc.constantFrom(...schoolIds),
            classNo: fc.integer({ min: 0, max: 5 }),
            seats: fc.integer({ min: 1, max: 30 }),
            preferences: fc.uniqueArray(fc.constantFrom(...sessionIds, 'elsewhere'), {
              minLength: 0,
              maxLength: 4,
            }),
          }),
          { maxLength: 40 },
        )
        .map((requests) =>
          requests.map((request, i) => ({
            id: `r${i}`,
            schoolId: request.schoolId,
            classId: `${request.schoolId}-c${request.classNo}`,
            seats: request.seats,
            preferences: request.preferences,
          })),
        ),
      held: fc.array(
        fc.record({
          schoolId: fc.constantFrom(...schoolIds),
          sessionId: fc.constantFrom(...sessionIds),
          offerId: fc.constantFrom('offer-1', 'offer-2'),
          seats: fc.integer({ min: 1, max: 30 }),
        }),
        { maxLength: 4 },
      ),
      classBusy: fc.constant<ClassBusy[]>([]),
      eligiblePupils: fc.dictionary(
        fc.constantFrom(...schoolIds),
        fc.integer({ min: 0, max: 900 }),
      ),
      ledger: fc.dictionary(
        fc.constantFrom(...schoolIds),
        fc.double({ min: 0, max: 3, noNaN: true }),
      ),
    });
  })
  .map((input) => ({ ...input, sessions: [...input.sessions], offers: [...input.offers] }));

const seatsBy = (
  input: AllocationInput,
  result: AllocationResult,
  key: (p: { schoolId: string; sessionId: string }) => string,
) => {
  const totals = new Map<string, number>();
  for (const placement of result.placements)
    if (placement.sessionId) {
      const k = key({ schoolId: placement.schoolId, sessionId: placement.sessionId });
      totals.set(k, (totals.get(k) ?? 0) + placement.seats);
    }
  void input;
  return totals;
};

describe('allocation properties', () => {
  it('when any round is allocated, then no session gets more seats than it had free', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const placed = seatsBy(input, allocate(input), (p) => p.sessionId);
        return input.sessions.every(
          (session) => (placed.get(session.id) ?? 0) <= session.seatsFree,
        );
      }),
    );
  });

  it('when any round is allocated, then no school goes over a per-session or per-offer cap by the draw', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = allocate(input);
        const offerOf = new Map(input.sessions.map((session) => [session.id, session.offerId]));
        const bySession = seatsBy(input, result, (p) => `${p.schoolId}|${p.sessionId}`);
        const byOffer = seatsBy(input, result, (p) => `${p.schoolId}|${offerOf.get(p.sessionId)}`);
        for (const h of input.held) {
          const heldKey = `${h.schoolId}|${h.sessionId}`;
          if (bySession.has(heldKey)) bySession.set(heldKey, bySession.get(heldKey)! + h.seats);
          const offerKey = `${h.schoolId}|${h.offerId}`;
          if (byOffer.has(offerKey)) byOffer.set(offerKey, byOffer.get(offerKey)! + h.seats);
        }
        for (const session of input.sessions)
          for (const [key, seats] of bySession)
            if (key.endsWith(`|${session.id}`) && session.capPerSchool !== null)
              expect(seats).toBeLessThanOrEqual(session.capPerSchool);
        for (const offer of input.offers)
          for (const [key, seats] of byOffer)
            if (key.endsWith(`|${offer.id}`) && offer.capPerSchool !== null)
              expect(seats).toBeLessThanOrEqual(offer.capPerSchool);
      }),
    );
  });

  it('when a request is placed, then it is in one of its own preferences at the stated rank, and every request is decided once', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = allocate(input);
        expect(result.placements.map((p) => p.requestId).sort()).toEqual(
          input.requests.map((r) => r.id).sort(),
        );
        const requestOf = new Map(input.requests.map((request) => [request.id, request]));
        for (const placement of result.placements) {
          if (placement.sessionId === null) continue;
          const preferences = requestOf.get(placement.requestId)!.preferences;
          expect(preferences[placement.preferenceRank! - 1]).toBe(placement.sessionId);
          expect(placement.explanation).toMatch(
            new RegExp(
              `^Geplaatst in voorkeur ${placement.preferenceRank} in ronde ${placement.draftRound}`,
            ),
          );
        }
      }),
    );
  });

  it('when the same inputs and seed are allocated twice, then the results are identical', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        expect(allocate(structuredClone(input))).toEqual(allocate(input));
      }),
    );
  });

  it('when ids are renamed consistently, then the result is the same up to the renaming (so a replay may pseudonymise)', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const rename = (id: string) => `x-${id.split('').reverse().join('')}`;
        const renamed: AllocationInput = {
          ...input,
          requests: input.requests.map((r) => ({
            ...r,
            id: rename(r.id),
            schoolId: rename(r.schoolId),
            classId: rename(r.classId),
          })),
          held: input.held.map((h) => ({ ...h, schoolId: rename(h.schoolId) })),
          eligiblePupils: Object.fromEntries(
            Object.entries(input.eligiblePupils).map(([k, v]) => [rename(k), v]),
          ),
          ledger: Object.fromEntries(Object.entries(input.ledger).map(([k, v]) => [rename(k), v])),
        };
        const original = allocate(input).placements.map((p) => [
          rename(p.requestId),
          p.sessionId,
          p.pick,
        ]);
        expect(allocate(renamed).placements.map((p) => [p.requestId, p.sessionId, p.pick])).toEqual(
          original,
        );
      }),
    );
  });

  it('when every school has equal demand, then the seats any two schools win differ by at most one request', () => {
    fc.assert(
      fc.property(
        hexSeed,
        fc.integer({ min: 2, max: 8 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 30 }),
        fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 1, maxLength: 4 }),
        (seed, schools, perSchool, seats, capacities) => {
          const sessions = capacities.map((free, i) => aSessionInput(`s${i}`, free));
          const preferences = sessions.map((session) => session.id);
          const input = anInput({
            seed,
            sessions,
            requests: Array.from({ length: schools }, (_, i) =>
              requestsOf(`school${i}`, perSchool, seats, preferences),
            ).flat(),
          });
          const won = new Map<string, number>();
          for (let i = 0; i < schools; i++) won.set(`school${i}`, 0);
          for (const p of allocate(input).placements)
            if (p.sessionId) won.set(p.schoolId, won.get(p.schoolId)! + p.seats);
          const values = [...won.values()];
          expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(seats);
        },
      ),
    );
  });
});
