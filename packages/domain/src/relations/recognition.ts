/**
 * "Leerbedrijf van het jaar" (issue 17): a ranking the bureau awards from, with its criteria
 * shown. Each criterion is a share between 0 and 1; the score is their weighted sum × 100.
 * The weights add up to 100, so a reader can follow the score by hand.
 */
export const recognitionCriteria = [
  /** The schools' average rating of the company's activities, 1 → 0 and 5 → 1. */
  { key: 'rating', weight: 40 },
  /** Sessions that took place out of those planned: a cancelled session counts against. */
  { key: 'reliability', weight: 25 },
  /** Sessions held plus pupils placed, against the region's busiest company. */
  { key: 'volume', weight: 20 },
  /** In-kind hours given, against the region's most generous company. */
  { key: 'hours', weight: 15 },
] as const;
export type RecognitionCriterion = (typeof recognitionCriteria)[number]['key'];

/** What one company did in the school year, as the reports count it. */
export interface RecognitionInput {
  companyId: string;
  companyName: string;
  heldSessions: number;
  cancelledSessions: number;
  placements: number;
  inKindHours: number;
  averageRating: number | null;
  ratings: number;
}

export interface RecognitionCandidate extends RecognitionInput {
  rank: number;
  score: number;
  shares: Record<RecognitionCriterion, number>;
}

const round = (value: number, decimals: number) =>
  Math.round(value * 10 ** decimals) / 10 ** decimals;

/**
 * Ranks the companies that did something this year (a session held or a pupil placed), best
 * first; equal scores share a rank, and more ratings, then the name, order them.
 */
export function recognitionRanking(inputs: readonly RecognitionInput[]): RecognitionCandidate[] {
  const active = inputs.filter((input) => input.heldSessions + input.placements > 0);
  const mostVolume = Math.max(0, ...active.map((input) => input.heldSessions + input.placements));
  const mostHours = Math.max(0, ...active.map((input) => input.inKindHours));
  const scored = active.map((input) => {
    const planned = input.heldSessions + input.cancelledSessions;
    const shares: Record<RecognitionCriterion, number> = {
      rating: input.averageRating === null ? 0 : (input.averageRating - 1) / 4,
      reliability: planned === 0 ? 1 : input.heldSessions / planned,
      volume: mostVolume === 0 ? 0 : (input.heldSessions + input.placements) / mostVolume,
      hours: mostHours === 0 ? 0 : input.inKindHours / mostHours,
    };
    const score = recognitionCriteria.reduce((sum, c) => sum + c.weight * shares[c.key], 0);
    return { ...input, shares: roundShares(shares), score: round(score, 1) };
  });
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      b.ratings - a.ratings ||
      a.companyName.localeCompare(b.companyName, 'nl'),
  );
  return scored.map((candidate, index) => ({
    ...candidate,
    rank:
      index > 0 && scored[index - 1]!.score === candidate.score
        ? rankBefore(scored, index)
        : index + 1,
  }));
}

function roundShares(shares: Record<RecognitionCriterion, number>) {
  return Object.fromEntries(
    Object.entries(shares).map(([key, share]) => [key, round(share, 3)]),
  ) as Record<RecognitionCriterion, number>;
}

/** The rank of the first of a run of equal scores ending at `index`. */
function rankBefore(scored: readonly { score: number }[], index: number): number {
  let first = index;
  while (first > 0 && scored[first - 1]!.score === scored[index]!.score) first -= 1;
  return first + 1;
}
