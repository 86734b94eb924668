import type { Database, Transaction } from '@stagebureau/db';
import {
  DomainError,
  classImportColumns,
  classImportHeader,
  companyImportColumns,
  companyImportHeader,
  planClassImport,
  planOrganisationImport,
  schoolImportColumns,
  schoolImportHeader,
  type ImportPlan,
} from '@stagebureau/domain';
import { storedClassesOf, writeImportedClasses } from '../classes/classImport';
import {
  schoolLocationRefs,
  storedImportOrganisations,
  writeImportedOrganisations,
} from '../organisations/organisationImport';
import { sectorsOf } from '../region/service';
import type { Planned, RegionFacts } from './kinds';
import { readRows, type ReadRows } from './tables';
import type { ImportFile } from './upload';

type Db = Database | Transaction;

const planned = <W>(
  read: ReadRows,
  plan: ImportPlan<W>,
  write: (tx: Transaction) => Promise<void>,
): Planned => ({
  plan: { ...plan, problems: [...read.problems, ...plan.problems] },
  rows: read.rows.length + read.problems.length,
  encoding: read.encoding,
  schoolYear: null,
  write,
});

/** A school's classes (the school was chosen and authorised by the route). */
export async function planClasses(
  db: Db,
  region: RegionFacts,
  file: ImportFile,
  schoolId: string | null,
): Promise<Planned> {
  if (!schoolId) throw new DomainError('validation_failed', 'which school? send organisationId');
  const read = await readRows(file, classImportColumns, classImportHeader);
  const plan = planClassImport(read.rows, {
    classes: await storedClassesOf(db, region.id, schoolId),
    locations: await schoolLocationRefs(db, region.id, schoolId),
  });
  return planned(read, plan, (tx) => writeImportedClasses(tx, region.id, schoolId, plan.writes));
}

/** Companies (key: KvK number) or schools (key: BRIN code) of the region. */
export async function planOrganisations(
  db: Db,
  region: RegionFacts,
  file: ImportFile,
  kind: 'company' | 'school',
): Promise<Planned> {
  const read =
    kind === 'company'
      ? await readRows(file, companyImportColumns, companyImportHeader)
      : await readRows(file, schoolImportColumns, schoolImportHeader);
  const plan = planOrganisationImport(read.rows, kind, {
    organisations: await storedImportOrganisations(db, region.id, kind),
    sectors: kind === 'company' ? await sectorsOf(db, region.id) : [],
  });
  return planned(read, plan, (tx) => writeImportedOrganisations(tx, region.id, plan.writes));
}
