import { and, asc, eq, gte, lte } from 'drizzle-orm';
import { blackouts, type Database, type Transaction } from '@stagebureau/db';
import type { BlackoutPeriod, HolidayRegion } from '@stagebureau/domain';

type Db = Database | Transaction;
export type BlackoutRow = typeof blackouts.$inferSelect;

export const toBlackoutPeriod = (row: BlackoutRow): BlackoutPeriod => ({
  id: row.id,
  kind: row.kind,
  name: row.name,
  holidayRegion: row.holidayRegion as HolidayRegion | null,
  schoolId: row.schoolId,
  startsOn: row.startsOn,
  endsOn: row.endsOn,
});

/** Blackouts of a region that touch the local date range [from, to] (either end optional). */
export async function listBlackouts(
  db: Db,
  regionId: string,
  range: { from?: string; to?: string; kind?: BlackoutRow['kind'] } = {},
) {
  return db
    .select()
    .from(blackouts)
    .where(
      and(
        eq(blackouts.regionId, regionId),
        range.from ? gte(blackouts.endsOn, range.from) : undefined,
        range.to ? lte(blackouts.startsOn, range.to) : undefined,
        range.kind ? eq(blackouts.kind, range.kind) : undefined,
      ),
    )
    .orderBy(asc(blackouts.startsOn), asc(blackouts.id));
}

export async function findBlackout(db: Db, regionId: string, id: string) {
  const [row] = await db
    .select()
    .from(blackouts)
    .where(and(eq(blackouts.regionId, regionId), eq(blackouts.id, id)));
  return row ?? null;
}

export async function insertBlackout(tx: Transaction, values: typeof blackouts.$inferInsert) {
  const [row] = await tx.insert(blackouts).values(values).returning();
  return row!;
}

export async function updateBlackout(
  tx: Transaction,
  regionId: string,
  id: string,
  values: Partial<typeof blackouts.$inferInsert>,
) {
  const [row] = await tx
    .update(blackouts)
    .set(values)
    .where(and(eq(blackouts.regionId, regionId), eq(blackouts.id, id)))
    .returning();
  return row ?? null;
}

export async function deleteBlackout(tx: Transaction, regionId: string, id: string) {
  const [row] = await tx
    .delete(blackouts)
    .where(and(eq(blackouts.regionId, regionId), eq(blackouts.id, id)))
    .returning();
  return row ?? null;
}
