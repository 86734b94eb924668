import { fail, ok, type Outcome } from '../outcome';
import { hourlyRateCentsFor, inKindCents, type Cents } from '../reports/money';
import type { RegionSettings } from '../regionSettings';
import type { OfferType } from '../vocabulary';
import { mondayOf } from '../requests/demand';
import { addDays } from '../wallClock';
import { hoursPerDay, workingDays } from './rules';
import type { PlacementStatus } from './vocabulary';

/**
 * Attendance and hours (issue 16): each finished week of a signed placement the supervisor
 * confirms the days present; hours are present days × the placement's hours per day and
 * count as in-kind contribution. A week is named by its Monday (`weekOf`); it is finished the
 * day after its last working day in the placement, and its follow-up counts from that day.
 */
export interface AttendanceTerms {
  startsOn: string;
  endsOn: string;
  weekdays: readonly number[];
  dayStarts: string;
  dayEnds: string;
}

/** Days after a week's last working day before the supervisor is reminded, once. */
export const attendanceReminderDays = 7;
/** Days after a week's last working day before the bureau gets a conflict, once. */
export const attendanceEscalationDays = 14;

/** Attendance is kept for a placement that is signed (running) or completed, never before. */
export const attendanceStatuses: readonly PlacementStatus[] = ['signed', 'completed'];

/** Whether a placement keeps attendance: not before every signature, not once it ended badly. */
export function attendanceOpen(status: PlacementStatus): Outcome<true> {
  if (attendanceStatuses.includes(status)) return ok(true);
  if (status === 'proposed' || status === 'accepted')
    return fail('signatures_missing', 'attendance starts once the agreement is signed');
  return fail('invalid_transition', `a ${status} placement keeps no attendance`, {
    from: status,
    move: 'attend',
  });
}

const termsOf = (terms: AttendanceTerms) => ({ ...terms, weekdays: [...terms.weekdays] });

/** The placement's working days in the week of `weekOf` (a Monday), in order. */
export function weekWorkingDays(terms: AttendanceTerms, weekOf: string): string[] {
  const sunday = addDays(weekOf, 6);
  const startsOn = terms.startsOn > weekOf ? terms.startsOn : weekOf;
  const endsOn = terms.endsOn < sunday ? terms.endsOn : sunday;
  if (endsOn < startsOn) return [];
  return workingDays({ ...termsOf(terms), startsOn, endsOn });
}

/** The last working day of a week in the placement: the follow-up counts from it. */
export function weekEndOf(terms: AttendanceTerms, weekOf: string): string | null {
  return weekWorkingDays(terms, weekOf).at(-1) ?? null;
}

/** Mondays of the placement's weeks whose every working day lies before `today`. */
export function finishedWeeks(terms: AttendanceTerms, today: string): string[] {
  const weeks = new Set(workingDays(termsOf(terms)).map(mondayOf));
  return [...weeks].filter((weekOf) => {
    const end = weekEndOf(terms, weekOf);
    return end !== null && end < today;
  });
}

/**
 * A confirmation's days: each must be a working day of the placement in that week and not in
 * the future (`outside_placement`, naming the day). Returns them sorted, without repeats.
 */
export function checkAttendanceDays(
  terms: AttendanceTerms,
  weekOf: string,
  days: readonly string[],
  today: string,
): Outcome<string[]> {
  if (mondayOf(weekOf) !== weekOf)
    return fail('validation_failed', 'a week is named by its Monday', {
      errors: [{ path: 'body.weekOf', message: 'not a Monday' }],
    });
  const working = weekWorkingDays(terms, weekOf);
  if (working.length === 0) return outside(weekOf, 'a week without working days of the placement');
  if (working[0]! > today) return outside(working[0]!, 'in the future');
  const allowed = new Set(working);
  for (const day of days) {
    if (!allowed.has(day)) return outside(day, 'not a working day of the placement in this week');
    if (day > today) return outside(day, 'in the future');
  }
  return ok([...new Set(days)].sort());
}

/** A reported absence: a working day of the placement (any week; it may be announced ahead). */
export function checkAbsenceDay(terms: AttendanceTerms, day: string): Outcome<string> {
  if (!weekWorkingDays(terms, mondayOf(day)).includes(day))
    return outside(day, 'not a working day of the placement');
  return ok(day);
}

const outside = (day: string, why: string) =>
  fail('outside_placement', `${day} is ${why}`, { day });

/** Supervision hours of a week: present days × the placement's hours per day. */
export const attendanceHours = (terms: AttendanceTerms, presentDays: readonly string[]): number =>
  Math.round(presentDays.length * hoursPerDay(terms) * 100) / 100;

/**
 * The one-click default: every working day of the week that was not reported absent. What
 * a confirmation keeps as absent: the week's working days that are not present.
 */
export const defaultPresentDays = (
  terms: AttendanceTerms,
  weekOf: string,
  absentDays: readonly string[],
): string[] => weekWorkingDays(terms, weekOf).filter((day) => !absentDays.includes(day));
export const absentDaysOf = (
  terms: AttendanceTerms,
  weekOf: string,
  presentDays: readonly string[],
): string[] => weekWorkingDays(terms, weekOf).filter((day) => !presentDays.includes(day));

/** A stored week as the follow-up reads it. */
export interface AttendanceWeekState {
  weekOf: string;
  /** A link went out (a token is set) or the week is confirmed. */
  requested: boolean;
  confirmed: boolean;
  reminded: boolean;
  escalated: boolean;
}

export interface AttendanceFollowUp {
  /** Weeks to remind the supervisor of (their week ended ≥ 7 days ago). */
  remind: string[];
  /** Weeks to raise a conflict for (their week ended ≥ 14 days ago). */
  escalate: string[];
}

/** Which requested, unconfirmed weeks are due for their one reminder and their one conflict. */
export function attendanceFollowUp(
  terms: AttendanceTerms,
  weeks: readonly AttendanceWeekState[],
  today: string,
): AttendanceFollowUp {
  const due = (week: AttendanceWeekState, days: number) => {
    const end = weekEndOf(terms, week.weekOf);
    return end !== null && addDays(end, days) <= today;
  };
  const open = weeks.filter((week) => week.requested && !week.confirmed);
  return {
    remind: open
      .filter((week) => !week.reminded && due(week, attendanceReminderDays))
      .map((week) => week.weekOf),
    escalate: open
      .filter((week) => !week.escalated && due(week, attendanceEscalationDays))
      .map((week) => week.weekOf),
  };
}

/** The in-kind value of supervision hours: hours × the region's rate for the place's type. */
export function attendanceInKindCents(
  hours: number,
  settings: Pick<RegionSettings, 'inKindHourlyRateEuro' | 'inKindHourlyRateEuroByOfferType'>,
  offerType: OfferType,
): Cents {
  return inKindCents(hours, hourlyRateCentsFor(settings, offerType));
}

/**
 * How a supervisor (the host company's person) sees the pupil: the first name and the
 * initial of the surname, keeping a Dutch prefix ("Sanne de B."); an erased one by pseudonym.
 */
export function shortNameOf(person: {
  firstName: string;
  surname: string;
  pseudonym: string;
  erased: boolean;
}): string {
  if (person.erased) return person.pseudonym;
  const words = person.surname.trim().split(/\s+/);
  const last = words.pop() ?? '';
  return [person.firstName.trim(), ...words, `${last.charAt(0).toUpperCase()}.`].join(' ');
}
