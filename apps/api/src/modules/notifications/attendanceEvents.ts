import { and, eq } from 'drizzle-orm';
import { attendanceWeeks, placementEvaluations, type Transaction } from '@stagebureau/db';
import { weekWorkingDays, type NotificationFacts } from '@stagebureau/domain';
import { hashSecret } from '../auth/secrets';
import type { NotificationEvent } from './events';
import { schoolRecipients, type RecipientUser } from './recipients';
import { loadPlacement } from './placementEvents';
import type { Delivery } from './resolve';

type AttendanceEvent = Extract<
  NotificationEvent,
  {
    kind:
      | 'placement.attendance_requested'
      | 'placement.attendance_reminder'
      | 'placement.absence_reported'
      | 'placement.evaluation_requested';
  }
>;

/** The place's supervisor: an adult without an account, reached by e-mail only, in Dutch. */
const supervisorOf = (place: { supervisorEmail: string }): RecipientUser => ({
  userId: null,
  email: place.supervisorEmail,
  language: 'nl',
  audience: 'invitee',
});

/** The link's secret still opens the row (not rotated since, not used). */
const stillValid = (path: string, tokenHash: string | null) =>
  tokenHash !== null && tokenHash === hashSecret(path.split('/').at(-1) ?? '');

async function findWeek(tx: Transaction, regionId: string, weekId: string) {
  const [week] = await tx
    .select()
    .from(attendanceWeeks)
    .where(and(eq(attendanceWeeks.regionId, regionId), eq(attendanceWeeks.id, weekId)));
  return week ?? null;
}

/**
 * Who hears about attendance and evaluation (issue 16). The supervisor's links go to the
 * place's supervisor by e-mail only (no inbox copy keeps the secret), and only while the link
 * still works; an absence goes to the school's coordinators and the placement's proposer.
 */
export async function resolveAttendanceEvent(
  tx: Transaction,
  event: AttendanceEvent,
): Promise<Delivery[]> {
  switch (event.kind) {
    case 'placement.attendance_requested':
    case 'placement.attendance_reminder': {
      const week = await findWeek(tx, event.regionId, event.weekId);
      // Confirmed or rotated (a reminder's fresh link) meanwhile: nothing to send.
      if (!week || week.confirmedAt || !stillValid(event.path, week.tokenHash)) return [];
      const loaded = await loadPlacement(tx, event.regionId, week.placementId);
      if (!loaded) return [];
      const terms = { ...loaded.placement, ...loaded.place };
      const facts: NotificationFacts = {
        kind: event.kind,
        placement: loaded.facts,
        weekOf: week.weekOf,
        workingDays: weekWorkingDays(terms, week.weekOf),
        path: event.path,
      };
      return [{ facts, recipients: [supervisorOf(loaded.place)] }];
    }
    case 'placement.absence_reported': {
      const week = await findWeek(tx, event.regionId, event.weekId);
      if (!week) return [];
      const loaded = await loadPlacement(tx, event.regionId, week.placementId);
      if (!loaded) return [];
      const facts: NotificationFacts = {
        kind: event.kind,
        placement: loaded.facts,
        day: event.day,
        pupil: { pseudonym: loaded.pseudonym, className: loaded.className },
      };
      const { schoolId, createdBy } = loaded.placement;
      return [
        { facts, recipients: await schoolRecipients(tx, event.regionId, schoolId, [createdBy]) },
      ];
    }
    case 'placement.evaluation_requested': {
      const [evaluation] = await tx
        .select()
        .from(placementEvaluations)
        .where(
          and(
            eq(placementEvaluations.regionId, event.regionId),
            eq(placementEvaluations.id, event.evaluationId),
          ),
        );
      if (!evaluation || evaluation.submittedAt) return [];
      if (!stillValid(event.path, evaluation.tokenHash)) return [];
      const loaded = await loadPlacement(tx, event.regionId, evaluation.placementId);
      if (!loaded) return [];
      const facts: NotificationFacts = {
        kind: event.kind,
        placement: loaded.facts,
        path: event.path,
      };
      return [{ facts, recipients: [supervisorOf(loaded.place)] }];
    }
  }
}
