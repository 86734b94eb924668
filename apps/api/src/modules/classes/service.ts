import type { Database, Transaction } from '@stagebureau/db';
import { DomainError, type Actor, type CreateClass, type UpdateClass } from '@stagebureau/domain';
import { auditActorOf, changedFields, recordAudit } from '../audit/record';
import { organisationFor } from '../organisations/service';
import {
  findClass,
  insertClass,
  locationBelongsTo,
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
    return toSchoolClass(after);
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
    if (before.archivedAt) return toSchoolClass(before);
    const after = await updateClass(tx, actor.regionId, classId, { archivedAt: now });
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'class',
      entityId: classId,
      action: 'archive',
      before: { archivedAt: null },
      after: { archivedAt: now.toISOString() },
    });
    return toSchoolClass(after);
  });
}

/** Classes by id within a region, for modules that ask for several schools' classes at once. */
export { classesByIds } from './repo';
