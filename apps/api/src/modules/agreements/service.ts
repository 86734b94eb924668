import type { Database } from '@stagebureau/db';
import {
  DomainError,
  agreementFulfilment,
  agreementMeasures,
  isBureau,
  measureActuals,
  overallStatus,
  shortfallSeasonStart,
  agreementShortfallsOf,
  type Actor,
  type Agreement,
  type PutAgreement,
  type ShortfallList,
} from '@stagebureau/domain';
import { authorise } from '../../plugins/auth';
import { auditActorOf, recordAudit } from '../audit/record';
import { companyInRegion } from '../reports/service';
import { recordsOfCompany, yearRecords, type YearRecords } from './records';
import {
  deleteAgreement,
  ensureAgreement,
  findAgreements,
  lockAgreement,
  replaceItems,
  type AgreementRow,
} from './repo';

/** The company of the region (another region's or a school: 404), then may the actor act. */
async function companyFor(
  db: Database,
  actor: Actor,
  companyId: string,
  action: 'agreement.read' | 'agreement.write',
) {
  const company = await companyInRegion(db, actor.regionId, companyId);
  if (!company) throw new DomainError('not_found');
  authorise(actor, action, { regionId: actor.regionId, organisationId: company.id });
  return company;
}

/** The bureau's overviews: every company's agreements. */
function authoriseOverview(actor: Actor) {
  authorise(actor, 'agreement.read', { regionId: actor.regionId });
  if (!isBureau(actor.role)) throw new DomainError('forbidden');
}

function withFulfilment(row: AgreementRow, year: YearRecords, now: Date): Agreement {
  const actuals = measureActuals(recordsOfCompany(year, row.companyId));
  const items = agreementFulfilment(row.items, actuals, row.schoolYear, now);
  return {
    id: row.id,
    companyId: row.companyId,
    companyName: row.companyName,
    schoolYear: row.schoolYear,
    notes: row.notes,
    status: overallStatus(items),
    items,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Rows with their live fulfilment, reading each school year's records once. */
async function fulfilled(
  db: Database,
  regionId: string,
  rows: AgreementRow[],
  now: Date,
  companyId?: string,
): Promise<Agreement[]> {
  const years = [...new Set(rows.map((row) => row.schoolYear))];
  const records = new Map(
    await Promise.all(
      years.map(async (year) => [year, await yearRecords(db, regionId, year, companyId)] as const),
    ),
  );
  return rows.map((row) => withFulfilment(row, records.get(row.schoolYear)!, now));
}

/** A company's agreements of every year, newest first. */
export async function agreementsOfCompany(
  db: Database,
  actor: Actor,
  companyId: string,
  now: Date,
) {
  const company = await companyFor(db, actor, companyId, 'agreement.read');
  const rows = await findAgreements(db, actor.regionId, { companyId: company.id });
  return { schoolYear: null, items: await fulfilled(db, actor.regionId, rows, now, company.id) };
}

/** Every company's agreement of one school year (the bureau's overview). */
export async function agreementsOfYear(db: Database, actor: Actor, schoolYear: string, now: Date) {
  authoriseOverview(actor);
  const rows = await findAgreements(db, actor.regionId, { schoolYear });
  return { schoolYear, items: await fulfilled(db, actor.regionId, rows, now) };
}

/** From 1 May of the year: every commitment not met yet. */
export async function shortfallsOfYear(
  db: Database,
  actor: Actor,
  schoolYear: string,
  now: Date,
): Promise<ShortfallList> {
  const { items } = await agreementsOfYear(db, actor, schoolYear, now);
  return {
    schoolYear,
    from: shortfallSeasonStart(schoolYear).toISOString(),
    items: agreementShortfallsOf(items, schoolYear, now),
  };
}

const ordered = (items: PutAgreement['items']) =>
  [...items].sort(
    (a, b) => agreementMeasures.indexOf(a.measure) - agreementMeasures.indexOf(b.measure),
  );

/** Creates or replaces a year's agreement; the same body twice changes (and audits) nothing. */
export async function putAgreement(
  db: Database,
  actor: Actor,
  companyId: string,
  schoolYear: string,
  input: PutAgreement,
  now: Date,
): Promise<Agreement> {
  const company = await companyFor(db, actor, companyId, 'agreement.write');
  await db.transaction(async (tx) => {
    const existing = await lockAgreement(tx, company.id, schoolYear);
    const before = existing ? { notes: existing.notes, items: ordered(existing.items) } : null;
    const after = { notes: input.notes, items: ordered(input.items) };
    if (before && JSON.stringify(before) === JSON.stringify(after)) return;
    const agreement =
      existing ??
      (await ensureAgreement(tx, {
        regionId: actor.regionId,
        companyId: company.id,
        schoolYear,
        createdBy: actor.userId,
      }));
    await replaceItems(tx, agreement.id, after.notes, after.items);
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'company_agreement',
      entityId: agreement.id,
      action: existing ? 'updated' : 'created',
      before: before ?? undefined,
      after: { companyId: company.id, schoolYear, ...after },
    });
  });
  const rows = await findAgreements(db, actor.regionId, { companyId: company.id, schoolYear });
  const [agreement] = await fulfilled(db, actor.regionId, rows, now, company.id);
  return agreement!;
}

/** Removes a year's agreement with its items; none to remove: 404. */
export async function removeAgreement(
  db: Database,
  actor: Actor,
  companyId: string,
  schoolYear: string,
) {
  const company = await companyFor(db, actor, companyId, 'agreement.write');
  await db.transaction(async (tx) => {
    const existing = await lockAgreement(tx, company.id, schoolYear);
    if (!existing) throw new DomainError('not_found');
    await deleteAgreement(tx, existing.id);
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'company_agreement',
      entityId: existing.id,
      action: 'deleted',
      before: { companyId: company.id, schoolYear, notes: existing.notes, items: existing.items },
    });
  });
}
