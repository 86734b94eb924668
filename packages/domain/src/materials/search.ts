/** At most this many words of a search count; the rest is ignored. */
const maxTerms = 8;
const maxTermLength = 60;

/**
 * The library's search (issue 18) as a PostgreSQL `tsquery` over the `simple` configuration:
 * every word of `q` must start a word of the title or description, so "veil" finds
 * "Veiligheidsinstructie" and "veil blad" finds "Veiligheidsblad werkplaats". Only letters and
 * digits survive, so nothing the user types is tsquery syntax. Null when nothing is left.
 */
export function prefixSearchQuery(q: string | undefined): string | null {
  if (!q) return null;
  const terms = q
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, maxTerms)
    .map((term) => `${term.slice(0, maxTermLength)}:*`);
  return terms.length ? terms.join(' & ') : null;
}
