import { and, eq } from 'drizzle-orm';
import { offers, organisations, type Database, type Transaction } from '@stagebureau/db';

type Db = Database | Transaction;
export type OfferRow = typeof offers.$inferSelect;

const offerWithCompany = { offer: offers, companyName: organisations.name };

export async function insertOffer(tx: Transaction, values: typeof offers.$inferInsert) {
  const [row] = await tx.insert(offers).values(values).returning();
  return row!;
}

export async function findOffer(db: Db, regionId: string, id: string) {
  const [row] = await db
    .select(offerWithCompany)
    .from(offers)
    .innerJoin(organisations, eq(organisations.id, offers.organisationId))
    .where(and(eq(offers.regionId, regionId), eq(offers.id, id)));
  return row ?? null;
}

/** Locks the offer row: edits, publishing and on-request quota checks serialise on it. */
export async function lockOffer(tx: Transaction, regionId: string, id: string) {
  const [row] = await tx
    .select()
    .from(offers)
    .where(and(eq(offers.regionId, regionId), eq(offers.id, id)))
    .for('update');
  return row ?? null;
}

export async function updateOffer(
  tx: Transaction,
  regionId: string,
  id: string,
  values: Partial<typeof offers.$inferInsert>,
) {
  const [row] = await tx
    .update(offers)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(offers.regionId, regionId), eq(offers.id, id)))
    .returning();
  return row!;
}

export async function findCompany(db: Db, regionId: string, id: string) {
  const [row] = await db
    .select({ id: organisations.id, name: organisations.name, kind: organisations.kind })
    .from(organisations)
    .where(and(eq(organisations.regionId, regionId), eq(organisations.id, id)));
  return row && row.kind === 'company' ? row : null;
}
