import { and, asc, eq, exists, inArray, isNull, sql } from 'drizzle-orm';
import {
  classes,
  classTeachers,
  schoolLocations,
  users,
  type Database,
  type Transaction,
} from '@stagebureau/db';
import { schoolRoles, type ClassTeacher } from '@stagebureau/domain';

type SchoolRole = (typeof schoolRoles)[number];

type Db = Database | Transaction;
export type ClassRow = typeof classes.$inferSelect;

export const toSchoolClass = (row: ClassRow, teachers: ClassTeacher[] = []) => ({
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
  teachers,
});

export async function listClasses(
  db: Db,
  regionId: string,
  schoolId: string,
  filter: { includeArchived: boolean; teacherId?: string },
) {
  const conditions = [eq(classes.regionId, regionId), eq(classes.organisationId, schoolId)];
  if (!filter.includeArchived) conditions.push(isNull(classes.archivedAt));
  if (filter.teacherId) {
    conditions.push(
      exists(
        db
          .select({ one: classTeachers.classId })
          .from(classTeachers)
          .where(
            and(eq(classTeachers.classId, classes.id), eq(classTeachers.userId, filter.teacherId)),
          ),
      ),
    );
  }
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

/** Each class's teachers by name, for the read model. */
export async function teachersOf(db: Db, regionId: string, classIds: readonly string[]) {
  const byClass = new Map<string, ClassTeacher[]>();
  if (classIds.length === 0) return byClass;
  const rows = await db
    .select({ classId: classTeachers.classId, id: users.id, name: users.name })
    .from(classTeachers)
    .innerJoin(users, eq(users.id, classTeachers.userId))
    .where(and(eq(classTeachers.regionId, regionId), inArray(classTeachers.classId, [...classIds])))
    .orderBy(asc(users.name), asc(users.id));
  for (const { classId, ...teacher } of rows)
    byClass.set(classId, [...(byClass.get(classId) ?? []), teacher]);
  return byClass;
}

/**
 * Who may teach a class of the school: its active teachers and coordinators (the database's
 * trigger `class_teachers_same_school` holds the same line for every writer).
 */
export const schoolStaff = (db: Db, regionId: string, schoolId: string) =>
  db
    // The filter below keeps school roles only; the column's type does not know that.
    .select({ id: users.id, name: users.name, role: sql<SchoolRole>`${users.role}` })
    .from(users)
    .where(
      and(
        eq(users.regionId, regionId),
        eq(users.organisationId, schoolId),
        eq(users.status, 'active'),
        inArray(users.role, [...schoolRoles]),
      ),
    )
    .orderBy(asc(users.name), asc(users.id));

/** Replaces a class's teachers: the set given is the set kept. */
export async function replaceTeachers(
  tx: Transaction,
  regionId: string,
  classId: string,
  userIds: readonly string[],
) {
  await tx
    .delete(classTeachers)
    .where(and(eq(classTeachers.regionId, regionId), eq(classTeachers.classId, classId)));
  if (userIds.length === 0) return;
  await tx.insert(classTeachers).values(userIds.map((userId) => ({ classId, userId, regionId })));
}
