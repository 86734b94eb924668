import { describe, expect, it } from 'vitest';
import { createLinkMaterialSchema } from '../contracts/material';
import { checkMaterialLink } from './links';

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
