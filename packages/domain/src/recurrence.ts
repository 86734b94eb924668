import { fail, ok, type Outcome } from './outcome';
import { addDays, fromLocal, isoWeekdayOf } from './wallClock';

/** A series of sessions in local wall-clock terms (Europe/Amsterdam). */
export interface SeriesRule {
  /** First calendar date considered, `YYYY-MM-DD`. */
  startDate: string;
  /** Last calendar date considered (inclusive); or give `count`. */
  endDate?: string | null;
  /** How many sessions, counted from `startDate` on the chosen weekdays; or give `endDate`. */
  count?: number | null;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays: readonly number[];
  /** Local start and end time on each date, `HH:mm`; the end is after the start. */
  startTime: string;
  endTime: string;
}

export interface Occurrence {
  localDate: string;
  startsAt: Date;
  endsAt: Date;
}

/** A series longer than this is refused: almost certainly a typo, and it would flood feeds. */
export const maxSeriesLength = 200;
/** How far an end date may lie after the start date. */
export const maxSeriesSpanDays = 2 * 366;

/**
 * Expands a series into UTC instants. Each occurrence keeps its local wall-clock time, so a
 * weekly 09:00 session is 08:00Z in winter and 07:00Z in summer.
 */
export function expandSeries(rule: SeriesRule): Outcome<Occurrence[]> {
  const weekdays = new Set(rule.weekdays);
  if (weekdays.size === 0 || [...weekdays].some((d) => !Number.isInteger(d) || d < 1 || d > 7))
    return fail('validation_failed', 'weekdays must be 1 (Monday) to 7 (Sunday)');
  if (rule.endTime <= rule.startTime)
    return fail('validation_failed', 'endTime must be after startTime');
  const hasEnd = rule.endDate != null;
  const hasCount = rule.count != null;
  if (hasEnd === hasCount) return fail('validation_failed', 'give either endDate or count');
  if (hasCount && (rule.count! < 1 || rule.count! > maxSeriesLength))
    return fail('series_too_long', `at most ${maxSeriesLength} sessions`, {
      max: maxSeriesLength,
    });
  if (hasEnd && rule.endDate! < rule.startDate)
    return fail('validation_failed', 'endDate is before startDate');
  const lastDate = hasEnd ? rule.endDate! : addDays(rule.startDate, maxSeriesSpanDays);
  if (lastDate > addDays(rule.startDate, maxSeriesSpanDays))
    return fail('series_too_long', `a series spans at most ${maxSeriesSpanDays} days`, {
      max: maxSeriesLength,
    });

  const occurrences: Occurrence[] = [];
  for (let date = rule.startDate; date <= lastDate; date = addDays(date, 1)) {
    if (!weekdays.has(isoWeekdayOf(date))) continue;
    if (occurrences.length === maxSeriesLength)
      return fail('series_too_long', `at most ${maxSeriesLength} sessions`, {
        max: maxSeriesLength,
      });
    const startsAt = fromLocal({ date, time: rule.startTime });
    const endsAt = fromLocal({ date, time: rule.endTime });
    // Only possible when the times straddle the hour skipped by the spring change.
    if (endsAt <= startsAt)
      return fail('validation_failed', `the times on ${date} fall in the daylight-saving gap`);
    occurrences.push({ localDate: date, startsAt, endsAt });
    if (hasCount && occurrences.length === rule.count) break;
  }
  if (occurrences.length === 0)
    return fail('validation_failed', 'the series has no date on the chosen weekdays');
  return ok(occurrences);
}
