import { describe, expect, it } from 'vitest';
import { derivedSeed } from '../../allocation/simulation';
import { testSeed } from '../../allocation/testInputs';
import { explainMatch } from './explain';
import {
  matchPupils,
  nextChoice,
  type MatchingInput,
  type MatchingPeriod,
  type MatchingPlace,
  type MatchingPupil,
} from './matching';

/** Working days in March 2026, 08:00–16:00 Amsterdam. */
const days = (first: number, last: number): MatchingPeriod => ({
  startsAt: `2026-03-${String(first).padStart(2, '0')}T07:00:00.000Z`,
  endsAt: `2026-03-${String(last).padStart(2, '0')}T15:00:00.000Z`,
});
const aPlace = (id: string, remaining: number, period = days(2, 5)): MatchingPlace => ({
  id,
  remaining,
  ...period,
});
const aPupil = (id: string, preferences: string[], busy?: MatchingPeriod[]): MatchingPupil =>
  busy ? { id, preferences, busy } : { id, preferences };
const anInput = (values: Partial<MatchingInput>): MatchingInput => ({
  seed: testSeed,
  places: [],
  pupils: [],
  ...values,
});
const pupilsNamed = (count: number, preferences: string[]) =>
  Array.from({ length: count }, (_, i) => aPupil(`p${String(i).padStart(2, '0')}`, preferences));

describe('a matching round', () => {
  it('when preference 1 is full by the pupil’s turn, then the pupil gets preference 2 and is told why', () => {
    const result = matchPupils(
      anInput({
        places: [aPlace('A', 1), aPlace('B', 5)],
        pupils: [aPupil('x', ['A', 'B']), aPupil('y', ['A', 'B'])],
      }),
    );
    const [first, second] = result.matches;
    expect(result.order).toEqual([first!.pupilId, second!.pupilId]);
    expect(first).toMatchObject({ placeId: 'A', preferenceRank: 1, turn: 1, skipped: [] });
    expect(first!.explanation).toBe('Geplaatst bij voorkeur 1 (beurt 1 van 2)');
    expect(second).toMatchObject({
      placeId: 'B',
      preferenceRank: 2,
      turn: 2,
      skipped: [{ placeId: 'A', why: 'full' }],
    });
    expect(second!.explanation).toBe(
      'Geplaatst bij voorkeur 2 (beurt 2 van 2); voorkeur 1 was vol',
    );
    expect(explainMatch(second!, 2, 'en')).toBe(
      'Placed at preference 2 (turn 2 of 2); preference 1 was full',
    );
  });

  it('when every preference is full, then the pupil is not placed and every preference is named', () => {
    const result = matchPupils(
      anInput({
        places: [aPlace('A', 1), aPlace('B', 1)],
        pupils: pupilsNamed(3, ['A', 'B']),
      }),
    );
    const last = result.matches[2]!;
    expect(last).toMatchObject({ placeId: null, preferenceRank: null, turn: 3 });
    expect(last.explanation).toBe('Niet geplaatst (beurt 3 van 3): voorkeuren 1 en 2 waren vol');
    expect(explainMatch(last, 3, 'en')).toBe(
      'Not placed (turn 3 of 3): preferences 1 and 2 were full',
    );
  });

  it('when a place overlaps a placement the pupil holds, then it is skipped, even before a full one', () => {
    const busy = [days(3, 4)];
    const result = matchPupils(
      anInput({
        places: [aPlace('A', 5), aPlace('F', 0), aPlace('B', 5, days(9, 12))],
        pupils: [aPupil('x', ['A', 'F', 'B'], busy)],
      }),
    );
    expect(result.matches[0]).toMatchObject({
      placeId: 'B',
      preferenceRank: 3,
      skipped: [
        { placeId: 'A', why: 'overlaps' },
        { placeId: 'F', why: 'overlaps' },
      ],
    });
    expect(result.matches[0]!.explanation).toBe(
      'Geplaatst bij voorkeur 3 (beurt 1 van 1); voorkeuren 1 en 2 overlappen met een andere plaatsing van de leerling',
    );
  });

  it('when a busy period ends as the place starts, then they do not overlap', () => {
    const place = aPlace('A', 1, days(9, 12));
    const busy = { startsAt: '2026-03-02T07:00:00.000Z', endsAt: place.startsAt };
    const result = matchPupils(anInput({ places: [place], pupils: [aPupil('x', ['A'], [busy])] }));
    expect(result.matches[0]).toMatchObject({ placeId: 'A', preferenceRank: 1 });
  });

  it('when a preference is not a place of the round or there are none, then the explanation says so', () => {
    const result = matchPupils(
      anInput({
        places: [aPlace('A', 0), aPlace('B', 1)],
        pupils: [aPupil('x', ['A', 'gone', 'B', 'also-gone']), aPupil('y', [])],
      }),
    );
    const [x, y] = ['x', 'y'].map((id) => result.matches.find((match) => match.pupilId === id)!);
    expect(x).toMatchObject({ placeId: 'B', preferenceRank: 3 });
    expect(x!.explanation).toMatch(
      /^Geplaatst bij voorkeur 3 \(beurt \d van 2\); voorkeur 1 was vol; voorkeur 2 hoort niet bij deze ronde$/,
    );
    expect(y).toMatchObject({ placeId: null, preferenceRank: null, skipped: [] });
    expect(explainMatch(y!, 2, 'en')).toMatch(
      /^Not placed \(turn \d of 2\): no preferences given$/,
    );
    expect(y!.explanation).toMatch(
      /^Niet geplaatst \(beurt \d van 2\): geen voorkeuren opgegeven$/,
    );
  });

  it('when reasons are mixed, then they are grouped by reason in the order of their best rank', () => {
    const facts = {
      pupilId: 'x',
      placeId: null,
      preferenceRank: null,
      turn: 7,
      skipped: [
        { placeId: 'A', why: 'full' as const },
        { placeId: 'Q', why: 'unknown_place' as const },
        { placeId: 'B', why: 'full' as const },
        { placeId: 'C', why: 'overlaps' as const },
        { placeId: 'D', why: 'full' as const },
      ],
    };
    expect(explainMatch(facts, 9, 'en')).toBe(
      'Not placed (turn 7 of 9): preferences 1, 3 and 5 were full; preference 2 is not in this round; preference 4 overlaps another placement of the pupil',
    );
  });

  it('when a place has no or a negative number of places left, then nobody gets it', () => {
    const result = matchPupils(
      anInput({ places: [aPlace('A', 0), aPlace('B', -2)], pupils: pupilsNamed(3, ['A', 'B']) }),
    );
    expect(result.matches.every((match) => match.placeId === null)).toBe(true);
  });

  it('when the same seed runs again on the input in another order, then the result is identical', () => {
    const places = [aPlace('A', 3), aPlace('B', 2, days(9, 12)), aPlace('C', 4, days(16, 19))];
    const pupils = Array.from({ length: 30 }, (_, i) =>
      aPupil(
        `p${i}`,
        i % 2 ? ['A', 'B', 'C'] : ['B', 'A'],
        i % 5 ? undefined : [days(10, 11), days(3, 3)],
      ),
    );
    const input = anInput({ places, pupils });
    const reordered = anInput({
      places: [...places].reverse(),
      pupils: [...pupils].reverse().map((pupil) => ({ ...pupil, busy: pupil.busy?.toReversed() })),
    });
    const result = matchPupils(input);
    expect(matchPupils(structuredClone(input))).toEqual(result);
    expect(matchPupils(reordered)).toEqual(result);
  });

  it('when the seed differs, then the lottery order differs; it is always each pupil once', () => {
    const input = anInput({ places: [aPlace('A', 3)], pupils: pupilsNamed(20, ['A']) });
    const one = matchPupils({ ...input, seed: derivedSeed('one') });
    const two = matchPupils({ ...input, seed: derivedSeed('two') });
    expect(one.order).not.toEqual(two.order);
    expect(one.matches.filter((match) => match.placeId === 'A').map((m) => m.pupilId)).toEqual(
      one.order.slice(0, 3),
    );
    for (const result of [one, two]) {
      expect([...result.order].sort()).toEqual(input.pupils.map((pupil) => pupil.id));
      expect(result.matches.map((match) => match.turn)).toEqual(
        Array.from({ length: 20 }, (_, i) => i + 1),
      );
    }
  });

  it('when ids repeat or the seed is not hex, then the round refuses to run', () => {
    const places = [aPlace('A', 1)];
    expect(() =>
      matchPupils(anInput({ places, pupils: pupilsNamed(1, []).concat(pupilsNamed(1, [])) })),
    ).toThrow(/duplicate pupil/);
    expect(() => matchPupils(anInput({ places: [...places, ...places] }))).toThrow(
      /duplicate place/,
    );
    expect(() => matchPupils(anInput({ seed: 'not-hex' }))).toThrow(/seed/);
  });
});

describe('the next choice after a company declines', () => {
  const places = [aPlace('A', 1), aPlace('B', 1, days(9, 12)), aPlace('C', 1, days(16, 19))];
  const pupil = aPupil('x', ['A', 'B', 'C']);

  it('when later preferences have room, then it is the first one ranked below the declined one', () => {
    expect(nextChoice(pupil, 0, places)).toEqual({ placeId: 'A', preferenceRank: 1 });
    expect(nextChoice(pupil, 1, places)).toEqual({ placeId: 'B', preferenceRank: 2 });
    expect(nextChoice(pupil, 2, places)).toEqual({ placeId: 'C', preferenceRank: 3 });
    expect(nextChoice(pupil, 3, places)).toBeNull();
  });

  it('when the next preference is full, overlaps or gone, then it is passed over', () => {
    const now = [aPlace('A', 1), aPlace('B', 0, days(9, 12)), aPlace('C', 1, days(16, 19))];
    expect(nextChoice(pupil, 1, now)).toEqual({ placeId: 'C', preferenceRank: 3 });
    expect(nextChoice({ ...pupil, busy: [days(17, 17)] }, 1, now)).toBeNull();
    expect(nextChoice(aPupil('x', ['A', 'gone', 'C']), 1, now)).toEqual({
      placeId: 'C',
      preferenceRank: 3,
    });
  });
});
