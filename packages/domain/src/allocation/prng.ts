/**
 * A seeded pseudo-random generator for the allocation draw: sfc32 (Chris Doty-Humphrey's
 * "small fast counting" generator). Pure and portable, so anyone can re-run a round from its
 * revealed seed and get the same draw. Not for secrets: the seed itself comes from a CSPRNG.
 */
export type Random = () => number;

const hexSeedPattern = /^[0-9a-f]{16,128}$/;

export const isHexSeed = (seed: string): boolean => hexSeedPattern.test(seed);

/** The seed's 32-bit words; every hex digit counts, so no two seeds share a stream by design. */
function seedWords(seed: string): number[] {
  if (!isHexSeed(seed)) throw new Error('seed must be 16–128 lowercase hex digits');
  const words: number[] = [];
  for (let i = 0; i < seed.length; i += 8)
    words.push(parseInt(seed.slice(i, i + 8).padEnd(8, '0'), 16));
  return words;
}

/** A generator of uint32 values, state folded from all seed words. */
export function uint32StreamFrom(seed: string): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = 1;
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  seedWords(seed).forEach((word, index) => {
    if (index % 3 === 0) a ^= word;
    else if (index % 3 === 1) b ^= word;
    else c ^= word;
    for (let i = 0; i < 4; i++) next();
  });
  for (let i = 0; i < 16; i++) next();
  return next;
}

/** Uniform floats in [0, 1) from the seed. */
export function randomFrom(seed: string): Random {
  const next = uint32StreamFrom(seed);
  return () => next() / 4294967296;
}

/** An unbiased integer in [0, bound) by rejection sampling. */
export function integerBelow(random: Random, bound: number): number {
  if (bound <= 1) return 0;
  const limit = Math.floor(4294967296 / bound) * bound;
  for (;;) {
    const value = Math.floor(random() * 4294967296);
    if (value < limit) return value % bound;
  }
}

/** Fisher–Yates shuffle into a new array; the input order is part of the draw's inputs. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = integerBelow(random, i + 1);
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}
