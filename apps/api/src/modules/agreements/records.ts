import type { Database } from '@stagebureau/db';
import {
  emptyCompanyYearRecords,
  schoolYearRange,
  type CompanyYearRecords,
  type HeldActivity,
} from '@stagebureau/domain';
import { supervisionActivities } from '../placements/attendance';
import { confirmedPlacementStarts } from '../placements/readModels';
import { heldActivities } from '../reports/service';
import { acceptedSignUpsByCompany } from '../requests/readModels';

/**
 * Everything the region's companies did in one school year, read through the modules that own
 * the records (reports: held sessions; placements: supervision and confirmed placements;
 * requests: accepted sign-ups). Optionally for one company only.
 */
export interface YearRecords {
  held: HeldActivity[];
  supervision: HeldActivity[];
  placements: { companyId: string; startsAt: Date }[];
  signUps: { companyId: string; signUps: number }[];
}

export async function yearRecords(
  db: Database,
  regionId: string,
  schoolYear: string,
  companyId?: string,
): Promise<YearRecords> {
  const period = schoolYearRange(schoolYear);
  const filters = { period, companyId };
  const [held, supervision, placements, signUps] = await Promise.all([
    heldActivities(db, regionId, filters),
    supervisionActivities(db, regionId, filters),
    confirmedPlacementStarts(db, regionId, period),
    acceptedSignUpsByCompany(db, regionId, schoolYear),
  ]);
  const ofCompany = <R extends { companyId: string }>(rows: R[]) =>
    companyId ? rows.filter((row) => row.companyId === companyId) : rows;
  return { held, supervision, placements: ofCompany(placements), signUps: ofCompany(signUps) };
}

/** One company's records out of the year's. */
export function recordsOfCompany(year: YearRecords, companyId: string): CompanyYearRecords {
  const mine = <R extends { companyId: string }>(rows: R[]) =>
    rows.filter((row) => row.companyId === companyId);
  return {
    ...emptyCompanyYearRecords,
    held: mine(year.held),
    supervision: mine(year.supervision),
    confirmedPlacements: mine(year.placements).length,
    acceptedSignUps: mine(year.signUps).reduce((sum, row) => sum + row.signUps, 0),
  };
}
