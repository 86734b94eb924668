import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import {
  companyAgreementItems,
  companyAgreements,
  organisations,
  type Database,
  type Transaction,
} from '@stagebureau/db';
import type { AgreementMeasure } from '@stagebureau/domain';

type Db = Database | Transaction;

export interface AgreementRow {
  id: string;
  companyId: string;
  companyName: string;
  schoolYear: string;
  notes: string;
  updatedAt: Date;
  items: { measure: AgreementMeasure; quantity: number }[];
}

/** Agreements with their items: of one company (all years), or of the region in one year. */
export async function findAgreements(
  db: Db,
  regionId: string,
  filter: { companyId?: string; schoolYear?: string },
): Promise<AgreementRow[]> {
  const rows = await db
    .select({
      id: companyAgreements.id,
      companyId: companyAgreements.companyId,
      companyName: organisations.name,
      schoolYear: companyAgreements.schoolYear,
      notes: companyAgreements.notes,
      updatedAt: companyAgreements.updatedAt,
    })
    .from(companyAgreements)
    .innerJoin(organisations, eq(organisations.id, companyAgreements.companyId))
    .where(
      and(
        eq(companyAgreements.regionId, regionId),
        filter.companyId ? eq(companyAgreements.companyId, filter.companyId) : undefined,
        filter.schoolYear ? eq(companyAgreements.schoolYear, filter.schoolYear) : undefined,
      ),
    )
    .orderBy(desc(companyAgreements.schoolYear), asc(organisations.name));
  if (rows.length === 0) return [];
  const items = await db
    .select()
    .from(companyAgreementItems)
    .where(
      inArray(
        companyAgreementItems.agreementId,
        rows.map((row) => row.id),
      ),
    );
  return rows.map((row) => ({
    ...row,
    items: items
      .filter((item) => item.agreementId === row.id)
      .map(({ measure, quantity }) => ({ measure, quantity })),
  }));
}

/** The agreement of a company and year, locked for the writer's transaction. */
export async function lockAgreement(tx: Transaction, companyId: string, schoolYear: string) {
  const [row] = await tx
    .select()
    .from(companyAgreements)
    .where(
      and(eq(companyAgreements.companyId, companyId), eq(companyAgreements.schoolYear, schoolYear)),
    )
    .for('update');
  if (!row) return null;
  const items = await tx
    .select({ measure: companyAgreementItems.measure, quantity: companyAgreementItems.quantity })
    .from(companyAgreementItems)
    .where(eq(companyAgreementItems.agreementId, row.id));
  return { ...row, items };
}

/** Creates the year's agreement, or finds the one a concurrent writer just made. */
export async function ensureAgreement(
  tx: Transaction,
  values: { regionId: string; companyId: string; schoolYear: string; createdBy: string },
) {
  await tx.insert(companyAgreements).values(values).onConflictDoNothing();
  return (await lockAgreement(tx, values.companyId, values.schoolYear))!;
}

export async function replaceItems(
  tx: Transaction,
  agreementId: string,
  notes: string,
  items: { measure: AgreementMeasure; quantity: number }[],
) {
  await tx
    .update(companyAgreements)
    .set({ notes, updatedAt: new Date() })
    .where(eq(companyAgreements.id, agreementId));
  await tx.delete(companyAgreementItems).where(eq(companyAgreementItems.agreementId, agreementId));
  await tx.insert(companyAgreementItems).values(items.map((item) => ({ ...item, agreementId })));
}

export async function deleteAgreement(tx: Transaction, agreementId: string) {
  await tx.delete(companyAgreements).where(eq(companyAgreements.id, agreementId));
}
