import { describe, expect, it } from 'vitest';
import { fairnessFigures, gini } from './fairness';
import { requestsOf } from './testInputs';

describe('fairness figures', () => {
  it('when computing Gini, then even is 0 and one-takes-all approaches 1', () => {
    expect(gini([0.5, 0.5, 0.5])).toBe(0);
    expect(gini([0, 0, 1])).toBeCloseTo(2 / 3);
    expect(gini([])).toBe(0);
  });

  it('when some requests are placed, then per school seats, shares and unplaced are reported', () => {
    const requests = [...requestsOf('a', 2, 20, ['s1', 's2']), ...requestsOf('b', 2, 10, ['s1'])];
    const figures = fairnessFigures(
      requests,
      [
        { requestId: 'a-r1', sessionId: 's1', preferenceRank: 1 },
        { requestId: 'a-r2', sessionId: 's2', preferenceRank: 2 },
        { requestId: 'b-r1', sessionId: 's1', preferenceRank: 1 },
        { requestId: 'b-r2', sessionId: null, preferenceRank: null },
      ],
      { a: 300, b: 100 },
    );
    expect(figures.schools).toEqual([
      expect.objectContaining({
        schoolId: 'a',
        requestedSeats: 40,
        placedSeats: 40,
        placedShare: 1,
        firstPreferenceShare: 0.5,
        pupilShare: 0.75,
        seatShare: 0.8,
      }),
      expect.objectContaining({
        schoolId: 'b',
        requestedSeats: 20,
        placedSeats: 10,
        placedShare: 0.5,
        firstPreferenceShare: 0.5,
        pupilShare: 0.25,
        seatShare: 0.2,
      }),
    ]);
    expect(figures).toMatchObject({
      requestedSeats: 60,
      placedSeats: 50,
      unplacedRequestIds: ['b-r2'],
      unplacedSeats: 10,
      placedSeatsSpread: 30,
      placedShareSpread: 0.5,
    });
  });

  it('when pupils are unknown for a school, then pupil shares are null', () => {
    const figures = fairnessFigures(requestsOf('a', 1, 20, ['s1']), [], {});
    expect(figures.schools[0]!.pupilShare).toBeNull();
    expect(figures.unplacedRequestIds).toEqual(['a-r1']);
  });
});
