import { describe, expect, it } from 'vitest';
import { prefixSearchQuery } from './search';

describe('search terms (library and catalogue)', () => {
  it('when a user types words, then each must start a word', () => {
    expect(prefixSearchQuery('Veil')).toBe('veil:*');
    expect(prefixSearchQuery('  veil   BLAD ')).toBe('veil:* & blad:*');
  });

  it('when the text holds tsquery syntax, then only letters and digits survive', () => {
    expect(prefixSearchQuery("veil:* | !x & (y) <-> 'z'")).toBe('veil:* & x:* & y:* & z:*');
    expect(prefixSearchQuery('3D-printen')).toBe('3d:* & printen:*');
  });

  it('when nothing searchable is left, then there is no query', () => {
    expect(prefixSearchQuery(undefined)).toBeNull();
    expect(prefixSearchQuery(' :*&|! ')).toBeNull();
  });

  it('when there are many words, then the first eight count', () => {
    expect(prefixSearchQuery('a b c d e f g h i j')?.split(' & ')).toHaveLength(8);
  });
});

describe('excluded words', () => {
  it('when a word starts with a minus, then it must not occur', () => {
    expect(prefixSearchQuery('bouw -wonen')).toBe('bouw:* & !wonen');
    expect(prefixSearchQuery('3D-printen -hout')).toBe('3d:* & printen:* & !hout');
  });

  it('when only exclusions are typed, then there is no query', () => {
    expect(prefixSearchQuery('-wonen -hout')).toBeNull();
  });
});
