import { describe, expect, it } from 'vitest';
import { testSeed } from '../allocation/testInputs';
import { matchPupils, type MatchingPlace, type MatchingPupil } from './matching';
import {
  afterSetback,
  checkPreferencePlaces,
  checkRoundPlaces,
  decideRoundMove,
  explainRoundResult,
  remainingOf,
  roundResultOf,
  stepReasonOf,
} from './rounds';

const march = (first: number, last: number) => ({
  startsAt: `2030-03-0${first}T07:00:00.000Z`,
  endsAt: `2030-03-0${last}T15:00:00.000Z`,
});
const place = (id: string, remaining: number, period = march(4, 7)): MatchingPlace => ({
  id,
  remaining,
  ...period,
});
const now = new Date('2030-01-10T12:00:00Z');

describe('the places of a round', () => {
  const facts = (id: string, startsAt = '2030-03-04T07:00:00Z', extra = {}) => ({
    id,
    startsAt: new Date(startsAt),
    cancelled: false,
    forTeachers: false,
    ...extra,
  });

  it('when every place exists, is for pupils and lies ahead, then the round may hold them', () => {
    expect(checkRoundPlaces(['a', 'b'], [facts('a'), facts('b')], now)).toEqual({
      ok: true,
      value: true,
    });
  });

  it('when a place is unknown, started, cancelled or for teachers, then each is named by its index', () => {
    const outcome = checkRoundPlaces(
      ['a', 'x', 'b', 'c', 'd'],
      [
        facts('a'),
        facts('b', '2030-01-01T07:00:00Z'),
        facts('c', undefined, { cancelled: true }),
        facts('d', undefined, { forTeachers: true }),
      ],
      now,
    );
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.meta?.errors).toEqual([
      { path: 'body.placeIds.1', message: 'unknown place: x' },
      { path: 'body.placeIds.2', message: 'has started or is cancelled: b' },
      { path: 'body.placeIds.3', message: 'has started or is cancelled: c' },
      { path: 'body.placeIds.4', message: 'a teacher internship: d' },
    ]);
  });

  it('when a started or cancelled place is offered to the draw, then it has no room', () => {
    expect(remainingOf({ capacity: 3, bookedSeats: 1, closed: false })).toBe(2);
    expect(remainingOf({ capacity: 3, bookedSeats: 4, closed: false })).toBe(0);
    expect(remainingOf({ capacity: 3, bookedSeats: 0, closed: true })).toBe(0);
  });
});

describe('preferences and steps of a round', () => {
  it('when a preference is not a place of the round or does not suit the pupil, then it is named', () => {
    const anyone = { levels: [], schoolYears: [], vmboProfiles: [] };
    const round = [
      { id: 'a', ...anyone },
      { id: 'b', ...anyone },
      { id: 'h', ...anyone, levels: ['havo'] },
    ];
    const pupil = { educationLevel: 'vmbo-kb', schoolYear: 3, vmboProfile: 'PIE' };
    const outcome = checkPreferencePlaces(round, pupil, ['b', 'z', 'h']);
    expect(!outcome.ok && outcome.code).toBe('validation_failed');
    expect(!outcome.ok && outcome.meta?.errors).toEqual([
      { path: 'body.placeIds.1', message: 'not a place of this round: z' },
      { path: 'body.placeIds.2', message: 'does not suit the pupil: h' },
    ]);
    expect(checkPreferencePlaces(round, pupil, ['b', 'a']).ok).toBe(true);
  });

  it('when a round has run, then preferences and a second run are refused, publishing is not', () => {
    expect(decideRoundMove('open', 'prefer')).toEqual({ ok: true, value: 'open' });
    expect(decideRoundMove('open', 'run')).toEqual({ ok: true, value: 'run' });
    expect(decideRoundMove('run', 'publish')).toEqual({ ok: true, value: 'published' });
    for (const [status, move] of [
      ['run', 'prefer'],
      ['run', 'run'],
      ['open', 'publish'],
      ['published', 'publish'],
    ] as const)
      expect(decideRoundMove(status, move)).toMatchObject({
        ok: false,
        code: 'invalid_transition',
      });
  });

  it('when the booking path refuses a proposal, then its code names the reason', () => {
    expect(stepReasonOf('place_full')).toBe('full');
    expect(stepReasonOf('participant_busy')).toBe('overlaps');
    expect(stepReasonOf('audience_mismatch')).toBe('unfit');
    expect(stepReasonOf('booking_window_closed')).toBe('closed');
    expect(stepReasonOf('not_found')).toBe('unavailable');
  });
});

describe('after the draw', () => {
  const pupil: MatchingPupil = { id: 'p', preferences: ['A', 'B', 'C'] };
  const drawnAtA = () => {
    const { matches } = matchPupils({
      seed: testSeed,
      places: [place('A', 1), place('B', 1), place('C', 1)],
      pupils: [pupil],
    });
    return roundResultOf(matches[0]!, 1);
  };

  it('when the draw placed the pupil, then the result says so as the matching does', () => {
    const result = drawnAtA();
    expect(result).toMatchObject({ placeId: 'A', preferenceRank: 1, steps: [], settled: false });
    expect(explainRoundResult(result)).toBe('Geplaatst bij voorkeur 1 (beurt 1 van 1)');
  });

  it('when the company declines, then the next preference with room is chosen and explained', () => {
    const { result, choice } = afterSetback(
      drawnAtA(),
      pupil,
      { preferenceRank: 1, placeId: 'A', why: 'declined' },
      [place('A', 1), place('B', 1), place('C', 1)],
    );
    expect(choice).toEqual({ placeId: 'B', preferenceRank: 2 });
    expect(result).toMatchObject({ placeId: 'B', preferenceRank: 2, placementId: null });
    expect(explainRoundResult(result)).toBe(
      'Geplaatst bij voorkeur 1 (beurt 1 van 1); voorkeur 1 afgewezen door het bedrijf; geplaatst bij voorkeur 2',
    );
    expect(explainRoundResult(result, 'en')).toBe(
      'Placed at preference 1 (turn 1 of 1); preference 1 declined by the company; placed at preference 2',
    );
  });

  it('when the next preferences are full or overlap, then each passed over is named and the pupil may end unplaced', () => {
    const busy = { ...pupil, busy: [march(5, 6)] };
    const places = [place('A', 0), place('B', 0, march(8, 9)), place('C', 3, march(4, 7))];
    const { result, choice } = afterSetback(
      drawnAtA(),
      busy,
      { preferenceRank: 1, placeId: 'A', why: 'full' },
      places,
    );
    expect(choice).toBeNull();
    expect(result.steps.map((step) => step.why)).toEqual(['full', 'full', 'overlaps']);
    expect(result.placeId).toBeNull();
    expect(explainRoundResult(result)).toBe(
      'Geplaatst bij voorkeur 1 (beurt 1 van 1); voorkeur 1 was vol; voorkeur 2 was vol; ' +
        'voorkeur 3 overlapt met een andere plaatsing van de leerling; ' +
        'geen volgende voorkeur met plek; niet geplaatst',
    );
  });
});
