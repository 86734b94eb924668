import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seatsPerStudentGini } from './fairness';
import { gini } from '../allocation/fairness';

const shares = fc.array(fc.nat({ max: 10_000 }), { minLength: 1, maxLength: 40 });

describe('the Gini coefficient used by the fairness report', () => {
  it('when every share is equal, then it is 0', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000 }), fc.integer({ min: 1, max: 50 }), (value, n) => {
        expect(gini(Array.from({ length: n }, () => value))).toBeCloseTo(0, 12);
      }),
    );
  });

  it('when shares are anything non-negative, then it lies in [0, 1)', () => {
    fc.assert(
      fc.property(shares, (values) => {
        const g = gini(values);
        expect(g).toBeGreaterThanOrEqual(-1e-12);
        expect(g).toBeLessThan(1);
      }),
    );
  });

  it('when the schools are listed in another order, then it does not change', () => {
    fc.assert(
      fc.property(
        shares.chain((values) =>
          fc.tuple(fc.constant(values), fc.shuffledSubarray(values, { minLength: values.length })),
        ),
        ([values, shuffled]) => {
          expect(gini(shuffled)).toBeCloseTo(gini(values), 12);
        },
      ),
    );
  });

  it('when one school of four has all seats per student, then it is 3/4', () => {
    const schools = ['a', 'b', 'c', 'd'].map((id) => ({ schoolId: id, name: id, students: 100 }));
    expect(seatsPerStudentGini(schools, new Map([['a', 50]]))).toBeCloseTo(0.75, 12);
    expect(seatsPerStudentGini(schools, new Map())).toBe(0);
  });
});
