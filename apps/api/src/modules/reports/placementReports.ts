import type { Database } from '@stagebureau/db';
import {
  internshipPlacesReport,
  placementCoverageReport,
  previousSchoolYear,
  schoolYearRange,
  type InternshipPlacesReport,
  type PlacementCoverageReport,
} from '@stagebureau/domain';
import { offeredPlaces, placedParticipants } from '../placements/readModels';
import { schoolsWithStudents } from './activityRepo';

/**
 * Pupils with a placement (accepted, signed, completed) whose period starts in the school year,
 * per school and profile, against the region's active schools. Counts only, no names.
 */
export async function placementCoverageFor(
  db: Database,
  regionId: string,
  schoolYear: string,
): Promise<PlacementCoverageReport> {
  const [placed, schools] = await Promise.all([
    placedParticipants(db, regionId, schoolYearRange(schoolYear)),
    schoolsWithStudents(db, regionId),
  ]);
  return placementCoverageReport(
    schoolYear,
    placed,
    schools.map((school) => ({ id: school.schoolId, name: school.name })),
  );
}

/** Internship places offered (Σ capacity) and filled, this school year against the one before. */
export async function internshipPlacesFor(
  db: Database,
  regionId: string,
  schoolYear: string,
): Promise<InternshipPlacesReport> {
  const period = {
    from: schoolYearRange(previousSchoolYear(schoolYear)).from,
    until: schoolYearRange(schoolYear).until,
  };
  return internshipPlacesReport(schoolYear, await offeredPlaces(db, regionId, period));
}
