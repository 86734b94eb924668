import { and, asc, desc, eq, gt, inArray, or, sql, type SQL } from 'drizzle-orm';
import { materials, materialVersions, type Database, type Transaction } from '@stagebureau/db';
import type { MaterialKind, MaterialVisibility } from '@stagebureau/domain';

type Db = Database | Transaction;
export type MaterialRow = typeof materials.$inferSelect;
export type VersionRow = typeof materialVersions.$inferSelect;
/** A material with the version readers get. */
export interface MaterialWithLatest {
  material: MaterialRow;
  latest: VersionRow;
}

/** Per target a handful; this keeps a list bounded whatever happens. */
const maxPerTarget = 200;

const withLatest = (db: Db) =>
  db
    .select({ material: materials, latest: materialVersions })
    .from(materials)
    .innerJoin(
      materialVersions,
      and(
        eq(materialVersions.materialId, materials.id),
        eq(materialVersions.number, materials.latestVersion),
      ),
    );

export async function insertMaterial(
  tx: Transaction,
  material: typeof materials.$inferInsert,
  version: Omit<typeof materialVersions.$inferInsert, 'materialId' | 'number' | 'regionId'>,
): Promise<MaterialWithLatest> {
  const [row] = await tx
    .insert(materials)
    .values({ ...material, latestVersion: 1 })
    .returning();
  const [latest] = await tx
    .insert(materialVersions)
    .values({ ...version, regionId: row!.regionId, materialId: row!.id, number: 1 })
    .returning();
  return { material: row!, latest: latest! };
}

export async function findMaterial(
  db: Db,
  regionId: string,
  id: string,
): Promise<MaterialWithLatest | null> {
  const [row] = await withLatest(db).where(
    and(eq(materials.regionId, regionId), eq(materials.id, id)),
  );
  return row ?? null;
}

/** Locks the material: its versions are numbered one after another under this lock. */
export async function lockMaterial(tx: Transaction, regionId: string, id: string) {
  const [row] = await tx
    .select()
    .from(materials)
    .where(and(eq(materials.regionId, regionId), eq(materials.id, id)))
    .for('update');
  return row ?? null;
}

/** The next version, as the latest: the row is locked by the caller. */
export async function appendVersion(
  tx: Transaction,
  material: MaterialRow,
  version: Omit<typeof materialVersions.$inferInsert, 'materialId' | 'number' | 'regionId'>,
  now: Date,
): Promise<MaterialWithLatest> {
  const number = material.latestVersion + 1;
  const [latest] = await tx
    .insert(materialVersions)
    .values({ ...version, regionId: material.regionId, materialId: material.id, number })
    .returning();
  const [row] = await tx
    .update(materials)
    .set({ latestVersion: number, updatedAt: now })
    .where(eq(materials.id, material.id))
    .returning();
  return { material: row!, latest: latest! };
}

/** New describing columns of a locked material; its versions stay as they are. */
export async function describeMaterial(
  tx: Transaction,
  material: MaterialRow,
  change: Partial<typeof materials.$inferInsert>,
  now: Date,
): Promise<MaterialWithLatest> {
  await tx
    .update(materials)
    .set({ ...change, updatedAt: now })
    .where(eq(materials.id, material.id));
  const found = await findMaterial(tx, material.regionId, material.id);
  return found!;
}

export async function versionsOf(db: Db, regionId: string, materialId: string) {
  return db
    .select()
    .from(materialVersions)
    .where(
      and(eq(materialVersions.regionId, regionId), eq(materialVersions.materialId, materialId)),
    )
    .orderBy(desc(materialVersions.number));
}

export async function findVersion(db: Db, regionId: string, materialId: string, number: number) {
  const [row] = await db
    .select()
    .from(materialVersions)
    .where(
      and(
        eq(materialVersions.regionId, regionId),
        eq(materialVersions.materialId, materialId),
        eq(materialVersions.number, number),
      ),
    );
  return row ?? null;
}

/** Deletes the material and (by cascade) its versions; returns the objects they named. */
export async function deleteMaterial(tx: Transaction, regionId: string, id: string) {
  const keys = await tx
    .select({ key: materialVersions.objectKey })
    .from(materialVersions)
    .where(and(eq(materialVersions.regionId, regionId), eq(materialVersions.materialId, id)));
  await tx.delete(materials).where(and(eq(materials.regionId, regionId), eq(materials.id, id)));
  return keys.map((row) => row.key).filter((key): key is string => key !== null);
}

/** An offer's (or place's) or a request's materials, newest first. */
export async function materialsOfTarget(
  db: Db,
  regionId: string,
  target: { offerId: string } | { requestId: string },
): Promise<MaterialWithLatest[]> {
  const on =
    'offerId' in target
      ? eq(materials.offerId, target.offerId)
      : eq(materials.requestId, target.requestId);
  return withLatest(db)
    .where(and(eq(materials.regionId, regionId), on))
    .orderBy(desc(materials.createdAt), desc(materials.id))
    .limit(maxPerTarget);
}

/** Keyset position in the library: the last (title, id) of the previous page. */
export type LibraryPosition = [title: string, id: string];

export interface LibraryFilter {
  visibilities: readonly MaterialVisibility[];
  /** A `tsquery` over the `simple` configuration (`prefixSearchQuery`). */
  tsquery: string | null;
  kind?: MaterialKind;
  level?: string;
}

/** One page (plus one, to know whether there is a next) of the region's library by title. */
export async function libraryPage(
  db: Db,
  regionId: string,
  filter: LibraryFilter,
  after: LibraryPosition | null,
  limit: number,
): Promise<MaterialWithLatest[]> {
  if (!filter.visibilities.length) return [];
  const conditions: (SQL | undefined)[] = [
    eq(materials.regionId, regionId),
    eq(materials.targetKind, 'library'),
    inArray(materials.visibility, [...filter.visibilities]),
    filter.tsquery
      ? sql`${materials.searchVector} @@ to_tsquery('simple', ${filter.tsquery})`
      : undefined,
    filter.kind ? eq(materials.kind, filter.kind) : undefined,
    filter.level
      ? sql`(${materials.levels} = '{}' or ${filter.level} = any(${materials.levels}))`
      : undefined,
    after
      ? or(
          gt(materials.title, after[0]),
          and(eq(materials.title, after[0]), gt(materials.id, after[1])),
        )
      : undefined,
  ];
  return withLatest(db)
    .where(and(...conditions))
    .orderBy(asc(materials.title), asc(materials.id))
    .limit(limit + 1);
}
