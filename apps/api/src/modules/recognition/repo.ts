import { and, desc, eq } from 'drizzle-orm';
import { organisations, recognitions, type Database, type Transaction } from '@stagebureau/db';
import type { Award } from '@stagebureau/domain';

type Db = Database | Transaction;

const awardColumns = {
  id: recognitions.id,
  companyId: recognitions.companyId,
  companyName: organisations.name,
  schoolYear: recognitions.schoolYear,
  citation: recognitions.citation,
  awardedAt: recognitions.awardedAt,
};

const toAward = (row: { awardedAt: Date } & Omit<Award, 'awardedAt'>): Award => ({
  ...row,
  awardedAt: row.awardedAt.toISOString(),
});

function awards(db: Db) {
  return db
    .select(awardColumns)
    .from(recognitions)
    .innerJoin(organisations, eq(organisations.id, recognitions.companyId));
}

/** The region's award of a school year, if it made one. */
export async function awardOfYear(db: Db, regionId: string, schoolYear: string) {
  const [row] = await awards(db).where(
    and(eq(recognitions.regionId, regionId), eq(recognitions.schoolYear, schoolYear)),
  );
  return row ? toAward(row) : null;
}

export async function awardById(db: Db, regionId: string, id: string) {
  const [row] = await awards(db).where(
    and(eq(recognitions.regionId, regionId), eq(recognitions.id, id)),
  );
  return row ? toAward(row) : null;
}

/** Every award of the region, newest school year first (the public badge reads these). */
export async function awardsOfRegion(db: Db, regionId: string) {
  const rows = await awards(db)
    .where(eq(recognitions.regionId, regionId))
    .orderBy(desc(recognitions.schoolYear));
  return rows.map(toAward);
}

export async function insertAward(
  tx: Transaction,
  values: typeof recognitions.$inferInsert,
): Promise<string> {
  const [row] = await tx.insert(recognitions).values(values).returning({ id: recognitions.id });
  return row!.id;
}

export async function deleteAward(tx: Transaction, regionId: string, schoolYear: string) {
  const [row] = await tx
    .delete(recognitions)
    .where(and(eq(recognitions.regionId, regionId), eq(recognitions.schoolYear, schoolYear)))
    .returning();
  return row;
}
