import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { testSeed } from '../../allocation/testInputs';
import { matchingInputSchema } from './contract';
import type { MatchingInput } from './matching';

const valid = {
  seed: testSeed,
  places: [
    { id: 'A', remaining: 2, startsAt: '2026-03-02T07:00:00Z', endsAt: '2026-03-05T15:00:00Z' },
    {
      id: 'B',
      remaining: 0,
      startsAt: '2026-03-09T08:00:00+01:00',
      endsAt: '2026-03-12T16:00:00+01:00',
    },
  ],
  pupils: [
    { id: 'x', preferences: ['A', 'B'] },
    {
      id: 'y',
      preferences: [],
      busy: [{ startsAt: '2026-03-03T07:00:00Z', endsAt: '2026-03-03T15:00:00Z' }],
    },
  ],
};

type Input = typeof valid;

/** The paths of the issues after `change` edits (or replaces) a copy of the valid input. */
const problemsWith = (change: (input: Input) => unknown) => {
  const input = structuredClone(valid);
  const result = matchingInputSchema.safeParse(change(input) ?? input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

const refusals: [string, (input: Input) => unknown, string][] = [
  [
    'six preferences',
    (i) => void (i.pupils[0]!.preferences = ['A', 'B', 'C', 'D', 'E', 'F']),
    'pupils.0.preferences',
  ],
  [
    'a repeated preference',
    (i) => void (i.pupils[0]!.preferences = ['A', 'A']),
    'pupils.0.preferences',
  ],
  ['a blank preference', (i) => void (i.pupils[0]!.preferences = [' ']), 'pupils.0.preferences.0'],
  ['a repeated pupil id', (i) => void (i.pupils[1]!.id = 'x'), 'pupils'],
  ['a repeated place id', (i) => void (i.places[1]!.id = 'A'), 'places'],
  ['an empty place id', (i) => void (i.places[0]!.id = ''), 'places.0.id'],
  ['an upper-case seed', (i) => ({ ...i, seed: testSeed.toUpperCase() }), 'seed'],
  ['negative places left', (i) => void (i.places[0]!.remaining = -1), 'places.0.remaining'],
  ['a fraction of a place', (i) => void (i.places[0]!.remaining = 1.5), 'places.0.remaining'],
  [
    'a place ending as it starts',
    (i) => void (i.places[0]!.endsAt = i.places[0]!.startsAt),
    'places.0.endsAt',
  ],
  [
    'a busy period ending before it starts',
    (i) => void (i.pupils[1]!.busy![0]!.endsAt = '2026-03-01T07:00:00Z'),
    'pupils.1.busy.0.endsAt',
  ],
  [
    'a time without offset',
    (i) => void (i.places[0]!.startsAt = '2026-03-02T07:00:00'),
    'places.0.startsAt',
  ],
  [
    'a pupil field not in the set',
    (i) => ({ ...i, pupils: [{ id: 'z', preferences: [], name: 'Z' }] }),
    'pupils.0',
  ],
];

describe('matching input contract', () => {
  it('when the input is valid, then it parses to what the round takes', () => {
    expect(matchingInputSchema.parse(valid)).toEqual(valid);
    expectTypeOf<z.infer<typeof matchingInputSchema>>().toExtend<MatchingInput>();
  });

  it.each(refusals)('when the input has %s, then it is refused at its path', (_, change, path) => {
    expect(problemsWith(change)).toEqual([path]);
  });
});
