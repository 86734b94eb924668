import type { Database, Transaction } from '@stagebureau/db';
import {
  DomainError,
  absentDaysOf,
  attendanceHours,
  attendanceOpen,
  checkAbsenceDay,
  checkAttendanceDays,
  defaultPresentDays,
  hoursPerDay,
  localDateOf,
  mondayOf,
  shortNameOf,
  weekWorkingDays,
  type Actor,
  type AttendanceTerms,
  type AttendanceWeek,
  type ConfirmAttendance,
  type PlacementAttendance,
  type PublicAttendance,
} from '@stagebureau/domain';
import { auditActorOf, recordAudit, type AuditActor } from '../../audit/record';
import { orThrow } from '../../bookings';
import { notify } from '../../notifications/notify';
import { authoriseHost, authoriseReader, supervisorActor } from './access';
import { tokenHashOf } from './links';
import {
  findAttendancePlacement,
  findWeekByToken,
  lockOrCreateWeek,
  termsOf,
  updateWeek,
  weeksOf,
  type AttendancePlacement,
  type WeekRow,
} from './repo';

const iso = (instant: Date | null) => instant?.toISOString() ?? null;

export function weekView(terms: AttendanceTerms, row: WeekRow): AttendanceWeek {
  return {
    weekOf: row.weekOf,
    workingDays: weekWorkingDays(terms, row.weekOf),
    presentDays: [...row.presentDays].sort(),
    absentDays: [...row.absentDays].sort(),
    hours: row.hours,
    confirmedAt: iso(row.confirmedAt),
    remindedAt: iso(row.remindedAt),
    escalatedAt: iso(row.escalatedAt),
  };
}

/** The placement a supervisor's link names, while it keeps attendance; else the link is dead. */
async function openByLink(db: Database | Transaction, week: WeekRow | null) {
  if (!week || week.confirmedAt) throw new DomainError('signing_link_invalid');
  const loaded = await findAttendancePlacement(db, week.regionId, week.placementId);
  if (!loaded || !attendanceOpen(loaded.placement.status).ok)
    throw new DomainError('signing_link_invalid');
  return { week, loaded };
}

/**
 * The supervisor's page: the place, the pupil's first name and surname initial (the host
 * company may know whom it hosts; the read is audited as any outside read), the week's days.
 */
export async function readAttendanceByToken(
  db: Database,
  token: string,
): Promise<PublicAttendance> {
  const { week, loaded } = await openByLink(db, await findWeekByToken(db, tokenHashOf(token)));
  const terms = termsOf(loaded);
  await recordAudit(db, supervisorActor(week.regionId), {
    entity: 'participant',
    entityId: loaded.placement.participantId,
    action: 'read',
    after: { reader: 'supervisor', named: loaded.participant.erasedAt === null },
  });
  return {
    placeTitle: loaded.placeTitle,
    companyName: loaded.companyName,
    participantName: participantNameOf(loaded),
    weekOf: week.weekOf,
    workingDays: weekWorkingDays(terms, week.weekOf),
    presentDays: defaultPresentDays(terms, week.weekOf, week.absentDays),
    absentDays: [...week.absentDays].sort(),
    hoursPerDay: hoursPerDay(terms),
  };
}

export const participantNameOf = (loaded: AttendancePlacement) =>
  shortNameOf({ ...loaded.participant, erased: loaded.participant.erasedAt !== null });

/** One click from the e-mail: confirms the week's days (default all not absent), once. */
export async function confirmAttendanceByToken(
  db: Database,
  token: string,
  input: ConfirmAttendance,
  now: Date,
) {
  const tokenHash = tokenHashOf(token);
  return db.transaction(async (tx) => {
    const { week, loaded } = await openByLink(tx, await findWeekByToken(tx, tokenHash, true));
    return confirmWeek(tx, supervisorActor(week.regionId), loaded, week, input.presentDays, now);
  });
}

/** The host company confirms a week itself (also a correction of a confirmed week). */
export async function confirmAttendance(
  db: Database,
  actor: Actor,
  placementId: string,
  input: PlacementAttendance,
  now: Date,
) {
  return db.transaction(async (tx) => {
    const loaded = await hostPlacement(tx, actor, placementId);
    const terms = termsOf(loaded);
    orThrow(checkAttendanceDays(terms, input.weekOf, input.presentDays, localDateOf(now)));
    const week = await lockOrCreateWeek(tx, {
      regionId: actor.regionId,
      placementId,
      weekOf: input.weekOf,
    });
    return confirmWeek(tx, auditActorOf(actor), loaded, week, input.presentDays, now);
  });
}

async function hostPlacement(tx: Transaction, actor: Actor, placementId: string) {
  const loaded = await findAttendancePlacement(tx, actor.regionId, placementId);
  if (!loaded) throw new DomainError('not_found');
  authoriseHost(actor, loaded.placement);
  orThrow(attendanceOpen(loaded.placement.status));
  return loaded;
}

async function confirmWeek(
  tx: Transaction,
  actor: AuditActor,
  loaded: AttendancePlacement,
  week: WeekRow,
  presentDays: string[] | undefined,
  now: Date,
) {
  const terms = termsOf(loaded);
  const days = presentDays ?? defaultPresentDays(terms, week.weekOf, week.absentDays);
  const present = orThrow(checkAttendanceDays(terms, week.weekOf, days, localDateOf(now)));
  const after = {
    presentDays: present,
    absentDays: absentDaysOf(terms, week.weekOf, present),
    hours: attendanceHours(terms, present),
  };
  const row = await updateWeek(tx, week.id, {
    ...after,
    confirmedAt: now,
    confirmedBy: actor.userId,
  });
  await recordAudit(tx, actor, {
    entity: 'attendance_week',
    entityId: week.id,
    action: 'confirmed',
    before: {
      presentDays: week.presentDays,
      absentDays: week.absentDays,
      hours: week.hours,
      confirmedAt: iso(week.confirmedAt),
    },
    after: { ...after, confirmedAt: now.toISOString() },
  });
  return weekView(terms, row);
}

/**
 * The host company reports a day absent: the week's row (created when needed) gets the day,
 * and the school hears at once — the event is stored in this transaction. Reporting the same
 * day again changes nothing. No note about the pupil: the form has none.
 */
export async function reportAbsence(
  db: Database,
  actor: Actor,
  placementId: string,
  input: { day: string },
  now: Date,
): Promise<AttendanceWeek> {
  return db.transaction(async (tx) => {
    const loaded = await hostPlacement(tx, actor, placementId);
    const terms = termsOf(loaded);
    const day = orThrow(checkAbsenceDay(terms, input.day));
    const week = await lockOrCreateWeek(tx, {
      regionId: actor.regionId,
      placementId,
      weekOf: mondayOf(day),
    });
    if (week.absentDays.includes(day)) return weekView(terms, week);
    const presentDays = week.presentDays.filter((present) => present !== day);
    const absentDays = [...week.absentDays, day].sort();
    const hours = week.confirmedAt ? attendanceHours(terms, presentDays) : 0;
    const row = await updateWeek(tx, week.id, { presentDays, absentDays, hours });
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'attendance_week',
      entityId: week.id,
      action: 'absence_reported',
      before: { absentDays: week.absentDays, hours: week.hours },
      after: { absentDays, hours, day, reportedAt: now.toISOString() },
    });
    await notify(tx, {
      kind: 'placement.absence_reported',
      regionId: actor.regionId,
      weekId: week.id,
      day,
    });
    return weekView(terms, row);
  });
}

/** The placement's weeks for its school and its host company; 404 for anyone else. */
export async function listAttendance(db: Database, actor: Actor, placementId: string) {
  const loaded = await findAttendancePlacement(db, actor.regionId, placementId);
  if (!loaded) throw new DomainError('not_found');
  authoriseReader(actor, loaded.placement);
  const terms = termsOf(loaded);
  const items = (await weeksOf(db, actor.regionId, placementId)).map((row) => weekView(terms, row));
  const confirmed = items.filter((item) => item.confirmedAt !== null);
  const confirmedHours = confirmed.reduce((sum, item) => sum + item.hours, 0);
  return { items, confirmedHours: Math.round(confirmedHours * 100) / 100 };
}
