import { describe, expect, it } from 'vitest';
import { shortfallsOf } from './shortfall';

describe('fair-share shortfall', () => {
  it('when a school got some of its seats, then its shortfall is the share it missed, per school in id order', () => {
    expect(
      shortfallsOf([
        { schoolId: 'b', seats: 20, placed: true },
        { schoolId: 'a', seats: 10, placed: false },
        { schoolId: 'b', seats: 20, placed: false },
        { schoolId: 'a', seats: 30, placed: true },
      ]),
    ).toEqual([
      { schoolId: 'a', shortfall: 0.25 },
      { schoolId: 'b', shortfall: 0.5 },
    ]);
  });
});
