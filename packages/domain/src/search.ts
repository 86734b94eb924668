/** At most this many words of a search count; the rest is ignored. */
const maxTerms = 8;
const maxTermLength = 60;

/**
 * A search as a PostgreSQL `tsquery` of prefixes: every word of `q` must start a word of the
 * text, so "veil" finds "Veiligheidsinstructie", "veil blad" "Veiligheidsblad werkplaats" and
 * "bouw" "bouwplaats"; a word typed with a leading `-` must not occur ("bouw -wonen"). The
 * library (`simple`) and the catalogue (`dutch`, so words are stemmed first) use it. Only
 * letters and digits survive, so nothing the user types is tsquery syntax. Null when no word
 * is left to look for.
 */
export function prefixSearchQuery(q: string | undefined): string | null {
  if (!q) return null;
  const terms: string[] = [];
  for (const token of q.normalize('NFKC').toLowerCase().split(/\s+/)) {
    const excluded = token.startsWith('-');
    for (const word of token.split(/[^\p{L}\p{N}]+/u).filter(Boolean)) {
      const term = word.slice(0, maxTermLength);
      terms.push(excluded ? `!${term}` : `${term}:*`);
    }
  }
  const kept = terms.slice(0, maxTerms);
  // Exclusions alone would match nearly everything: a search needs a word to look for.
  return kept.some((term) => !term.startsWith('!')) ? kept.join(' & ') : null;
}
