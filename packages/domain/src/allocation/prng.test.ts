import { describe, expect, it } from 'vitest';
import { integerBelow, isHexSeed, randomFrom, shuffled, uint32StreamFrom } from './prng';

const seed = 'a3f1c2e4b5d6978812345678deadbeefa3f1c2e4b5d6978812345678deadbeef';

describe('seeded random', () => {
  it('when the same seed is used twice, then the streams are identical', () => {
    const a = uint32StreamFrom(seed);
    const b = uint32StreamFrom(seed);
    const first = Array.from({ length: 50 }, () => a());
    expect(Array.from({ length: 50 }, () => b())).toEqual(first);
  });

  it('when the seed differs in its last digit, then the stream differs', () => {
    const a = uint32StreamFrom(seed);
    const b = uint32StreamFrom(seed.slice(0, -1) + '0');
    expect(Array.from({ length: 8 }, () => a())).not.toEqual(Array.from({ length: 8 }, () => b()));
  });

  it('when the seed is not lowercase hex of 16–128 digits, then it is refused', () => {
    expect(isHexSeed('ABCDEF0123456789')).toBe(false);
    expect(isHexSeed('abc')).toBe(false);
    expect(isHexSeed('0123456789abcdef')).toBe(true);
    expect(() => randomFrom('not-a-seed')).toThrow();
  });

  it('when floats are drawn, then they lie in [0, 1) and cover the range', () => {
    const random = randomFrom(seed);
    const values = Array.from({ length: 2000 }, random);
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(Math.min(...values)).toBeLessThan(0.01);
    expect(Math.max(...values)).toBeGreaterThan(0.99);
  });

  it('when integers below a bound are drawn, then each value occurs and none reaches the bound', () => {
    const random = randomFrom(seed);
    const counts = new Array(6).fill(0);
    for (let i = 0; i < 6000; i++) counts[integerBelow(random, 6)] += 1;
    expect(counts.every((count) => count > 800 && count < 1200)).toBe(true);
    expect(integerBelow(random, 1)).toBe(0);
  });

  it('when a list is shuffled, then it is a permutation and the input is untouched', () => {
    const items = Array.from({ length: 30 }, (_, i) => i);
    const result = shuffled(items, randomFrom(seed));
    expect([...result].sort((a, b) => a - b)).toEqual(items);
    expect(result).not.toEqual(items);
    expect(items[0]).toBe(0);
  });
});
