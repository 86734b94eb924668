import { randomBytes } from 'node:crypto';
import type { Database, Transaction } from '@stagebureau/db';
import {
  DomainError,
  erasedNames,
  isBureau,
  participantView,
  pseudonymOf,
  readerOf,
  type Actor,
  type CreatePupil,
  type Participant,
  type ParticipantReader,
} from '@stagebureau/domain';
import { authorise } from '../../../plugins/auth';
import { auditActorOf, recordAudit, type AuditActor } from '../../audit/record';
import { classesByIds } from '../../classes/service';
import { hostingsOf, scrubPlacementsOf } from '../repo';
import {
  findParticipant,
  findParticipants,
  insertParticipant,
  updateParticipant,
  type ParticipantWithSchool,
} from './repo';

/**
 * A school registers a pupil for placements with exactly the allowed data (the contract is
 * strict). Level, profile and year default to the class's; the pseudonym is what the bureau
 * sees. The audit row names no person.
 */
export async function registerPupil(db: Database, actor: Actor, input: CreatePupil) {
  const [schoolClass] = await classesByIds(db, actor.regionId, [input.classId]);
  if (!schoolClass) throw new DomainError('not_found', 'class not found');
  authorise(actor, 'pupil.write', {
    regionId: actor.regionId,
    organisationId: schoolClass.organisationId,
  });
  if (schoolClass.archivedAt) throw new DomainError('validation_failed', 'the class is archived');
  const id = await db.transaction(async (tx) => {
    const row = await insertParticipant(tx, {
      regionId: actor.regionId,
      schoolId: schoolClass.organisationId,
      kind: 'pupil',
      firstName: input.firstName,
      surname: input.surname,
      classId: schoolClass.id,
      educationLevel: input.educationLevel ?? schoolClass.educationLevel,
      vmboProfile: input.vmboProfile === undefined ? schoolClass.vmboProfile : input.vmboProfile,
      schoolYear: input.schoolYear ?? schoolClass.schoolYear,
      isMinor: input.isMinor,
      guardianEmail: input.isMinor ? input.guardianEmail : null,
      pseudonym: pseudonymOf(randomBytes(6)),
      createdBy: actor.userId,
    });
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'participant',
      entityId: row.id,
      action: 'registered',
      after: { pseudonym: row.pseudonym, classId: row.classId },
    });
    return row.id;
  });
  return (await readParticipants(db, actor, [id]))[0]!;
}

/** The teacher's own participant row for a docentenstage: made once, reused after. */
export async function teacherParticipant(
  tx: Transaction,
  actor: Actor,
  teacher: { name: string },
): Promise<string> {
  const [existing] = await findParticipants(tx, actor.regionId, { userId: actor.userId });
  if (existing) return existing.id;
  const [firstName, ...rest] = teacher.name.trim().split(/\s+/);
  const row = await insertParticipant(tx, {
    regionId: actor.regionId,
    schoolId: actor.organisationId!,
    kind: 'teacher',
    firstName: firstName ?? teacher.name,
    surname: rest.join(' ') || (firstName ?? teacher.name),
    isMinor: false,
    userId: actor.userId,
    pseudonym: pseudonymOf(randomBytes(6)),
    createdBy: actor.userId,
  });
  return row.id;
}

/** A school's pupils (its own, named); the bureau the region's or one school's, by pseudonym. */
export async function listParticipants(
  db: Database,
  actor: Actor,
  query: { schoolId?: string; classId?: string },
): Promise<Participant[]> {
  const schoolId = isBureau(actor.role) ? query.schoolId : (actor.organisationId ?? undefined);
  authorise(actor, 'pupil.read', { regionId: actor.regionId, organisationId: schoolId ?? null });
  const rows = await findParticipants(db, actor.regionId, { schoolId, classId: query.classId });
  return viewsFor(db, actor, rows);
}

/** Participants as this actor may see them; a read from outside the school is audited. */
export async function readParticipants(
  db: Database | Transaction,
  actor: Actor,
  ids: readonly string[],
): Promise<Participant[]> {
  return viewsFor(db, actor, await findParticipants(db, actor.regionId, { ids }));
}

async function viewsFor(
  db: Database | Transaction,
  actor: Actor,
  rows: ParticipantWithSchool[],
): Promise<Participant[]> {
  const hostings = await hostingsOf(
    db,
    actor.regionId,
    rows.map((row) => row.id),
  );
  const views = rows.map((row) => {
    const reader = readerFor(actor, row, hostings);
    return { view: participantView(row, reader), reader };
  });
  await auditOutsideReads(db, auditActorOf(actor), views);
  return views.map(({ view }) => view);
}

export function readerFor(
  actor: Actor,
  row: { id: string; schoolId: string },
  hostings: readonly { participantId: string; companyId: string; status: string }[],
): ParticipantReader {
  return readerOf(
    { organisationId: actor.organisationId, isBureau: isBureau(actor.role) },
    row,
    hostings.filter((h) => h.participantId === row.id) as never,
  );
}

/** Every read of a participant's record by someone outside its school leaves a trace. */
export async function auditOutsideReads(
  db: Database | Transaction,
  actor: AuditActor,
  views: readonly { view: Participant; reader: ParticipantReader }[],
): Promise<void> {
  for (const { view, reader } of views) {
    if (reader === 'school') continue;
    await recordAudit(db, actor, {
      entity: 'participant',
      entityId: view.id,
      action: 'read',
      after: { reader, named: view.firstName !== null },
    });
  }
}

/**
 * One participant: its school, the host company (named, from acceptance) or the bureau (by
 * pseudonym). Any other company gets 404, as if it did not exist.
 */
export async function getParticipant(db: Database, actor: Actor, id: string) {
  const row = await findParticipant(db, actor.regionId, id);
  if (!row) throw new DomainError('not_found');
  const hostings = await hostingsOf(db, actor.regionId, [id]);
  const reader = readerFor(actor, row, hostings);
  const involved = hostings.some((h) => h.companyId === actor.organisationId);
  if (reader === 'outsider' && !isBureau(actor.role) && !involved)
    throw new DomainError('not_found');
  const view = participantView(row, reader);
  await auditOutsideReads(db, auditActorOf(actor), [{ view, reader }]);
  return view;
}

/**
 * Erases a participant now (on request, or by the retention sweep): the names become the
 * pseudonym, the guardian's e-mail goes, the agreements' copies of the names and the typed
 * names of its signatures too. The row, its placements and every count stay.
 */
export async function eraseParticipantIn(
  tx: Transaction,
  actor: AuditActor,
  row: { id: string; pseudonym: string; erasedAt: Date | null },
  now: Date,
  reason: string,
): Promise<boolean> {
  if (row.erasedAt) return false;
  await updateParticipant(tx, row.id, { ...erasedNames(row.pseudonym), erasedAt: now });
  await scrubPlacementsOf(tx, row.id);
  await recordAudit(tx, actor, {
    entity: 'participant',
    entityId: row.id,
    action: 'erased',
    reason,
  });
  return true;
}

export async function eraseParticipant(db: Database, actor: Actor, id: string, now: Date) {
  const row = await findParticipant(db, actor.regionId, id);
  if (!row) throw new DomainError('not_found');
  authorise(actor, 'pupil.write', { regionId: actor.regionId, organisationId: row.schoolId });
  await db.transaction((tx) =>
    eraseParticipantIn(tx, auditActorOf(actor), row, now, 'on request of the pupil or guardian'),
  );
  return (await readParticipants(db, actor, [id]))[0]!;
}
