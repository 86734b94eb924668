import { addDays, isoWeekdayOf, toLocal } from '../wallClock';

/** Reminders go out this many working days before an activity starts. */
export const reminderWorkingDays = 2;
/** A feedback request is still sent this long after an activity ended (e.g. after downtime). */
export const feedbackWindowDays = 14;

export interface WorkingDayOptions {
  /** Also skip Dutch public holidays (default true). Weekends are always skipped. */
  publicHolidays?: boolean;
}

/** Easter Sunday (Gregorian, anonymous algorithm) as `YYYY-MM-DD`. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The Dutch public holidays on which schools and most companies are closed: New Year, Easter
 * Monday, King's Day (26 April when the 27th is a Sunday), Ascension Day, Whit Monday and both
 * Christmas days. Liberation Day counts only in lustrum years (2025, 2030…), as in most
 * collective agreements; Good Friday is not a general day off and is not included. Easter and
 * Whit Sunday fall on Sundays and are skipped as weekend days anyway.
 */
export function dutchPublicHolidays(year: number): string[] {
  const easter = easterSunday(year);
  const kingsDay = isoWeekdayOf(`${year}-04-27`) === 7 ? `${year}-04-26` : `${year}-04-27`;
  const holidays = [
    `${year}-01-01`,
    addDays(easter, 1),
    kingsDay,
    addDays(easter, 39),
    addDays(easter, 50),
    `${year}-12-25`,
    `${year}-12-26`,
  ];
  if (year % 5 === 0) holidays.push(`${year}-05-05`);
  return holidays.sort();
}

export function isWorkingDay(date: string, options: WorkingDayOptions = {}): boolean {
  if (isoWeekdayOf(date) >= 6) return false;
  if (options.publicHolidays === false) return true;
  return !dutchPublicHolidays(Number(date.slice(0, 4))).includes(date);
}

/** The calendar date `count` working days before `date` (both `YYYY-MM-DD`). */
export function workingDaysBefore(
  date: string,
  count: number,
  options: WorkingDayOptions = {},
): string {
  let day = date;
  for (let left = count; left > 0;) {
    day = addDays(day, -1);
    if (isWorkingDay(day, options)) left -= 1;
  }
  return day;
}

/** The local date on which the reminder for an activity starting at `startsAt` is due. */
export const reminderDateFor = (startsAt: Date, options: WorkingDayOptions = {}): string =>
  workingDaysBefore(toLocal(startsAt).date, reminderWorkingDays, options);

/** From its due date until the activity starts, a reminder (still) has to be sent. */
export function isReminderDue(startsAt: Date, now: Date, options: WorkingDayOptions = {}) {
  return now < startsAt && toLocal(now).date >= reminderDateFor(startsAt, options);
}

/** After an activity ended, for a limited window, feedback is asked once. */
export function isFeedbackDue(endsAt: Date, now: Date): boolean {
  const age = now.getTime() - endsAt.getTime();
  return age >= 0 && age <= feedbackWindowDays * 86_400_000;
}

/** Retry delay after `attempts` failed sends: 1, 2, 4 … minutes, capped at one hour. */
export function retryDelayMs(attempts: number, baseMs = 60_000): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), 60 * 60_000);
}
