import { fitsAudience, type OfferAudience, type SchoolClass } from '@stagebureau/domain';

/** A class the offer does not invite, with what does not fit (level, year or profile). */
export interface UnfitClass {
  name: string;
  mismatch: 'level' | 'schoolYear' | 'vmboProfile';
}

/**
 * The school's classes split by the offer's audience (fitsAudience, the rule the booking path
 * applies): only fitting ones are offered, and the page says why the others are not.
 */
export function classesFor(offer: OfferAudience, classes: SchoolClass[]) {
  const fitting: SchoolClass[] = [];
  const unfit: UnfitClass[] = [];
  for (const schoolClass of classes) {
    const fit = fitsAudience(offer, schoolClass);
    if (fit.ok) fitting.push(schoolClass);
    else
      unfit.push({
        name: schoolClass.name,
        mismatch: (fit.meta?.mismatch as UnfitClass['mismatch'] | undefined) ?? 'level',
      });
  }
  return { classes: fitting, unfitClasses: unfit };
}
