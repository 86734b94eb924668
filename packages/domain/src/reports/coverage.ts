import type { PupilBase, PupilSource } from '../pupilBase';
import type { EducationLevel, OfferType } from '../vocabulary';
import { monthOf } from './calendar';

/** One counted booking (confirmed or completed): a class at a session. */
export interface SeatActivity {
  schoolId: string;
  educationLevel: EducationLevel;
  vmboProfile: string | null;
  sectorTags: string[];
  offerType: OfferType;
  startsAt: Date;
  seats: number;
}

export interface CoverageBucket {
  key: string;
  activities: number;
  seats: number;
}

export interface CoverageReport {
  bySchool: (CoverageBucket & {
    name: string;
    noActivity: boolean;
    /** The school's pupils (DUO, else class seats) and seats per pupil: its reach. */
    pupils: number;
    pupilSource: PupilSource;
    seatsPerPupil: number | null;
  })[];
  byLevel: (CoverageBucket & { noActivity: boolean })[];
  byVmboProfile: CoverageBucket[];
  bySectorTag: CoverageBucket[];
  byOfferType: CoverageBucket[];
  byMonth: CoverageBucket[];
  total: { activities: number; seats: number };
  schoolsWithoutActivity: string[];
  levelsWithoutActivity: EducationLevel[];
}

function tally(
  activities: readonly SeatActivity[],
  keysOf: (activity: SeatActivity) => readonly string[],
  universe: readonly string[] = [],
): CoverageBucket[] {
  const buckets = new Map<string, CoverageBucket>(
    universe.map((key) => [key, { key, activities: 0, seats: 0 }]),
  );
  for (const activity of activities) {
    for (const key of new Set(keysOf(activity))) {
      const bucket = buckets.get(key) ?? { key, activities: 0, seats: 0 };
      bucket.activities += 1;
      bucket.seats += activity.seats;
      buckets.set(key, bucket);
    }
  }
  return [...buckets.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * Where the activity went. `schools` and `levels` are the region's active schools and the
 * education levels its classes have, so that those with nothing this period show up (and are
 * flagged) instead of silently missing. Sector tags count an activity once per tag; a class
 * without a vmbo profile falls under `none`.
 */
export function coverageReport(
  activities: readonly SeatActivity[],
  schools: readonly { id: string; name: string; pupils: PupilBase }[],
  levels: readonly EducationLevel[],
): CoverageReport {
  const schoolOf = new Map(schools.map((school) => [school.id, school]));
  const bySchool = tally(
    activities,
    (a) => [a.schoolId],
    schools.map((s) => s.id),
  )
    .map((bucket) => {
      const pupils = schoolOf.get(bucket.key)?.pupils;
      return {
        ...bucket,
        name: schoolOf.get(bucket.key)?.name ?? '',
        noActivity: bucket.activities === 0,
        pupils: pupils?.pupils ?? 0,
        pupilSource: pupils?.source ?? 'classes',
        seatsPerPupil: pupils && pupils.pupils > 0 ? bucket.seats / pupils.pupils : null,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const byLevel = tally(activities, (a) => [a.educationLevel], levels).map((bucket) => ({
    ...bucket,
    noActivity: bucket.activities === 0,
  }));
  return {
    bySchool,
    byLevel,
    byVmboProfile: tally(activities, (a) => [a.vmboProfile ?? 'none']),
    bySectorTag: tally(activities, (a) => a.sectorTags),
    byOfferType: tally(activities, (a) => [a.offerType]),
    byMonth: tally(activities, (a) => [monthOf(a.startsAt)]),
    total: {
      activities: activities.length,
      seats: activities.reduce((sum, a) => sum + a.seats, 0),
    },
    schoolsWithoutActivity: bySchool.filter((b) => b.noActivity).map((b) => b.key),
    levelsWithoutActivity: byLevel.filter((b) => b.noActivity).map((b) => b.key as EducationLevel),
  };
}
