import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import {
  organisations,
  regions,
  taxonomyTerms,
  users,
  type Database,
  type Transaction,
} from '@stagebureau/db';
import type { HolidayRegion, RegionSettings } from '@stagebureau/domain';

type Db = Database | Transaction;

export async function findRegion(db: Db, regionId: string, forUpdate = false) {
  const query = db
    .select({
      id: regions.id,
      slug: regions.slug,
      name: regions.name,
      holidayRegion: regions.holidayRegion,
      settings: regions.settings,
    })
    .from(regions)
    .where(eq(regions.id, regionId));
  const [row] = forUpdate ? await query.for('update') : await query;
  // The column is checked text; the schema types it as the closed vocabulary.
  return row ? { ...row, holidayRegion: row.holidayRegion as HolidayRegion } : null;
}

export async function saveRegionSettings(db: Db, regionId: string, settings: RegionSettings) {
  await db.update(regions).set({ settings, updatedAt: new Date() }).where(eq(regions.id, regionId));
}

const termColumns = {
  id: taxonomyTerms.id,
  kind: taxonomyTerms.kind,
  code: taxonomyTerms.code,
  label: taxonomyTerms.label,
};

export async function listTaxonomy(db: Db, regionId: string) {
  return db
    .select(termColumns)
    .from(taxonomyTerms)
    .where(eq(taxonomyTerms.regionId, regionId))
    .orderBy(asc(taxonomyTerms.kind), asc(taxonomyTerms.code));
}

export async function insertTerm(db: Db, values: typeof taxonomyTerms.$inferInsert) {
  const [row] = await db
    .insert(taxonomyTerms)
    .values(values)
    .onConflictDoNothing()
    .returning(termColumns);
  return row ?? null;
}

export async function findTerm(db: Db, regionId: string, id: string) {
  const [row] = await db
    .select(termColumns)
    .from(taxonomyTerms)
    .where(and(eq(taxonomyTerms.regionId, regionId), eq(taxonomyTerms.id, id)))
    .for('update');
  return row ?? null;
}

export async function deleteTerm(db: Db, regionId: string, id: string) {
  const [row] = await db
    .delete(taxonomyTerms)
    .where(and(eq(taxonomyTerms.regionId, regionId), eq(taxonomyTerms.id, id)))
    .returning(termColumns);
  return row ?? null;
}

export async function findRegionsBySlugs(db: Db, slugs: string[]) {
  if (slugs.length === 0) return [];
  return db
    .select({ id: regions.id, slug: regions.slug, name: regions.name })
    .from(regions)
    .where(inArray(regions.slug, slugs));
}

/** A new region (issue 21: made by a platform admin); null when the slug is taken. */
export async function insertRegion(db: Db, values: typeof regions.$inferInsert) {
  const [row] = await db
    .insert(regions)
    .values(values)
    .onConflictDoNothing({ target: regions.slug })
    .returning({ id: regions.id });
  return row ?? null;
}

export async function saveRegionProfile(
  db: Db,
  regionId: string,
  values: { name: string; holidayRegion: HolidayRegion; settings: RegionSettings },
) {
  await db
    .update(regions)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(regions.id, regionId));
}

/**
 * Every region (or one) with how many organisations and users it has: the platform's overview.
 * The counts are read-only subqueries; the tables stay their modules' own.
 */
export async function listRegionSummaries(db: Db, regionId?: string) {
  const rows = await db
    .select({
      id: regions.id,
      slug: regions.slug,
      name: regions.name,
      holidayRegion: regions.holidayRegion,
      settings: regions.settings,
      createdAt: regions.createdAt,
      // Spelled out: drizzle writes columns inside a select's sql without their table.
      organisationCount: sql<number>`(select count(*)::int from ${organisations} o where o.region_id = ${regions}.id)`,
      userCount: sql<number>`(select count(*)::int from ${users} u where u.region_id = ${regions}.id)`,
    })
    .from(regions)
    .where(regionId ? eq(regions.id, regionId) : undefined)
    .orderBy(asc(regions.name), asc(regions.id));
  return rows.map((row) => ({ ...row, holidayRegion: row.holidayRegion as HolidayRegion }));
}
