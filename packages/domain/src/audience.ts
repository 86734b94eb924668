import { fail, ok, type Outcome } from './outcome';

export interface OfferAudience {
  levels: readonly string[];
  schoolYears: readonly number[];
  vmboProfiles: readonly string[];
}

export interface ClassProfile {
  educationLevel: string;
  schoolYear: number;
  vmboProfile: string | null;
}

/**
 * Whether a class belongs to an offer's audience. Each empty list means "everyone". A profile
 * restriction only concerns vmbo classes (other levels have no vmbo profile); a vmbo class
 * without a profile (years 1–2) does not match a profile-restricted offer.
 */
export function fitsAudience(offer: OfferAudience, schoolClass: ClassProfile): Outcome<true> {
  if (offer.levels.length > 0 && !offer.levels.includes(schoolClass.educationLevel)) {
    return fail('audience_mismatch', `level ${schoolClass.educationLevel} is not invited`, {
      mismatch: 'level',
    });
  }
  if (offer.schoolYears.length > 0 && !offer.schoolYears.includes(schoolClass.schoolYear)) {
    return fail('audience_mismatch', `year ${schoolClass.schoolYear} is not invited`, {
      mismatch: 'schoolYear',
    });
  }
  const isVmbo = schoolClass.educationLevel.startsWith('vmbo');
  if (
    isVmbo &&
    offer.vmboProfiles.length > 0 &&
    (schoolClass.vmboProfile === null || !offer.vmboProfiles.includes(schoolClass.vmboProfile))
  ) {
    return fail('audience_mismatch', 'the class profile is not invited', {
      mismatch: 'vmboProfile',
    });
  }
  return ok(true);
}
