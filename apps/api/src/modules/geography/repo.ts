import { eq, sql, type SQL, type AnyColumn } from 'drizzle-orm';
import { postcodeAreas, type Database, type Transaction } from '@stagebureau/db';
import type { PostcodeArea } from '@stagebureau/domain';

type Db = Database | Transaction;

export async function findPostcodeArea(db: Db, pc4: string) {
  const [row] = await db.select().from(postcodeAreas).where(eq(postcodeAreas.pc4, pc4));
  return row ?? null;
}

export async function countPostcodeAreas(db: Db): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(postcodeAreas);
  return row?.count ?? 0;
}

/** Inserts or corrects centroids, 1,000 per statement (about 4,000 areas in all). */
export async function upsertPostcodeAreas(tx: Transaction, areas: PostcodeArea[], source: string) {
  for (let start = 0; start < areas.length; start += 1000) {
    await tx
      .insert(postcodeAreas)
      .values(areas.slice(start, start + 1000).map((area) => ({ ...area, source })))
      .onConflictDoUpdate({
        target: postcodeAreas.pc4,
        set: {
          latitude: sql`excluded.latitude`,
          longitude: sql`excluded.longitude`,
          source: sql`excluded.source`,
          updatedAt: sql`now()`,
        },
      });
  }
}

/** The centroid's `latitude` or `longitude` of the area a postcode column lies in. */
export const areaCoordinateOf = (postcode: AnyColumn | SQL, axis: 'latitude' | 'longitude') =>
  sql`(select ${sql.identifier(axis)} from ${postcodeAreas} where ${postcodeAreas.pc4} = left(${postcode}, 4))`;
