import { fail, ok, type Outcome } from './outcome';

/**
 * Legal-form words that say nothing about who a company is: "Bouwbedrijf Jansen B.V." and
 * "Bouwbedrijf Jansen" are the same applicant. Matched as whole words after punctuation is gone.
 */
const legalForms = new Set(['bv', 'nv', 'vof', 'cv', 'holding', 'eenmanszaak', 'stichting']);

/**
 * A company name reduced to what tells companies apart: lower case, accents and punctuation
 * removed ("B.V." → "bv"), legal forms dropped, whitespace collapsed.
 */
export function normaliseCompanyName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' en ')
    // "B.V." and "V.O.F." lose their dots before the split, so they become one word.
    .replace(/\b(\w)\.(?=\w\.?)/g, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((word) => word && !legalForms.has(word));
  return words.join(' ');
}

/** The trigrams of a normalised name, each word padded like PostgreSQL's pg_trgm does. */
function trigramsOf(normalised: string): Set<string> {
  const grams = new Set<string>();
  for (const word of normalised.split(' ').filter(Boolean)) {
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  }
  return grams;
}

/** pg_trgm's similarity: shared trigrams over all distinct trigrams of both, 0 to 1. */
export function nameSimilarity(a: string, b: string): number {
  const left = trigramsOf(normaliseCompanyName(a));
  const right = trigramsOf(normaliseCompanyName(b));
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared++;
  return shared / (left.size + right.size - shared);
}

/** From this similarity on, the bureau is shown the other company as a possible duplicate. */
export const similarNameThreshold = 0.5;

export type DuplicateReason = 'same_name' | 'similar_name';

export interface PossibleDuplicate {
  organisationId: string;
  reason: DuplicateReason;
  similarity: number;
}

/**
 * The region's other companies that may be the same applicant: the same normalised name, or
 * one at least `similarNameThreshold` alike; most alike first. (The same KvK number cannot
 * happen: it is unique per region and a registration with a known one is refused.)
 */
export function possibleDuplicates(
  candidate: { id: string; name: string },
  others: readonly { id: string; name: string }[],
): PossibleDuplicate[] {
  const own = normaliseCompanyName(candidate.name);
  return others
    .filter((other) => other.id !== candidate.id)
    .map((other) => {
      const same = normaliseCompanyName(other.name) === own;
      const similarity = same ? 1 : nameSimilarity(candidate.name, other.name);
      const reason: DuplicateReason = same ? 'same_name' : 'similar_name';
      return { organisationId: other.id, reason, similarity: Math.round(similarity * 100) / 100 };
    })
    .filter((match) => match.reason === 'same_name' || match.similarity >= similarNameThreshold)
    .sort(
      (a, b) => b.similarity - a.similarity || a.organisationId.localeCompare(b.organisationId),
    );
}

/** Sector tags must be codes from the region's taxonomy, which the bureau manages. */
export function sectorsKnown(tags: readonly string[], codes: readonly string[]): Outcome<true> {
  const unknown = tags.filter((tag) => !codes.includes(tag));
  if (unknown.length === 0) return ok(true);
  const detail = `unknown sector: ${unknown.join(', ')}`;
  return fail('validation_failed', detail, {
    errors: [{ path: 'body.sectorTags', message: detail }],
  });
}
