import { blackoutsOverlapping, localDateOf, type BlackoutPeriod } from '../blackout';
import { optionsOutsideAvailability } from '../availability';
import { fail, ok, type Outcome } from '../outcome';
import { schoolYearOf } from '../reports/calendar';
import { fromLocal } from '../wallClock';
import type { HolidayRegion } from '../vocabulary';
import { periodAsAvailability, type RequestPeriod } from './period';
import type { MenuCardStatus, PartProposalStatus, PartState, RequestStatus } from './vocabulary';

type FieldError = { path: string; message: string };

export interface RequestTerms extends RequestPeriod {
  signUpDeadline: string;
}

/**
 * What is wrong with a request's period and deadline at `now` (empty when nothing): a period
 * in the past or inverted, a deadline after the period or already passed, and a period that
 * straddles two school years (a request belongs to one menu card).
 */
export function requestTermsProblems(terms: RequestTerms, now: Date): FieldError[] {
  const today = localDateOf(now);
  const problems: FieldError[] = [];
  if (terms.periodUntil < terms.periodFrom)
    problems.push({ path: 'body.periodUntil', message: 'must not be before periodFrom' });
  if (terms.periodFrom < today)
    problems.push({ path: 'body.periodFrom', message: 'lies in the past' });
  if (terms.signUpDeadline < today)
    problems.push({ path: 'body.signUpDeadline', message: 'lies in the past' });
  if (terms.signUpDeadline > terms.periodUntil)
    problems.push({ path: 'body.signUpDeadline', message: 'must not be after periodUntil' });
  if (
    problems.length === 0 &&
    schoolYearOfDate(terms.periodFrom) !== schoolYearOfDate(terms.periodUntil)
  )
    problems.push({ path: 'body.periodUntil', message: 'the period must lie in one school year' });
  return problems;
}

/** The school year (`2026-2027`) a local date falls in; a request's menu card is that year's. */
export const schoolYearOfDate = (date: string): string =>
  schoolYearOf(fromLocal({ date, time: '12:00' }));

/** One part per class and occasion: a company can take some of them. */
export function partsFor(
  classes: readonly { id: string; organisationId: string }[],
  occasionsPerClass: number,
): { classId: string; schoolId: string; occasion: number }[] {
  return classes.flatMap((schoolClass) =>
    Array.from({ length: occasionsPerClass }, (_, index) => ({
      classId: schoolClass.id,
      schoolId: schoolClass.organisationId,
      occasion: index + 1,
    })),
  );
}

export interface SignUpWindow {
  cardStatus: MenuCardStatus;
  requestStatus: RequestStatus;
  signUpDeadline: string;
}

/** Companies sign up on a published request of a published card, until the deadline's end. */
export function signUpOpen(window: SignUpWindow, now: Date): Outcome<true> {
  if (window.cardStatus !== 'published')
    return fail('sign_up_closed', `the menu card is ${window.cardStatus}`);
  if (window.requestStatus !== 'published')
    return fail('sign_up_closed', `the request is ${window.requestStatus}`);
  if (localDateOf(now) > window.signUpDeadline)
    return fail('sign_up_closed', `the sign-up deadline ${window.signUpDeadline} has passed`);
  return ok(true);
}

export interface ProposedMoment {
  startsAt: Date;
  endsAt: Date;
  /** The school of the part: its holiday region and exam weeks apply. */
  school: { id: string; holidayRegion: HolidayRegion };
}

/**
 * Which proposed moments do not fit the request: outside its period, weekdays or part of day,
 * in the past (the on-request availability rule), or in a school holiday or exam week.
 */
export function momentProblems(
  moments: readonly ProposedMoment[],
  period: RequestPeriod,
  blackouts: readonly BlackoutPeriod[],
  now: Date,
): FieldError[] {
  const outside = optionsOutsideAvailability(moments, periodAsAvailability(period), now).map(
    (o) => ({ path: `body.parts.${o.index}.startsAt`, message: o.reason }),
  );
  const blocked = moments.flatMap((moment, index) => {
    const hit = blackoutsOverlapping(moment, blackouts, moment.school)[0];
    return hit && !outside.some((o) => o.path === `body.parts.${index}.startsAt`)
      ? [{ path: `body.parts.${index}.startsAt`, message: `falls in ${hit.name}` }]
      : [];
  });
  return [...outside, ...blocked];
}

/** The part's state from its live proposal (at most one, by a database index). */
export const partStateOf = (proposal: PartProposalStatus | null): PartState =>
  proposal === 'accepted' ? 'accepted' : proposal === 'proposed' ? 'proposed' : 'open';

export interface Fill {
  asked: number;
  proposed: number;
  accepted: number;
  open: number;
  /** Accepted parts over asked parts, 0–1, rounded to two decimals. */
  rate: number;
}

/** How far a set of parts is filled: a request's, a menu card's or a school's. */
export function fillOf(states: readonly PartState[]): Fill {
  const count = (state: PartState) => states.filter((s) => s === state).length;
  const asked = states.length;
  const accepted = count('accepted');
  return {
    asked,
    proposed: count('proposed'),
    accepted,
    open: count('open'),
    rate: asked === 0 ? 0 : Math.round((accepted / asked) * 100) / 100,
  };
}

/** A request fits a company when it names no sectors or shares one with the company. */
export const requestFitsCompany = (
  request: { sectorTags: readonly string[] },
  company: { sectorTags: readonly string[] },
): boolean =>
  request.sectorTags.length === 0 ||
  request.sectorTags.some((tag) => company.sectorTags.includes(tag));

/** A proposal is decided once: accepted or declined only while proposed. */
export function decidePartProposal(
  status: PartProposalStatus,
  to: 'accepted' | 'declined' | 'withdrawn',
): Outcome<PartProposalStatus> {
  const allowed = to === 'withdrawn' ? ['proposed', 'accepted'] : ['proposed'];
  if (!allowed.includes(status))
    return fail('invalid_transition', `a ${status} proposal cannot become ${to}`, {
      from: status,
      to,
    });
  return ok(to);
}

/** Requests merge into one when they ask the same thing of companies on the same card. */
export function mergeProblems(
  target: { id: string; type: string; menuCardId: string; status: RequestStatus },
  others: readonly { id: string; type: string; menuCardId: string; status: RequestStatus }[],
): FieldError[] {
  const mergeable = (status: RequestStatus) => status === 'submitted' || status === 'published';
  if (!mergeable(target.status))
    return [{ path: 'params.id', message: `the request is ${target.status}` }];
  return others.flatMap((other, index) => {
    const path = `body.requestIds.${index}`;
    if (other.id === target.id) return [{ path, message: 'cannot merge a request into itself' }];
    if (!mergeable(other.status)) return [{ path, message: `the request is ${other.status}` }];
    if (other.type !== target.type) return [{ path, message: 'asks for another activity type' }];
    if (other.menuCardId !== target.menuCardId)
      return [{ path, message: 'is on another menu card' }];
    return [];
  });
}

/** Company hours asked: hours per occasion × parts. */
export const hoursAsked = (hoursPerOccasion: number, parts: number): number =>
  Math.round(hoursPerOccasion * parts * 100) / 100;
