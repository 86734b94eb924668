import { describe, expect, it } from 'vitest';
import { derivedSeed } from './simulation';
import { allocate } from './snakeDraft';
import { aSessionInput, anInput, requestsOf } from './testInputs';

describe('snake draft order', () => {
  it('when every school has requests left, then each gets one turn per round and the order reverses', () => {
    const sessions = [aSessionInput('s1', 1000)];
    const input = anInput({
      sessions,
      requests: ['a', 'b', 'c'].flatMap((school) => requestsOf(school, 3, 10, ['s1'])),
    });
    const { schoolOrder, placements } = allocate(input);
    const picks = placements.map((placement) => placement.schoolId);
    expect(picks.slice(0, 3)).toEqual(schoolOrder);
    expect(picks.slice(3, 6)).toEqual([...schoolOrder].reverse());
    expect(picks.slice(6, 9)).toEqual(schoolOrder);
    expect(placements.map((placement) => placement.draftRound)).toEqual([
      1, 1, 1, 2, 2, 2, 3, 3, 3,
    ]);
    expect(placements.map((placement) => placement.pick)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('when a school runs out of requests, then the others keep drafting', () => {
    const input = anInput({
      sessions: [aSessionInput('s1', 1000)],
      requests: [...requestsOf('a', 1, 10, ['s1']), ...requestsOf('b', 3, 10, ['s1'])],
    });
    const picks = allocate(input).placements.map((placement) => placement.schoolId);
    expect(picks.filter((school) => school === 'b')).toHaveLength(3);
    expect(picks.slice(2)).toEqual(['b', 'b']);
  });

  it('when the seed differs, then the school order can differ, and the same seed repeats it', () => {
    const input = anInput({
      sessions: [aSessionInput('s1', 1000)],
      requests: 'abcdefgh'.split('').flatMap((school) => requestsOf(school, 1, 5, ['s1'])),
    });
    const orders = new Set(
      Array.from({ length: 10 }, (_, i) =>
        allocate({ ...input, seed: derivedSeed(`o${i}`) }).schoolOrder.join(),
      ),
    );
    expect(orders.size).toBeGreaterThan(1);
    expect(allocate(input)).toEqual(allocate(structuredClone(input)));
  });

  it('when weighted by eligible pupils, then a school with twice the pupils gets twice the turns', () => {
    const input = anInput({
      policy: { kind: 'snake_draft', weighting: 'eligible_pupils', fairShareLedger: false },
      sessions: [aSessionInput('s1', 1000)],
      requests: [...requestsOf('big', 8, 10, ['s1']), ...requestsOf('small', 8, 10, ['s1'])],
      eligiblePupils: { big: 200, small: 100 },
    });
    const firstSix = allocate(input)
      .placements.slice(0, 6)
      .map((placement) => placement.schoolId);
    expect(firstSix.filter((school) => school === 'big')).toHaveLength(4);
    expect(firstSix.filter((school) => school === 'small')).toHaveLength(2);
  });

  it('when weights are equal, then weighting changes nothing', () => {
    const base = anInput({
      sessions: [aSessionInput('s1', 50), aSessionInput('s2', 30)],
      requests: ['a', 'b', 'c'].flatMap((school) => requestsOf(school, 4, 10, ['s1', 's2'])),
      eligiblePupils: { a: 120, b: 120, c: 120 },
    });
    const weighted = {
      ...base,
      policy: {
        kind: 'snake_draft' as const,
        weighting: 'eligible_pupils' as const,
        fairShareLedger: false,
      },
    };
    expect(allocate(weighted)).toEqual(allocate(base));
  });

  it('when the fair-share ledger is on, then the school with the largest shortfall picks first, whatever the seed', () => {
    for (let i = 0; i < 10; i++) {
      const input = anInput({
        seed: derivedSeed(`ledger${i}`),
        policy: { kind: 'snake_draft', weighting: 'equal', fairShareLedger: true },
        sessions: [aSessionInput('s1', 20)],
        requests: ['a', 'b', 'c', 'd'].flatMap((school) => requestsOf(school, 1, 20, ['s1'])),
        ledger: { c: 1.5, a: 0.5 },
      });
      const result = allocate(input);
      expect(result.schoolOrder.slice(0, 2)).toEqual(['c', 'a']);
      expect(result.placements.find((placement) => placement.sessionId)?.schoolId).toBe('c');
    }
  });
});
