import { localDateOf } from '../blackout';

/**
 * The first and last free day of a Rijksoverheid holiday, from its UTC timestamps. The feed's
 * conventions changed over the years: a start is sometimes local midnight written in UTC (the
 * Friday before at 22:00Z/23:00Z, 2014) and sometimes the Saturday itself at 00:00Z or 22:00Z
 * (2023 onwards), so its UTC date is taken unless it is that Friday. An end is meant as 23:59 on
 * the last Sunday, but the real 2023-2024 response writes 22:59Z for a Sunday in summer time
 * (00:59 local on Monday), so the end's UTC date is taken, never its local date.
 */
export function holidayDatesOf(
  startdate: string,
  enddate: string,
): { ok: true; startsOn: string; endsOn: string } | { ok: false; message: string } {
  const start = new Date(startdate);
  const end = new Date(enddate);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(startdate) || Number.isNaN(start.getTime()))
    return { ok: false, message: `startdate "${startdate}" is not a timestamp` };
  if (!/^\d{4}-\d{2}-\d{2}T/.test(enddate) || Number.isNaN(end.getTime()))
    return { ok: false, message: `enddate "${enddate}" is not a timestamp` };
  const utcDate = startdate.slice(0, 10);
  const oldConvention = start.getUTCDay() === 5 && [22, 23].includes(start.getUTCHours());
  const startsOn = oldConvention ? localDateOf(start) : utcDate;
  const endsOn = enddate.slice(0, 10);
  return checkWeekend(startsOn, endsOn);
}

const weekdayOf = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay();
const dayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A school holiday runs from a Saturday to a Sunday; anything else is reported, not imported. */
export function checkWeekend(
  startsOn: string,
  endsOn: string,
): { ok: true; startsOn: string; endsOn: string } | { ok: false; message: string } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(startsOn) || !/^\d{4}-\d{2}-\d{2}$/.test(endsOn))
    return { ok: false, message: 'dates must be YYYY-MM-DD' };
  if (weekdayOf(startsOn) !== 6)
    return {
      ok: false,
      message: `starts on ${dayNames[weekdayOf(startsOn)]} ${startsOn}, expected a Saturday`,
    };
  if (weekdayOf(endsOn) !== 0)
    return {
      ok: false,
      message: `ends on ${dayNames[weekdayOf(endsOn)]} ${endsOn}, expected a Sunday`,
    };
  if (endsOn < startsOn) return { ok: false, message: 'ends before it starts' };
  return { ok: true, startsOn, endsOn };
}
