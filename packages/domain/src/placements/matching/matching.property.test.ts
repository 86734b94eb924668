import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  matchPupils,
  nextChoice,
  type MatchingInput,
  type MatchingPeriod,
  type MatchingResult,
} from './matching';

const hexSeed = fc
  .uint8Array({ minLength: 16, maxLength: 32 })
  .map((bytes) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join(''));

/** A period of 1–4 days starting on one of the first 20 days of March 2026. */
const anyPeriod: fc.Arbitrary<MatchingPeriod> = fc
  .record({ day: fc.integer({ min: 1, max: 20 }), length: fc.integer({ min: 1, max: 4 }) })
  .map(({ day, length }) => ({
    startsAt: new Date(Date.UTC(2026, 2, day, 7)).toISOString(),
    endsAt: new Date(Date.UTC(2026, 2, day + length - 1, 15)).toISOString(),
  }));

/** Scarce places, pupils with up to 5 preferences (some unknown) and some busy periods. */
const anyInput: fc.Arbitrary<MatchingInput> = fc
  .record({ seed: hexSeed, placeCount: fc.integer({ min: 1, max: 8 }) })
  .chain(({ seed, placeCount }) => {
    const placeIds = Array.from({ length: placeCount }, (_, i) => `place${i}`);
    return fc.record({
      seed: fc.constant(seed),
      places: fc.tuple(
        ...placeIds.map((id) =>
          fc
            .record({ remaining: fc.integer({ min: -1, max: 4 }), period: anyPeriod })
            .map(({ remaining, period }) => ({ id, remaining, ...period })),
        ),
      ),
      pupils: fc
        .array(
          fc.record({
            preferences: fc.uniqueArray(fc.constantFrom(...placeIds, 'elsewhere'), {
              maxLength: 5,
            }),
            busy: fc.option(fc.array(anyPeriod, { maxLength: 2 }), { nil: undefined }),
          }),
          { maxLength: 30 },
        )
        .map((pupils) => pupils.map((pupil, i) => ({ id: `pupil${i}`, ...pupil }))),
    });
  });

const overlaps = (a: MatchingPeriod, b: MatchingPeriod) =>
  Date.parse(a.startsAt) < Date.parse(b.endsAt) && Date.parse(b.startsAt) < Date.parse(a.endsAt);

const placedBefore = (result: MatchingResult, placeId: string, turn: number) =>
  result.matches.filter((match) => match.turn < turn && match.placeId === placeId).length;

const property = (predicate: (input: MatchingInput) => void) =>
  fc.assert(fc.property(anyInput, predicate), { numRuns: 300 });

describe('matching round invariants', () => {
  it('never gives a place more pupils than it has room for', () =>
    property((input) => {
      const result = matchPupils(input);
      for (const place of input.places) {
        const taken = result.matches.filter((match) => match.placeId === place.id).length;
        expect(taken).toBeLessThanOrEqual(Math.max(0, place.remaining));
      }
    }));

  it('gives every pupil exactly one turn, in the lottery order', () =>
    property((input) => {
      const result = matchPupils(input);
      expect([...result.order].sort()).toEqual(input.pupils.map((pupil) => pupil.id).sort());
      expect(result.matches.map((match) => match.pupilId)).toEqual(result.order);
      expect(result.matches.map((match) => match.turn)).toEqual(result.order.map((_, i) => i + 1));
    }));

  it('places a pupil only in one of their preferences, never overlapping what they hold', () =>
    property((input) => {
      for (const match of matchPupils(input).matches) {
        const pupil = input.pupils.find((candidate) => candidate.id === match.pupilId)!;
        if (match.placeId === null) {
          expect(match.skipped.map((skip) => skip.placeId)).toEqual(pupil.preferences);
          continue;
        }
        expect(pupil.preferences[match.preferenceRank! - 1]).toBe(match.placeId);
        const place = input.places.find((candidate) => candidate.id === match.placeId)!;
        expect((pupil.busy ?? []).some((busy) => overlaps(busy, place))).toBe(false);
        expect(match.skipped.map((skip) => skip.placeId)).toEqual(
          pupil.preferences.slice(0, match.preferenceRank! - 1),
        );
      }
    }));

  it('passes a better preference over only for a true reason at that turn (serial dictatorship)', () =>
    property((input) => {
      const result = matchPupils(input);
      for (const match of result.matches) {
        const pupil = input.pupils.find((candidate) => candidate.id === match.pupilId)!;
        for (const skip of match.skipped) {
          const place = input.places.find((candidate) => candidate.id === skip.placeId);
          if (skip.why === 'unknown_place') expect(place).toBeUndefined();
          else if (skip.why === 'overlaps')
            expect((pupil.busy ?? []).some((busy) => overlaps(busy, place!))).toBe(true);
          else
            expect(placedBefore(result, skip.placeId, match.turn)).toBe(
              Math.max(0, place!.remaining),
            );
        }
      }
    }));

  it('replays identically from the same seed, whatever the order of the input arrays', () =>
    fc.assert(
      fc.property(
        anyInput.chain((input) =>
          fc.record({
            input: fc.constant(input),
            places: fc.shuffledSubarray(input.places, { minLength: input.places.length }),
            pupils: fc.shuffledSubarray(input.pupils, { minLength: input.pupils.length }),
          }),
        ),
        ({ input, places, pupils }) => {
          expect(matchPupils({ seed: input.seed, places, pupils })).toEqual(matchPupils(input));
        },
      ),
      { numRuns: 200 },
    ));

  it('the first pupil’s turn is their next choice from the start; a next choice is the best valid one below the rank', () =>
    property((input) => {
      const result = matchPupils(input);
      const first = input.pupils.find((pupil) => pupil.id === result.order[0]);
      if (first) {
        const expected = result.matches[0]!.placeId
          ? {
              placeId: result.matches[0]!.placeId,
              preferenceRank: result.matches[0]!.preferenceRank,
            }
          : null;
        expect(nextChoice(first, 0, input.places)).toEqual(expected);
      }
      for (const pupil of input.pupils) {
        const fits = (placeId: string) => {
          const place = input.places.find((candidate) => candidate.id === placeId);
          return (
            !!place && place.remaining > 0 && !(pupil.busy ?? []).some((b) => overlaps(b, place))
          );
        };
        for (let afterRank = 0; afterRank <= pupil.preferences.length; afterRank++) {
          const rank = pupil.preferences.findIndex((id, i) => i >= afterRank && fits(id)) + 1;
          expect(nextChoice(pupil, afterRank, input.places)).toEqual(
            rank === 0 ? null : { placeId: pupil.preferences[rank - 1], preferenceRank: rank },
          );
        }
      }
    }));
});
