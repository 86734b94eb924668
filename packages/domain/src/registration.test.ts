import { describe, expect, it } from 'vitest';
import {
  nameSimilarity,
  normaliseCompanyName,
  possibleDuplicates,
  sectorsKnown,
} from './registration';

describe('company names, normalised', () => {
  it.each([
    ['Bouwbedrijf Jansen B.V.', 'bouwbedrijf jansen'],
    ['Bouwbedrijf Jansen BV', 'bouwbedrijf jansen'],
    ['bouwbedrijf  jansen, b.v.', 'bouwbedrijf jansen'],
    ['Jansen & Zn. V.O.F.', 'jansen en zn'],
    ['Café Één', 'cafe een'],
  ])('when the name is %j, then it becomes %j', (name, expected) => {
    expect(normaliseCompanyName(name)).toBe(expected);
  });

  it('when two names differ only in legal form and punctuation, then they are fully alike', () => {
    expect(
      nameSimilarity('Van der Veen Installatietechniek B.V.', 'van der veen installatietechniek'),
    ).toBe(1);
  });

  it('when the names are unrelated, then the similarity is low', () => {
    expect(nameSimilarity('Bakkerij De Korenaar', 'Installatiebedrijf Noord')).toBeLessThan(0.2);
  });
});

describe('possible duplicates', () => {
  const others = [
    { id: 'a', name: 'Bouwbedrijf Jansen B.V.' },
    { id: 'b', name: 'Bouwbedrijf Janssen' },
    { id: 'c', name: 'Bakkerij De Korenaar' },
    { id: 'self', name: 'Bouwbedrijf Jansen' },
  ];

  it('when a company registers, then the same and similar names are flagged, best first, never itself', () => {
    const found = possibleDuplicates({ id: 'self', name: 'Bouwbedrijf Jansen' }, others);
    expect(found.map((match) => [match.organisationId, match.reason])).toEqual([
      ['a', 'same_name'],
      ['b', 'similar_name'],
    ]);
    expect(found[1]!.similarity).toBeGreaterThanOrEqual(0.5);
    expect(found[1]!.similarity).toBeLessThan(1);
  });

  it('when nothing is alike, then nothing is flagged', () => {
    expect(possibleDuplicates({ id: 'x', name: 'Zorgboerderij Het Veld' }, others)).toEqual([]);
  });
});

describe('sectors', () => {
  it('when every tag is a taxonomy code, then it fits; else 422 on sectorTags', () => {
    expect(sectorsKnown(['bouw'], ['bouw', 'zorg']).ok).toBe(true);
    expect(sectorsKnown(['bouw', 'ruimtevaart'], ['bouw'])).toMatchObject({
      ok: false,
      code: 'validation_failed',
      meta: { errors: [{ path: 'body.sectorTags' }] },
    });
  });
});
