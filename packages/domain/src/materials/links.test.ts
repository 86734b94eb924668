import { describe, expect, it } from 'vitest';
import { createLinkMaterialSchema } from '../contracts/material';
import { checkMaterialLink } from './links';
import { prefixSearchQuery } from './search';

describe('a link material must be https', () => {
  it('when the address is https, then it is kept, normalised', () => {
    expect(checkMaterialLink(' https://Example.NL/werkblad 1.pdf')).toEqual({
      ok: true,
      url: 'https://example.nl/werkblad%201.pdf',
    });
  });

  for (const refused of [
    'http://example.nl/boekje.pdf',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'ftp://example.nl/a',
    'https://gebruiker:geheim@example.nl/',
    'example.nl/boekje.pdf',
    '',
  ]) {
    it(`when the address is ${JSON.stringify(refused)}, then it is refused`, () => {
      expect(checkMaterialLink(refused).ok).toBe(false);
    });
  }

  it('when a link material is created with an http address, then validation names the url field', () => {
    const parsed = createLinkMaterialSchema.safeParse({
      title: 'Boekje',
      kind: 'booklet',
      visibility: 'public',
      url: 'http://example.nl',
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['url']);
  });
});

describe('library search terms', () => {
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
