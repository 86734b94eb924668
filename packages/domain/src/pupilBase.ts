/**
 * How many pupils a school has, for weighting allocation rounds and as the denominator of
 * coverage and fairness: DUO's official count per location (summed over the school's
 * locations, the newest school year up to the one asked; issue 21) when the region imported
 * it, else the seats of the school's active classes — which is all the product knew before.
 */
export const pupilSources = ['duo', 'classes'] as const;
export type PupilSource = (typeof pupilSources)[number];
/** How exports name the source (the web has its own i18n texts). */
export const pupilSourceLabelsNl: Record<PupilSource, string> = { duo: 'DUO', classes: 'klassen' };

export interface PupilBase {
  pupils: number;
  source: PupilSource;
  /** The DUO school year counted (`2025-2026`), null for class seats. */
  schoolYear: string | null;
}

export function pupilBaseOf(
  classSeats: number,
  duo: { pupils: number; schoolYear: string } | undefined,
): PupilBase {
  return duo && duo.pupils > 0
    ? { pupils: duo.pupils, source: 'duo', schoolYear: duo.schoolYear }
    : { pupils: classSeats, source: 'classes', schoolYear: null };
}
