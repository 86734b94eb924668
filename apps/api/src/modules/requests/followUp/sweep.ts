import { regions, type Database } from '@stagebureau/db';
import {
  addDays,
  followUpPlan,
  localDateOf,
  partStateOf,
  reminderDaysBeforeDeadline,
} from '@stagebureau/domain';
import { raiseConflict } from '../../conflicts/raise';
import { notify } from '../../notifications/notify';
import {
  claimRequest,
  companiesOf,
  partsWithProposal,
  recordReminders,
  remindedOf,
  requestsDueBetween,
  unfilledRaised,
} from './repo';

export interface FollowUpResult {
  /** Reminder events stored (one per company and request, each naming new parts only). */
  reminders: number;
  /** Parts newly announced across those reminders. */
  partsReminded: number;
  /** `request_unfilled` conflicts raised. */
  unfilled: number;
}

/**
 * The demand side's clock (issue 15), run periodically by the API process (sweepPlugin) and
 * by tests with their own `now`. Each request is one transaction under its row lock, taken
 * with SKIP LOCKED: two API processes sweeping at once split the requests between them. The
 * reminder rows' unique key (part, company) is the final guard — a reminder names only the
 * parts its own insert recorded — and the conflict is raised under the lock after checking
 * none was ever raised for the request, so each happens once whatever runs concurrently.
 * Messages leave through the outbox: `notify` stores the event, the worker renders and sends.
 */
export async function runRequestFollowUp(
  db: Database,
  now: Date,
  days: number = reminderDaysBeforeDeadline,
): Promise<FollowUpResult> {
  const result: FollowUpResult = { reminders: 0, partsReminded: 0, unfilled: 0 };
  const today = localDateOf(now);
  for (const { id: regionId } of await db.select({ id: regions.id }).from(regions)) {
    const due = await requestsDueBetween(db, regionId, today, addDays(today, days));
    if (!due.length) continue;
    const companies = await companiesOf(db, regionId);
    for (const { id } of due) {
      await db.transaction(async (tx) => {
        const request = await claimRequest(tx, regionId, id);
        if (!request) return; // another sweeper holds it now
        const parts = await partsWithProposal(tx, regionId, id);
        const plan = followUpPlan({
          now,
          days,
          companies,
          reminded: await remindedOf(
            tx,
            regionId,
            parts.map((part) => part.id),
          ),
          requests: [
            {
              id,
              cardStatus: request.cardStatus,
              requestStatus: request.status,
              signUpDeadline: request.signUpDeadline,
              sectorTags: request.sectorTags,
              parts: parts.map((part) => ({ id: part.id, state: partStateOf(part.proposal) })),
              unfilledRaised: await unfilledRaised(tx, regionId, id),
            },
          ],
        });
        for (const reminder of plan.reminders) {
          const partIds = await recordReminders(
            tx,
            regionId,
            reminder.companyId,
            reminder.partIds,
            now,
          );
          if (!partIds.length) continue;
          await notify(tx, {
            kind: 'request.reminder',
            regionId,
            requestId: id,
            companyId: reminder.companyId,
            partIds,
          });
          result.reminders += 1;
          result.partsReminded += partIds.length;
        }
        for (const { fill } of plan.unfilled) {
          await raiseConflict(tx, {
            regionId,
            type: 'request_unfilled',
            schoolId: request.schoolId,
            details: {
              requestId: id,
              title: request.title,
              signUpDeadline: request.signUpDeadline,
              ...fill,
            },
          });
          result.unfilled += 1;
        }
      });
    }
  }
  return result;
}
