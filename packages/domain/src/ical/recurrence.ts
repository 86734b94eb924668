import { workingDays } from '../placements/rules';
import { fromLocal } from '../wallClock';

/** What a recurring working pattern needs: the period and the days and hours within it. */
export interface WorkingPattern {
  startsOn: string;
  endsOn: string;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays: readonly number[];
  dayStarts: string;
  dayEnds: string;
}

/** An event's first occurrence and, when it repeats, its RRULE value (without `RRULE:`). */
export interface Recurrence {
  start: Date;
  end: Date;
  rrule: string | null;
}

const rfcWeekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** `20300328T150000Z`: a DATE-TIME in UTC, the only form UNTIL may take when DTSTART has a TZID. */
export const utcDateTimeOf = (instant: Date): string =>
  instant
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');

/**
 * A placement as a calendar shows it: the first working day's hours, repeated weekly on the
 * place's weekdays until the last working day's end (RFC 5545 §3.3.10). A calendar then shows
 * the working days only, not one block across weeks and nights. DTSTART is the first working
 * day itself, because a DTSTART that does not match the rule is read differently by clients.
 * A single working day (a snuffelstage) does not repeat. Null when no working day falls in the
 * period.
 */
export function placementRecurrence(pattern: WorkingPattern): Recurrence | null {
  const days = workingDays({ ...pattern, weekdays: [...pattern.weekdays] });
  const first = days[0];
  const last = days.at(-1);
  if (!first || !last) return null;
  const start = fromLocal({ date: first, time: pattern.dayStarts });
  const end = fromLocal({ date: first, time: pattern.dayEnds });
  if (days.length === 1) return { start, end, rrule: null };
  const byDay = [...new Set(pattern.weekdays)]
    .filter((day) => day >= 1 && day <= 7)
    .sort((a, b) => a - b)
    .map((day) => rfcWeekdays[day - 1])
    .join(',');
  const until = utcDateTimeOf(fromLocal({ date: last, time: pattern.dayEnds }));
  return { start, end, rrule: `FREQ=WEEKLY;BYDAY=${byDay};UNTIL=${until}` };
}
