import type { Database, Transaction } from '@stagebureau/db';
import {
  DomainError,
  duoLocationColumns,
  duoLocationsHeader,
  duoPupilColumns,
  duoPupilsHeader,
  planDuoLocations,
  planDuoPupilCounts,
  planSchoolHolidays,
  pupilSchoolYearOf,
  readSchoolHolidays,
  shippedSchoolHolidays,
  type HolidayRegion,
  type ImportKind,
  type ImportPlan,
  type ImportProblem,
  type RegionSettings,
  type TextEncoding,
} from '@stagebureau/domain';
import { storedSchoolHolidays, writeSchoolHolidays } from '../blackouts/holidayImport';
import {
  holidayRegionsOfLocations,
  locationsByCode,
  storedPupilCounts,
  storedSchoolLocations,
  writePupilCounts,
  writeSchoolLocations,
} from '../organisations/duoRecords';
import { planClasses, planOrganisations } from './spreadsheetKinds';
import { readRows } from './tables';
import { parseJsonFile, type ImportFile } from './upload';

type Db = Database | Transaction;

export interface RegionFacts {
  id: string;
  holidayRegion: HolidayRegion;
  settings: RegionSettings;
}

/** A planned import: the dry run, and how to write it inside the apply's transaction. */
export interface Planned {
  plan: ImportPlan<unknown>;
  rows: number;
  encoding: TextEncoding | null;
  schoolYear: string | null;
  write(tx: Transaction): Promise<void>;
}

const withTableProblems = <W>(plan: ImportPlan<W>, problems: ImportProblem[]): ImportPlan<W> => ({
  ...plan,
  problems: [...problems, ...plan.problems],
});

async function planLocations(db: Db, region: RegionFacts, file: ImportFile): Promise<Planned> {
  const read = await readRows(file, duoLocationColumns, duoLocationsHeader);
  const stored = await storedSchoolLocations(db, region.id);
  const plan = planDuoLocations(read.rows, stored, region.settings.importArea);
  return {
    plan: withTableProblems(plan, read.problems),
    rows: read.rows.length + read.problems.length,
    encoding: read.encoding,
    schoolYear: null,
    write: (tx) => writeSchoolLocations(tx, region.id, plan.writes),
  };
}

async function planPupils(db: Db, region: RegionFacts, file: ImportFile): Promise<Planned> {
  const schoolYear = pupilSchoolYearOf(file.fields.schoolYear, file.fileName);
  if (!schoolYear)
    throw new DomainError(
      'validation_failed',
      'which school year? send the field schoolYear (e.g. 2025-2026)',
      {
        errors: [{ path: 'body.schoolYear', message: 'a school year such as 2025-2026' }],
      },
    );
  const read = await readRows(file, duoPupilColumns, duoPupilsHeader);
  const plan = planDuoPupilCounts(read.rows, {
    locationsByCode: await locationsByCode(db, region.id),
    counts: await storedPupilCounts(db, region.id, schoolYear),
  });
  return {
    plan: withTableProblems(plan, read.problems),
    rows: read.rows.length + read.problems.length,
    encoding: read.encoding,
    schoolYear,
    write: (tx) => writePupilCounts(tx, region.id, schoolYear, plan.writes),
  };
}

/**
 * Holidays are imported for the holiday regions the region's schools are in: the region's own
 * and any its DUO locations name. Other regions' holidays are skipped, not stored.
 */
async function planHolidays(db: Db, region: RegionFacts, json: unknown): Promise<Planned> {
  const read = readSchoolHolidays(json);
  if (!read)
    throw new DomainError('file_content_mismatch', 'not a Rijksoverheid school-holiday document');
  if (read.periods.length === 0 && read.problems.length === 0)
    throw new DomainError('import_file_empty', 'the document holds no holidays');
  const inUse = new Set<HolidayRegion>([
    region.holidayRegion,
    ...(await holidayRegionsOfLocations(db, region.id)),
  ]);
  const plan = planSchoolHolidays(read.periods, await storedSchoolHolidays(db, region.id), inUse);
  return {
    plan: withTableProblems(plan, read.problems),
    rows: read.periods.length + read.problems.length,
    encoding: null,
    schoolYear: null,
    write: (tx) => writeSchoolHolidays(tx, region.id, plan.writes),
  };
}

/**
 * The plan of an import of this kind; `schoolId` is the school a classes import is for,
 * chosen and authorised by the route.
 */
export async function planImport(
  db: Db,
  region: RegionFacts,
  kind: ImportKind,
  file: ImportFile | null,
  schoolId: string | null = null,
): Promise<Planned> {
  if (kind === 'shipped-school-holidays') return planHolidays(db, region, shippedSchoolHolidays);
  if (!file) throw new DomainError('validation_failed', 'a file is required');
  switch (kind) {
    case 'school-holidays':
      return planHolidays(db, region, parseJsonFile(file.bytes));
    case 'duo-locations':
      return planLocations(db, region, file);
    case 'duo-pupil-counts':
      return planPupils(db, region, file);
    case 'classes':
      return planClasses(db, region, file, schoolId);
    case 'companies':
      return planOrganisations(db, region, file, 'company');
    case 'schools':
      return planOrganisations(db, region, file, 'school');
  }
}
