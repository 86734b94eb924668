import { localDateOf } from '../blackout';
import type { OrganisationStatus } from '../vocabulary';
import { addDays } from '../wallClock';
import { fillOf, requestFitsCompany, signUpOpen, type Fill, type SignUpWindow } from './rules';
import type { PartState } from './vocabulary';

/**
 * How many days before a request's sign-up deadline the follow-up starts: fitting companies
 * are reminded of its open parts, and a request still open then enters the bureau's queue.
 * One number for both, since both answer "a week before the deadline" (issue 15).
 */
export const reminderDaysBeforeDeadline = 7;

/**
 * A request is followed up while companies can still sign up (published on a published card,
 * deadline not passed: the sign-up rule itself) and its deadline is at most `days` days away.
 */
export function inFollowUpWindow(
  window: SignUpWindow,
  now: Date,
  days: number = reminderDaysBeforeDeadline,
): boolean {
  return signUpOpen(window, now).ok && window.signUpDeadline <= addDays(localDateOf(now), days);
}

export interface FollowUpRequest extends SignUpWindow {
  id: string;
  sectorTags: readonly string[];
  parts: readonly { id: string; state: PartState }[];
  /** A `request_unfilled` conflict was raised for it before (whatever became of it). */
  unfilledRaised: boolean;
}

export interface FollowUpCompany {
  id: string;
  status: OrganisationStatus;
  sectorTags: readonly string[];
}

export interface FollowUpInput {
  now: Date;
  requests: readonly FollowUpRequest[];
  companies: readonly FollowUpCompany[];
  /** Parts a company was reminded of before: `partId` → company ids. */
  reminded: ReadonlyMap<string, ReadonlySet<string>>;
  days?: number;
}

export interface Reminder {
  requestId: string;
  companyId: string;
  partIds: string[];
}

export interface FollowUpPlan {
  /** At most one per request and company, naming only parts it was not reminded of. */
  reminders: Reminder[];
  /** Requests to put in the bureau's queue, once each. */
  unfilled: { requestId: string; fill: Fill }[];
}

/**
 * What the reminder sweep does now: each active company that fits a request in its window
 * hears once about the open parts it has not heard of; a request in its window with open
 * parts is raised to the bureau once. The shell's unique keys make this hold when two
 * sweeps decide at the same time.
 */
export function followUpPlan(input: FollowUpInput): FollowUpPlan {
  const plan: FollowUpPlan = { reminders: [], unfilled: [] };
  const companies = input.companies.filter((company) => company.status === 'active');
  for (const request of input.requests) {
    if (!inFollowUpWindow(request, input.now, input.days)) continue;
    const open = request.parts.filter((part) => part.state === 'open');
    if (open.length === 0) continue;
    for (const company of companies) {
      if (!requestFitsCompany(request, company)) continue;
      const partIds = open
        .filter((part) => !input.reminded.get(part.id)?.has(company.id))
        .map((part) => part.id);
      if (partIds.length)
        plan.reminders.push({ requestId: request.id, companyId: company.id, partIds });
    }
    if (!request.unfilledRaised)
      plan.unfilled.push({
        requestId: request.id,
        fill: fillOf(request.parts.map((p) => p.state)),
      });
  }
  return plan;
}
