/**
 * The fair-share ledger's entry for one published round (architecture §6): per school, the share
 * of its requested seats it did not get — 0 when all were placed, 1 when none. The next
 * round of the school year lets the schools with the largest shortfall pick first.
 */
export function shortfallsOf(
  placements: readonly { schoolId: string; seats: number; placed: boolean }[],
): { schoolId: string; shortfall: number }[] {
  const perSchool = new Map<string, { requested: number; placed: number }>();
  for (const { schoolId, seats, placed } of placements) {
    const totals = perSchool.get(schoolId) ?? { requested: 0, placed: 0 };
    totals.requested += seats;
    if (placed) totals.placed += seats;
    perSchool.set(schoolId, totals);
  }
  return [...perSchool]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([schoolId, totals]) => ({ schoolId, shortfall: 1 - totals.placed / totals.requested }));
}
