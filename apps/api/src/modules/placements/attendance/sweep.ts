import { regions, type Database, type Transaction } from '@stagebureau/db';
import {
  addDays,
  attendanceEscalationDays,
  attendanceFollowUp,
  attendanceOpen,
  finishedWeeks,
  localDateOf,
} from '@stagebureau/domain';
import { recordAudit, systemActor } from '../../audit/record';
import { raiseConflict } from '../../conflicts/raise';
import { notify } from '../../notifications/notify';
import { attendancePath, newLink } from './links';
import {
  findAttendancePlacement,
  markWeekOnce,
  placementsToFollow,
  requestWeek,
  termsOf,
  weeksOf,
  type AttendancePlacement,
  type WeekRow,
} from './repo';

export interface AttendanceSweepResult {
  /** Finished weeks whose one-click link went to the supervisor. */
  requested: number;
  /** Weeks unconfirmed a week after their end: reminded once, with a fresh link. */
  reminded: number;
  /** Weeks unconfirmed two weeks after their end: one `attendance_unconfirmed` conflict. */
  escalated: number;
}

/**
 * The weekly attendance clock (issue 16), run hourly by the API (sweepPlugin) and by tests
 * with their own `now`. Each placement is one transaction under its row lock, taken with
 * SKIP LOCKED, so sweepers running at once split the placements. Each step happens once:
 * a week's link goes out only while the row has none (the upsert's condition), a reminder and
 * a conflict only while their timestamp is empty (conditional updates). The follow-up is
 * planned from the weeks as they were before this run, so a week first requested now is not
 * reminded in the same run.
 */
export async function sweepAttendance(db: Database, now: Date): Promise<AttendanceSweepResult> {
  const result: AttendanceSweepResult = { requested: 0, reminded: 0, escalated: 0 };
  const today = localDateOf(now);
  // A week's conflict falls due 14 days after its last working day, which is at most the end.
  const since = addDays(today, -(attendanceEscalationDays + 7));
  for (const { id: regionId } of await db.select({ id: regions.id }).from(regions)) {
    for (const placementId of await placementsToFollow(db, regionId, today, since)) {
      await db.transaction(async (tx) => {
        const loaded = await findAttendancePlacement(tx, regionId, placementId, 'skip');
        if (!loaded || !attendanceOpen(loaded.placement.status).ok) return;
        const weeks = await weeksOf(tx, regionId, placementId);
        await followUp(tx, loaded, weeks, now, result);
        await request(tx, loaded, weeks, now, result);
      });
    }
  }
  return result;
}

async function request(
  tx: Transaction,
  loaded: AttendancePlacement,
  weeks: WeekRow[],
  now: Date,
  result: AttendanceSweepResult,
) {
  const { regionId, id: placementId } = loaded.placement;
  const handled = new Set(
    weeks.filter((week) => week.tokenHash || week.confirmedAt).map((week) => week.weekOf),
  );
  for (const weekOf of finishedWeeks(termsOf(loaded), localDateOf(now))) {
    if (handled.has(weekOf)) continue;
    const { token, tokenHash } = newLink();
    const weekId = await requestWeek(tx, { regionId, placementId, weekOf, tokenHash });
    if (!weekId) continue;
    await recordAudit(tx, systemActor(regionId), {
      entity: 'attendance_week',
      entityId: weekId,
      action: 'requested',
      after: { placementId, weekOf, requestedAt: now.toISOString() },
    });
    await notify(tx, {
      kind: 'placement.attendance_requested',
      regionId,
      weekId,
      path: attendancePath(token),
    });
    result.requested += 1;
  }
}

async function followUp(
  tx: Transaction,
  loaded: AttendancePlacement,
  weeks: WeekRow[],
  now: Date,
  result: AttendanceSweepResult,
) {
  const { regionId } = loaded.placement;
  const plan = attendanceFollowUp(
    termsOf(loaded),
    weeks.map((week) => ({
      weekOf: week.weekOf,
      requested: week.tokenHash !== null || week.confirmedAt !== null,
      confirmed: week.confirmedAt !== null,
      reminded: week.remindedAt !== null,
      escalated: week.escalatedAt !== null,
    })),
    localDateOf(now),
  );
  const byWeek = new Map(weeks.map((week) => [week.weekOf, week]));
  for (const weekOf of plan.remind) {
    const week = byWeek.get(weekOf)!;
    const { token, tokenHash } = newLink();
    if (!(await markWeekOnce(tx, week.id, { remindedAt: now, tokenHash }))) continue;
    await recordAudit(tx, systemActor(regionId), {
      entity: 'attendance_week',
      entityId: week.id,
      action: 'reminded',
      after: { remindedAt: now.toISOString(), linkRenewed: true },
    });
    await notify(tx, {
      kind: 'placement.attendance_reminder',
      regionId,
      weekId: week.id,
      path: attendancePath(token),
    });
    result.reminded += 1;
  }
  for (const weekOf of plan.escalate) {
    const week = byWeek.get(weekOf)!;
    if (!(await markWeekOnce(tx, week.id, { escalatedAt: now }))) continue;
    await recordAudit(tx, systemActor(regionId), {
      entity: 'attendance_week',
      entityId: week.id,
      action: 'escalated',
      after: { escalatedAt: now.toISOString() },
    });
    await raiseConflict(tx, {
      regionId,
      type: 'attendance_unconfirmed',
      sessionId: loaded.sessionId,
      offerId: loaded.offerId,
      schoolId: loaded.placement.schoolId,
      details: {
        placementId: loaded.placement.id,
        weekOf,
        companyId: loaded.placement.companyId,
        companyName: loaded.companyName,
        pseudonym: loaded.participant.pseudonym,
      },
    });
    result.escalated += 1;
  }
}
