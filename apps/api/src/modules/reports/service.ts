import type { Database } from '@stagebureau/db';
import {
  coFinancingReport,
  coverageReport,
  engagementReport,
  fairnessReport,
  giniByYear,
  periodOf,
  pupilBaseOf,
  schoolYearOf,
  schoolYearRange,
  type CoFinancingReport,
  type ReportQuery,
} from '@stagebureau/domain';
import {
  classLevels,
  heldActivities,
  regionForReport,
  schoolsWithStudents,
  seatActivities,
} from './activityRepo';
import { duoPupilsBySchool } from '../organisations/service';
import { supervisionActivities } from '../placements/attendance';
import { companyActivityCounts, heldSessionStarts, schoolRatings } from './engagementRepo';
import { allocationOutcomes, seatRows, waitlistHistory } from './fairnessRepo';

type Filters = Omit<ReportQuery, 'format'>;

/** What other modules read of the reports' queries (agreements and targets, issue 17). */
export { companyInRegion, heldActivities, regionForReport } from './activityRepo';

/**
 * In-kind co-financing of the activities that took place in the filtered period, and of the
 * supervision hours confirmed for placements (one row per place, at its type's rate).
 */
export async function coFinancingFor(
  db: Database,
  regionId: string,
  filters: Filters,
): Promise<CoFinancingReport> {
  const { settings } = await regionForReport(db, regionId);
  const activityFilters = {
    period: periodOf(filters),
    companyId: filters.companyId,
    offerType: filters.offerType,
  };
  const [activities, supervision] = await Promise.all([
    heldActivities(db, regionId, activityFilters),
    supervisionActivities(db, regionId, activityFilters),
  ]);
  return coFinancingReport([...activities, ...supervision], settings);
}

/**
 * The region's active schools with their pupils for a school year: DUO's count where the
 * region imported it, else the seats of the school's active classes (pupilBaseOf).
 */
async function schoolsWithPupils(db: Database, regionId: string, schoolYear: string) {
  const [schools, duo] = await Promise.all([
    schoolsWithStudents(db, regionId),
    duoPupilsBySchool(db, regionId, schoolYear),
  ]);
  return schools.map((school) => {
    const base = pupilBaseOf(school.students, duo.get(school.schoolId));
    return { ...school, base, students: base.pupils, source: base.source };
  });
}

/** Coverage defaults to the current school year, so "no activity this year" means this year. */
export async function coverageFor(db: Database, regionId: string, filters: Filters, now: Date) {
  const bounded = filters.schoolYear || filters.calendarYear || filters.from || filters.to;
  const schoolYear = filters.schoolYear ?? (bounded ? null : schoolYearOf(now));
  const period = periodOf({ ...filters, schoolYear: schoolYear ?? undefined });
  const [activities, schools, levels] = await Promise.all([
    seatActivities(db, regionId, { ...filters, period }),
    schoolsWithPupils(db, regionId, schoolYear ?? schoolYearOf(period.from ?? now)),
    classLevels(db, regionId),
  ]);
  const report = coverageReport(
    activities,
    schools.map((s) => ({ id: s.schoolId, name: s.name, pupils: s.base })),
    levels,
  );
  return { schoolYear, ...report };
}

/** Fairness in one school year (default: the current one) and the Gini over all years. */
export async function fairnessFor(db: Database, regionId: string, filters: Filters, now: Date) {
  const schoolYear = filters.schoolYear ?? schoolYearOf(now);
  const period = schoolYearRange(schoolYear);
  const [schools, seats, allocations, waitlisted] = await Promise.all([
    schoolsWithPupils(db, regionId, schoolYear),
    seatRows(db, regionId),
    allocationOutcomes(db, regionId, period),
    waitlistHistory(db, regionId, period),
  ]);
  const inYear = seats.filter((row) => row.startsAt >= period.from && row.startsAt < period.until);
  return {
    schoolYear,
    ...fairnessReport(schools, inYear, allocations, waitlisted),
    giniByYear: giniByYear(schools, seats),
  };
}

/** Company engagement in one school year (default: the current one). */
export async function engagementFor(db: Database, regionId: string, filters: Filters, now: Date) {
  const schoolYear = filters.schoolYear ?? schoolYearOf(now);
  const period = schoolYearRange(schoolYear);
  const [counts, starts, ratings] = await Promise.all([
    companyActivityCounts(db, regionId, period),
    heldSessionStarts(db, regionId),
    schoolRatings(db, regionId, period),
  ]);
  return engagementReport(schoolYear, counts, starts, ratings);
}
