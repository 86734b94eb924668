import type { Database, Transaction } from '@stagebureau/db';
import {
  DomainError,
  type Actor,
  type CreateClass,
  type SetClassTeachers,
  type UpdateClass,
} from '@stagebureau/domain';
import { auditActorOf, changedFields, recordAudit } from '../audit/record';
import { organisationFor } from '../organisations/service';
import {
  findClass,
  insertClass,
  listClasses,
  locationBelongsTo,
  replaceTeachers,
  schoolStaff,
  teachersOf,
  toSchoolClass,
  updateClass,
  type ClassRow,
} from './repo';

/** The school, checked for the action: classes are private to their school (and the bureau). */
export const schoolFor = (
  db: Database | Transaction,
  actor: Actor,
  schoolId: string,
  action: 'class.read' | 'class.write',
) => organisationFor(db, actor, schoolId, action, { kind: 'school' });

export async function classFor(
  db: Database | Transaction,
  actor: Actor,
  schoolId: string,
  classId: string,
  action: 'class.read' | 'class.write',
): Promise<ClassRow> {
  await schoolFor(db, actor, schoolId, action);
  const row = await findClass(db, actor.regionId, schoolId, classId, action === 'class.write');
  if (!row) throw new DomainError('not_found');
  return row;
}

/** Classes as the read model shows them: each with its teachers. */
export async function withTeachers(db: Database | Transaction, regionId: string, rows: ClassRow[]) {
  const teachers = await teachersOf(
    db,
    regionId,
    rows.map((row) => row.id),
  );
  return rows.map((row) => toSchoolClass(row, teachers.get(row.id) ?? []));
}

const oneWithTeachers = async (db: Database | Transaction, regionId: string, row: ClassRow) =>
  (await withTeachers(db, regionId, [row]))[0]!;

/** The school's classes; `mine` keeps the ones the caller teaches ("mijn klassen"). */
export async function listSchoolClasses(
  db: Database,
  actor: Actor,
  schoolId: string,
  query: { includeArchived: boolean; mine: boolean },
) {
  const school = await schoolFor(db, actor, schoolId, 'class.read');
  const rows = await listClasses(db, actor.regionId, school.id, {
    includeArchived: query.includeArchived,
    teacherId: query.mine ? actor.userId : undefined,
  });
  return withTeachers(db, actor.regionId, rows);
}

export async function readClass(db: Database, actor: Actor, schoolId: string, classId: string) {
  const row = await classFor(db, actor, schoolId, classId, 'class.read');
  return oneWithTeachers(db, actor.regionId, row);
}

/** The school's staff a class's teachers are picked from; the same people the coordinator may pick. */
export async function listSchoolStaff(db: Database, actor: Actor, schoolId: string) {
  const school = await schoolFor(db, actor, schoolId, 'class.write');
  return schoolStaff(db, actor.regionId, school.id);
}

async function assertLocation(
  tx: Transaction,
  actor: Actor,
  schoolId: string,
  locationId: string | null | undefined,
) {
  if (!locationId || (await locationBelongsTo(tx, actor.regionId, schoolId, locationId))) return;
  throw new DomainError('validation_failed', 'locationId is not a location of this school', {
    errors: [{ path: 'body.locationId', message: 'not a location of this school' }],
  });
}

export async function createClass(
  db: Database,
  actor: Actor,
  schoolId: string,
  input: CreateClass,
) {
  return db.transaction(async (tx) => {
    await schoolFor(tx, actor, schoolId, 'class.write');
    await assertLocation(tx, actor, schoolId, input.locationId);
    const row = await insertClass(tx, {
      ...input,
      regionId: actor.regionId,
      organisationId: schoolId,
    });
    const schoolClass = toSchoolClass(row);
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'class',
      entityId: row.id,
      action: 'create',
      after: schoolClass,
    });
    return schoolClass;
  });
}

export async function editClass(
  db: Database,
  actor: Actor,
  schoolId: string,
  classId: string,
  changes: UpdateClass,
) {
  return db.transaction(async (tx) => {
    const before = await classFor(tx, actor, schoolId, classId, 'class.write');
    if (before.archivedAt) throw new DomainError('conflict', 'This class is archived');
    await assertLocation(tx, actor, schoolId, changes.locationId);
    const after = await updateClass(tx, actor.regionId, classId, changes);
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'class',
      entityId: classId,
      action: 'update',
      before: changedFields(toSchoolClass(before), Object.keys(changes)),
      after: changedFields(toSchoolClass(after), Object.keys(changes)),
    });
    return oneWithTeachers(tx, actor.regionId, after);
  });
}

/** Classes are archived, never deleted: bookings and reports keep pointing at them. */
export async function archiveClass(
  db: Database,
  actor: Actor,
  schoolId: string,
  classId: string,
  now: Date,
) {
  return db.transaction(async (tx) => {
    const before = await classFor(tx, actor, schoolId, classId, 'class.write');
    if (before.archivedAt) return oneWithTeachers(tx, actor.regionId, before);
    const after = await updateClass(tx, actor.regionId, classId, { archivedAt: now });
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'class',
      entityId: classId,
      action: 'archive',
      before: { archivedAt: null },
      after: { archivedAt: now.toISOString() },
    });
    return oneWithTeachers(tx, actor.regionId, after);
  });
}

/**
 * Replaces who teaches a class (decision 021): only the school's own teachers and coordinators;
 * anyone else is refused by name and nothing is written.
 */
export async function setClassTeachers(
  db: Database,
  actor: Actor,
  schoolId: string,
  classId: string,
  input: SetClassTeachers,
) {
  return db.transaction(async (tx) => {
    const row = await classFor(tx, actor, schoolId, classId, 'class.write');
    if (row.archivedAt) throw new DomainError('conflict', 'This class is archived');
    const staff = new Set((await schoolStaff(tx, actor.regionId, schoolId)).map((u) => u.id));
    const strangers = input.userIds.flatMap((id, index) => (staff.has(id) ? [] : [index]));
    if (strangers.length > 0) {
      throw new DomainError('validation_failed', 'userIds: not a teacher of this school', {
        errors: strangers.map((index) => ({
          path: `body.userIds.${index}`,
          message: 'not a teacher or coordinator of this school',
        })),
      });
    }
    const before = (await teachersOf(tx, actor.regionId, [classId])).get(classId) ?? [];
    await replaceTeachers(tx, actor.regionId, classId, input.userIds);
    const after = await oneWithTeachers(tx, actor.regionId, row);
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'class',
      entityId: classId,
      action: 'set_teachers',
      before: { teachers: before.map((teacher) => teacher.id) },
      after: { teachers: after.teachers.map((teacher) => teacher.id) },
    });
    return after;
  });
}

/** Classes by id within a region, for modules that ask for several schools' classes at once. */
export { classesByIds } from './repo';
