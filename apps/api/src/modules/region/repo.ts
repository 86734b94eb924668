import { and, asc, eq, inArray } from 'drizzle-orm';
import { regions, taxonomyTerms, type Database, type Transaction } from '@stagebureau/db';
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
