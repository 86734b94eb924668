import {
  placeOfferTypes,
  type ParticipantKind,
  type PlaceOfferType,
} from '../placements/vocabulary';
import type { PlacementStatus } from '../placements/vocabulary';
import type { EducationLevel } from '../vocabulary';
import { previousSchoolYear, schoolYearRange } from './calendar';

/**
 * Placements the reports count as a place taken: accepted by the company, signed, or done.
 * Proposed, declined and cancelled ones are not (yet, or no longer) a placement.
 */
export const placedPlacementStatuses = [
  'accepted',
  'signed',
  'completed',
] as const satisfies readonly PlacementStatus[];

/** One counted placement, with what its participant is (no name). */
export interface PlacedParticipant {
  participantId: string;
  kind: ParticipantKind;
  schoolId: string;
  educationLevel: EducationLevel | null;
  vmboProfile: string | null;
}

export interface PlacementCoverageReport {
  schoolYear: string;
  /** Pupils with at least one placement; their placements; teachers placed (not pupils). */
  total: { pupils: number; placements: number; teachers: number };
  bySchool: {
    schoolId: string;
    name: string;
    pupils: number;
    placements: number;
    teachers: number;
    noPupilPlaced: boolean;
  }[];
  /** Per school, education level and vmbo profile (null: none, e.g. havo). */
  bySchoolAndProfile: {
    schoolId: string;
    name: string;
    educationLevel: EducationLevel | null;
    vmboProfile: string | null;
    pupils: number;
  }[];
  byLevel: { key: string; pupils: number }[];
  byVmboProfile: { key: string; pupils: number }[];
}

const distinctCount = (rows: readonly PlacedParticipant[]) =>
  new Set(rows.map((row) => row.participantId)).size;

function countBy(rows: readonly PlacedParticipant[], keyOf: (row: PlacedParticipant) => string) {
  const groups = new Map<string, PlacedParticipant[]>();
  for (const row of rows) groups.set(keyOf(row), [...(groups.get(keyOf(row)) ?? []), row]);
  return [...groups]
    .map(([key, inGroup]) => ({ key, pupils: distinctCount(inGroup) }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * Pupils with a placement per school and profile: a pupil counts once however many
 * placements they had; a teacher's own placement is counted apart, never as a pupil. `schools`
 * are the region's active schools, so a school without any placed pupil shows (and is flagged).
 */
export function placementCoverageReport(
  schoolYear: string,
  placed: readonly PlacedParticipant[],
  schools: readonly { id: string; name: string }[],
): PlacementCoverageReport {
  const pupils = placed.filter((row) => row.kind === 'pupil');
  const teachers = placed.filter((row) => row.kind === 'teacher');
  const names = new Map(schools.map((school) => [school.id, school.name]));
  for (const row of placed) if (!names.has(row.schoolId)) names.set(row.schoolId, '');
  const bySchool = [...names]
    .map(([schoolId, name]) => {
      const own = pupils.filter((row) => row.schoolId === schoolId);
      const ownTeachers = teachers.filter((row) => row.schoolId === schoolId);
      return {
        schoolId,
        name,
        pupils: distinctCount(own),
        placements: own.length,
        teachers: distinctCount(ownTeachers),
        noPupilPlaced: own.length === 0,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.schoolId.localeCompare(b.schoolId));
  const profileKey = (row: PlacedParticipant) =>
    JSON.stringify([row.schoolId, row.educationLevel, row.vmboProfile]);
  const bySchoolAndProfile = countBy(pupils, profileKey)
    .map(({ key, pupils: count }) => {
      const [schoolId, educationLevel, vmboProfile] = JSON.parse(key) as [
        string,
        EducationLevel | null,
        string | null,
      ];
      return {
        schoolId,
        name: names.get(schoolId) ?? '',
        educationLevel,
        vmboProfile,
        pupils: count,
      };
    })
    .sort(
      (a, b) =>
        a.name.localeCompare(b.name, 'nl') ||
        (a.educationLevel ?? '').localeCompare(b.educationLevel ?? '') ||
        (a.vmboProfile ?? '').localeCompare(b.vmboProfile ?? ''),
    );
  return {
    schoolYear,
    total: {
      pupils: distinctCount(pupils),
      placements: pupils.length,
      teachers: distinctCount(teachers),
    },
    bySchool,
    bySchoolAndProfile,
    byLevel: countBy(pupils, (row) => row.educationLevel ?? 'none'),
    byVmboProfile: countBy(pupils, (row) => row.vmboProfile ?? 'none'),
  };
}

/** One internship place (a period of a company) with its capacity and the places taken. */
export interface OfferedPlace {
  type: PlaceOfferType;
  startsAt: Date;
  /** Pupils (or teachers) the period takes. */
  capacity: number;
  /** Placements in `placedPlacementStatuses`. */
  filled: number;
}

export interface PlaceCounts {
  /** Place listings (periods) published. */
  listings: number;
  /** Σ capacity: the internship places offered. */
  offered: number;
  filled: number;
}

export interface InternshipPlacesReport {
  schoolYear: string;
  previousSchoolYear: string;
  byType: {
    type: PlaceOfferType;
    current: PlaceCounts;
    previous: PlaceCounts;
    change: PlaceCounts;
  }[];
  total: { current: PlaceCounts; previous: PlaceCounts; change: PlaceCounts };
}

const zero = (): PlaceCounts => ({ listings: 0, offered: 0, filled: 0 });
const add = (counts: PlaceCounts, place: OfferedPlace) => {
  counts.listings += 1;
  counts.offered += place.capacity;
  counts.filled += place.filled;
};
const minus = (a: PlaceCounts, b: PlaceCounts): PlaceCounts => ({
  listings: a.listings - b.listings,
  offered: a.offered - b.offered,
  filled: a.filled - b.filled,
});

/**
 * The region's internship places this school year against the one before, per place type: a
 * place belongs to the school year its period starts in (a period never crosses one). Places
 * starting outside both years are ignored.
 */
export function internshipPlacesReport(
  schoolYear: string,
  places: readonly OfferedPlace[],
): InternshipPlacesReport {
  const previous = previousSchoolYear(schoolYear);
  const ranges = { current: schoolYearRange(schoolYear), previous: schoolYearRange(previous) };
  const counts = new Map(
    placeOfferTypes.map((type) => [type, { current: zero(), previous: zero() }]),
  );
  const total = { current: zero(), previous: zero() };
  for (const place of places) {
    for (const year of ['current', 'previous'] as const) {
      const { from, until } = ranges[year];
      if (place.startsAt < from || place.startsAt >= until) continue;
      add(counts.get(place.type)![year], place);
      add(total[year], place);
    }
  }
  return {
    schoolYear,
    previousSchoolYear: previous,
    byType: placeOfferTypes.map((type) => {
      const { current, previous: before } = counts.get(type)!;
      return { type, current, previous: before, change: minus(current, before) };
    }),
    total: { ...total, change: minus(total.current, total.previous) },
  };
}
