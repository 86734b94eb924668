import { and, eq, isNull } from 'drizzle-orm';
import { classes, type Database, type Transaction } from '@stagebureau/db';
import type { ClassWrites, StoredClass } from '@stagebureau/domain';

/**
 * What a school's classes import (issue 21) reads and writes. This module owns the classes
 * table; the imports module calls these functions only.
 */
type Db = Database | Transaction;

/** The school's classes that are not archived: an import matches rows against these. */
export async function storedClassesOf(
  db: Db,
  regionId: string,
  schoolId: string,
): Promise<StoredClass[]> {
  const rows = await db
    .select()
    .from(classes)
    .where(
      and(
        eq(classes.regionId, regionId),
        eq(classes.organisationId, schoolId),
        isNull(classes.archivedAt),
      ),
    );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    educationLevel: row.educationLevel,
    schoolYear: row.schoolYear,
    vmboProfile: row.vmboProfile,
    size: row.size,
    locationId: row.locationId,
  }));
}

/** Writes a planned classes import for one school: new classes, then the changed ones. */
export async function writeImportedClasses(
  tx: Transaction,
  regionId: string,
  schoolId: string,
  writes: ClassWrites,
) {
  for (let at = 0; at < writes.creates.length; at += 500) {
    await tx
      .insert(classes)
      .values(
        writes.creates
          .slice(at, at + 500)
          .map((fields) => ({ ...fields, regionId, organisationId: schoolId })),
      );
  }
  for (const { id, ...fields } of writes.updates) {
    await tx
      .update(classes)
      .set({ ...fields, updatedAt: new Date() })
      .where(
        and(
          eq(classes.regionId, regionId),
          eq(classes.organisationId, schoolId),
          eq(classes.id, id),
        ),
      );
  }
}
