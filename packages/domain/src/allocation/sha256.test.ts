import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedCommitmentOf, seedMatchesCommitment, sha256Hex } from './sha256';

describe('sha256', () => {
  it('when given the FIPS 180 test vectors, then it answers their digests', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(sha256Hex('a'.repeat(1_000_000))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  it('when the text is not ASCII, then its UTF-8 bytes are hashed', () => {
    // printf %s 'café' | sha256sum
    expect(sha256Hex('café')).toBe(
      '850f7dc43910ff890f8879c0ed26fe697c93a067ad93a7d50f466a7028a9bf4e',
    );
  });
});

describe('seed commitment', () => {
  const hexSeed = fc
    .uint8Array({ minLength: 32, maxLength: 32 })
    .map((bytes) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join(''));

  it('when the revealed seed is the committed one, then it matches its hash', () => {
    fc.assert(fc.property(hexSeed, (seed) => seedMatchesCommitment(seed, seedCommitmentOf(seed))));
  });

  it('when any other seed is revealed, then it does not match', () => {
    fc.assert(
      fc.property(hexSeed, hexSeed, (committed, revealed) => {
        fc.pre(committed !== revealed);
        return !seedMatchesCommitment(revealed, seedCommitmentOf(committed));
      }),
    );
  });
});
