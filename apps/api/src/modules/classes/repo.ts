import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { classes, schoolLocations, type Database, type Transaction } from '@stagebureau/db';

type Db = Database | Transaction;
export type ClassRow = typeof classes.$inferSelect;

export const toSchoolClass = (row: ClassRow) => ({
  id: row.id,
  organisationId: row.organisationId,
  name: row.name,
  educationLevel: row.educationLevel,
  schoolYear: row.schoolYear,
  vmboProfile: row.vmboProfile,
  size: row.size,
  locationId: row.locationId,
  archivedAt: row.archivedAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
});

export async function listClasses(
  db: Db,
  regionId: string,
  schoolId: string,
  includeArchived: boolean,
) {
  const conditions = [eq(classes.regionId, regionId), eq(classes.organisationId, schoolId)];
  if (!includeArchived) conditions.push(isNull(classes.archivedAt));
  return db
    .select()
    .from(classes)
    .where(and(...conditions))
    .orderBy(asc(classes.name), asc(classes.id));
}

export async function findClass(
  db: Db,
  regionId: string,
  schoolId: string,
  classId: string,
  forUpdate = false,
) {
  const query = db
    .select()
    .from(classes)
    .where(
      and(
        eq(classes.regionId, regionId),
        eq(classes.organisationId, schoolId),
        eq(classes.id, classId),
      ),
    );
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function insertClass(db: Db, values: typeof classes.$inferInsert) {
  const [row] = await db.insert(classes).values(values).returning();
  return row!;
}

export async function updateClass(
  db: Db,
  regionId: string,
  classId: string,
  values: Partial<typeof classes.$inferInsert>,
) {
  const [row] = await db
    .update(classes)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(classes.regionId, regionId), eq(classes.id, classId)))
    .returning();
  return row!;
}

export async function locationBelongsTo(
  db: Db,
  regionId: string,
  schoolId: string,
  locationId: string,
) {
  const [row] = await db
    .select({ id: schoolLocations.id })
    .from(schoolLocations)
    .where(
      and(
        eq(schoolLocations.regionId, regionId),
        eq(schoolLocations.organisationId, schoolId),
        eq(schoolLocations.id, locationId),
      ),
    );
  return Boolean(row);
}

export async function classesByIds(db: Db, regionId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(classes)
    .where(and(eq(classes.regionId, regionId), inArray(classes.id, [...ids])));
}
