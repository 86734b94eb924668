import { gini } from '../allocation/fairness';
import type { PupilSource } from '../pupilBase';
import type { BookingStatus } from '../vocabulary';
import { schoolYearOf } from './calendar';

export interface SchoolStudents {
  schoolId: string;
  name: string;
  /** DUO's pupils when imported, else the sizes of the school's active classes (pupilBaseOf). */
  students: number;
  /** Where `students` comes from; class seats when not given. */
  source?: PupilSource;
}

/** A school's request in a published allocation round and where it was placed. */
export interface AllocationOutcome {
  schoolId: string;
  /** 1 = first preference; `null` = not placed. */
  placedPreferenceRank: number | null;
}

/** A booking that waited on a waitlist at some point, with its status now. */
export interface WaitlistHistory {
  schoolId: string;
  status: BookingStatus;
}

export type WaitlistOutcome = 'promoted' | 'waiting' | 'cancelled' | 'other';

/** Where a once-waitlisted booking ended up. */
export function waitlistOutcomeOf(status: BookingStatus): WaitlistOutcome {
  if (status === 'confirmed' || status === 'completed' || status === 'no_show') return 'promoted';
  if (status === 'waitlisted') return 'waiting';
  if (status === 'cancelled') return 'cancelled';
  return 'other';
}

export interface SchoolSeatFairness {
  schoolId: string;
  name: string;
  students: number;
  studentsSource: PupilSource;
  studentShare: number;
  seats: number;
  seatShare: number;
  /** seatShare / studentShare: 1 is a fair share, below 1 less than its share; null without students. */
  shareRatio: number | null;
  requests: number;
  firstPreferenceRate: number | null;
  waitlist: Record<WaitlistOutcome, number>;
}

export interface FairnessReport {
  schools: SchoolSeatFairness[];
  /** Gini of the schools' seats per student in this period: 0 is perfectly even. */
  gini: number;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

/** Inequality of seats per student between schools (schools without students left out). */
export function seatsPerStudentGini(
  schools: readonly SchoolStudents[],
  seatsBySchool: ReadonlyMap<string, number>,
): number {
  return gini(
    schools
      .filter((school) => school.students > 0)
      .map((school) => (seatsBySchool.get(school.schoolId) ?? 0) / school.students),
  );
}

/** Each school's share of seats against its share of students, allocation and waitlist results. */
export function fairnessReport(
  schools: readonly SchoolStudents[],
  seats: readonly { schoolId: string; seats: number }[],
  allocations: readonly AllocationOutcome[],
  waitlisted: readonly WaitlistHistory[],
): FairnessReport {
  const seatsBySchool = new Map<string, number>();
  for (const row of seats) {
    seatsBySchool.set(row.schoolId, (seatsBySchool.get(row.schoolId) ?? 0) + row.seats);
  }
  const totalStudents = schools.reduce((sum, school) => sum + school.students, 0);
  const totalSeats = schools.reduce((sum, s) => sum + (seatsBySchool.get(s.schoolId) ?? 0), 0);
  const rows = schools.map((school): SchoolSeatFairness => {
    const own = allocations.filter((a) => a.schoolId === school.schoolId);
    const waitlist = { promoted: 0, waiting: 0, cancelled: 0, other: 0 };
    for (const entry of waitlisted.filter((w) => w.schoolId === school.schoolId)) {
      waitlist[waitlistOutcomeOf(entry.status)] += 1;
    }
    const studentShare = ratio(school.students, totalStudents);
    const schoolSeats = seatsBySchool.get(school.schoolId) ?? 0;
    const seatShare = ratio(schoolSeats, totalSeats);
    return {
      schoolId: school.schoolId,
      name: school.name,
      students: school.students,
      studentsSource: school.source ?? 'classes',
      studentShare,
      seats: schoolSeats,
      seatShare,
      shareRatio: studentShare === 0 ? null : seatShare / studentShare,
      requests: own.length,
      firstPreferenceRate:
        own.length === 0
          ? null
          : own.filter((a) => a.placedPreferenceRank === 1).length / own.length,
      waitlist,
    };
  });
  return {
    schools: rows.sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    gini: seatsPerStudentGini(schools, seatsBySchool),
  };
}

/** The Gini of seats per student for every school year that has seats, oldest first. */
export function giniByYear(
  schools: readonly SchoolStudents[],
  seats: readonly { schoolId: string; startsAt: Date; seats: number }[],
): { schoolYear: string; gini: number }[] {
  const perYear = new Map<string, Map<string, number>>();
  for (const row of seats) {
    const year = schoolYearOf(row.startsAt);
    const bySchool = perYear.get(year) ?? new Map<string, number>();
    bySchool.set(row.schoolId, (bySchool.get(row.schoolId) ?? 0) + row.seats);
    perYear.set(year, bySchool);
  }
  return [...perYear.keys()].sort().map((schoolYear) => ({
    schoolYear,
    gini: seatsPerStudentGini(schools, perYear.get(schoolYear)!),
  }));
}
