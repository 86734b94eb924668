import { and, desc, eq, sql } from 'drizzle-orm';
import {
  classes,
  offers,
  organisations,
  proposals,
  type Database,
  type Transaction,
} from '@stagebureau/db';

type Db = Database | Transaction;
export type ProposalRow = typeof proposals.$inferSelect;

export async function findClass(db: Db, regionId: string, id: string) {
  const [row] = await db
    .select()
    .from(classes)
    .where(and(eq(classes.regionId, regionId), eq(classes.id, id)));
  return row ?? null;
}

export async function insertProposal(tx: Transaction, values: typeof proposals.$inferInsert) {
  const [row] = await tx.insert(proposals).values(values).returning();
  return row!;
}

export async function lockProposal(tx: Transaction, regionId: string, id: string) {
  const [row] = await tx
    .select()
    .from(proposals)
    .where(and(eq(proposals.regionId, regionId), eq(proposals.id, id)))
    .for('update');
  return row ?? null;
}

export async function updateProposal(
  tx: Transaction,
  regionId: string,
  id: string,
  values: Partial<typeof proposals.$inferInsert>,
) {
  await tx
    .update(proposals)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(proposals.regionId, regionId), eq(proposals.id, id)));
}

/** Accepted proposals count against the offer's quota for its availability period. */
export async function countAccepted(tx: Transaction, regionId: string, offerId: string) {
  const [row] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(proposals)
    .where(
      and(
        eq(proposals.regionId, regionId),
        eq(proposals.offerId, offerId),
        eq(proposals.status, 'accepted'),
      ),
    );
  return row!.count;
}

/** Proposals with the names a list shows, scoped by who asks (school, company or region). */
export async function listProposals(
  db: Db,
  regionId: string,
  scope: { schoolId?: string; companyId?: string; id?: string },
  filter: { status?: ProposalRow['status']; offerId?: string } = {},
) {
  return db
    .select({
      proposal: proposals,
      offerTitle: offers.title,
      companyId: offers.organisationId,
      schoolName: organisations.name,
      className: classes.name,
    })
    .from(proposals)
    .innerJoin(offers, eq(offers.id, proposals.offerId))
    .innerJoin(organisations, eq(organisations.id, proposals.schoolId))
    .innerJoin(classes, eq(classes.id, proposals.classId))
    .where(
      and(
        eq(proposals.regionId, regionId),
        scope.schoolId ? eq(proposals.schoolId, scope.schoolId) : undefined,
        scope.companyId ? eq(offers.organisationId, scope.companyId) : undefined,
        scope.id ? eq(proposals.id, scope.id) : undefined,
        filter.status ? eq(proposals.status, filter.status) : undefined,
        filter.offerId ? eq(proposals.offerId, filter.offerId) : undefined,
      ),
    )
    .orderBy(desc(proposals.createdAt), desc(proposals.id));
}
