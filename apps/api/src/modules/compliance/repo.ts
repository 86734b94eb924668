import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import {
  complianceDocuments,
  organisations,
  type Database,
  type Transaction,
} from '@stagebureau/db';
import type { DocumentStatus } from '@stagebureau/domain';

/** The compliance module owns `compliance_documents`: every write to it is here. */
type Db = Database | Transaction;
export type DocumentRow = typeof complianceDocuments.$inferSelect;
export interface DocumentWithCompany {
  document: DocumentRow;
  companyName: string;
}

const withCompany = { document: complianceDocuments, companyName: organisations.name };

export async function insertDocument(
  tx: Transaction,
  values: typeof complianceDocuments.$inferInsert,
) {
  const [row] = await tx.insert(complianceDocuments).values(values).returning();
  return row!;
}

export async function findDocument(
  db: Db,
  regionId: string,
  id: string,
  lock = false,
): Promise<DocumentWithCompany | null> {
  const query = db
    .select(withCompany)
    .from(complianceDocuments)
    .innerJoin(organisations, eq(organisations.id, complianceDocuments.organisationId))
    .where(and(eq(complianceDocuments.regionId, regionId), eq(complianceDocuments.id, id)));
  const [row] = lock ? await query.for('update', { of: complianceDocuments }) : await query;
  return row ?? null;
}

/** One company's papers, newest first; `statuses` narrows them (a school sees approved ones). */
export async function documentsOfCompany(
  db: Db,
  regionId: string,
  companyId: string,
  statuses?: readonly DocumentStatus[],
): Promise<DocumentWithCompany[]> {
  return db
    .select(withCompany)
    .from(complianceDocuments)
    .innerJoin(organisations, eq(organisations.id, complianceDocuments.organisationId))
    .where(
      and(
        eq(complianceDocuments.regionId, regionId),
        eq(complianceDocuments.organisationId, companyId),
        statuses ? inArray(complianceDocuments.status, [...statuses]) : undefined,
      ),
    )
    .orderBy(desc(complianceDocuments.createdAt), desc(complianceDocuments.id));
}

/** The most a queue answer holds; the oldest waiting papers come first. */
export const queueLimit = 500;

/** The region's papers (the bureau's queue), oldest first, with the company's name. */
export async function documentsOfRegion(
  db: Db,
  regionId: string,
  filter: { status?: DocumentStatus; organisationId?: string },
): Promise<DocumentWithCompany[]> {
  return db
    .select(withCompany)
    .from(complianceDocuments)
    .innerJoin(organisations, eq(organisations.id, complianceDocuments.organisationId))
    .where(
      and(
        eq(complianceDocuments.regionId, regionId),
        filter.status ? eq(complianceDocuments.status, filter.status) : undefined,
        filter.organisationId
          ? eq(complianceDocuments.organisationId, filter.organisationId)
          : undefined,
      ),
    )
    .orderBy(asc(complianceDocuments.createdAt), asc(complianceDocuments.id))
    .limit(queueLimit);
}

/** The bureau's decision on one locked, submitted row. */
export async function recordReview(
  tx: Transaction,
  id: string,
  review: { status: 'approved' | 'rejected'; reason: string | null; by: string | null; at: Date },
): Promise<DocumentRow> {
  const [row] = await tx
    .update(complianceDocuments)
    .set({
      status: review.status,
      reviewReason: review.reason,
      reviewedBy: review.by,
      reviewedAt: review.at,
      updatedAt: review.at,
    })
    .where(and(eq(complianceDocuments.id, id), eq(complianceDocuments.status, 'submitted')))
    .returning();
  return row!;
}

export async function markSuperseded(tx: Transaction, ids: string[], at: Date): Promise<void> {
  if (!ids.length) return;
  await tx
    .update(complianceDocuments)
    .set({ status: 'superseded', updatedAt: at })
    .where(and(inArray(complianceDocuments.id, ids), eq(complianceDocuments.status, 'approved')));
}

/** The company's other approved papers of one kind, locked: what an approval may supersede. */
export async function approvedOfKind(
  tx: Transaction,
  document: { regionId: string; organisationId: string; kind: string },
): Promise<DocumentRow[]> {
  return tx
    .select()
    .from(complianceDocuments)
    .where(
      and(
        eq(complianceDocuments.regionId, document.regionId),
        eq(complianceDocuments.organisationId, document.organisationId),
        eq(complianceDocuments.kind, document.kind),
        eq(complianceDocuments.status, 'approved'),
      ),
    )
    .for('update');
}

/**
 * Approved papers that run out by `horizon` (the first reminder's day) and still need a step:
 * expiry (past `today`) or a reminder not yet sent down to the last one. The domain decides.
 */
export async function expiryCandidates(
  db: Db,
  window: { today: string; horizon: string; lastReminder: number },
  batch: number,
): Promise<DocumentRow[]> {
  const t = complianceDocuments;
  return db
    .select()
    .from(t)
    .where(
      and(
        eq(t.status, 'approved'),
        sql`${t.validUntil} <= ${window.horizon}`,
        sql`(${t.validUntil} < ${window.today} or ${t.remindedDays} is null or ${t.remindedDays} > ${window.lastReminder})`,
      ),
    )
    .orderBy(asc(t.validUntil), asc(t.id))
    .limit(batch);
}

/** Expires one approved paper; null when another sweep (or a review) got there first. */
export async function expireOnce(tx: Transaction, id: string, at: Date) {
  const [row] = await tx
    .update(complianceDocuments)
    .set({ status: 'expired', updatedAt: at })
    .where(and(eq(complianceDocuments.id, id), eq(complianceDocuments.status, 'approved')))
    .returning();
  return row ?? null;
}

/** Records a reminder once: only one sweep moves `reminded_days` down to `days`. */
export async function remindOnce(tx: Transaction, id: string, days: number, at: Date) {
  const t = complianceDocuments;
  const [row] = await tx
    .update(t)
    .set({ remindedDays: days, updatedAt: at })
    .where(
      and(
        eq(t.id, id),
        eq(t.status, 'approved'),
        sql`(${t.remindedDays} is null or ${t.remindedDays} > ${days})`,
      ),
    )
    .returning({ id: t.id });
  return row ?? null;
}
