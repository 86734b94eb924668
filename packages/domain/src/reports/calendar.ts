import { seasonOf } from '../caps';
import { toLocal } from '../wallClock';

/**
 * Report periods. A school year runs 1 August – 31 July in Europe/Amsterdam and is named
 * `2026-2027`; an activity belongs to the period its session STARTS in, so a session across
 * 31 July → 1 August counts in the school year it began in.
 */
export type SchoolYear = `${number}-${number}`;

export const schoolYearPattern = /^(\d{4})-(\d{4})$/;

/** The school year an instant falls in (by its Amsterdam wall-clock date). */
export function schoolYearOf(instant: Date): SchoolYear {
  const startYear = Number(seasonOf(instant).from.toISOString().slice(0, 4));
  return `${startYear}-${startYear + 1}`;
}

/** The half-open instant range [from, until) of a school year named `2026-2027`. */
export function schoolYearRange(schoolYear: string): { from: Date; until: Date } {
  const match = schoolYearPattern.exec(schoolYear);
  if (!match || Number(match[2]) !== Number(match[1]) + 1) {
    throw new RangeError(`not a school year: ${schoolYear}`);
  }
  return seasonOf(new Date(Date.UTC(Number(match[1]), 9, 1)));
}

/** The school year before (`2026-2027` → `2025-2026`). */
export function previousSchoolYear(schoolYear: string): SchoolYear {
  const start = Number(schoolYear.slice(0, 4)) - 1;
  return `${start}-${start + 1}`;
}

/** The school year after (`2026-2027` → `2027-2028`). */
export function nextSchoolYear(schoolYear: string): SchoolYear {
  const start = Number(schoolYear.slice(0, 4)) + 1;
  return `${start}-${start + 1}`;
}

/** The calendar year of an instant's Amsterdam date. */
export const calendarYearOf = (instant: Date): number => Number(toLocal(instant).date.slice(0, 4));

/** The half-open instant range of a calendar year in Amsterdam (1 January is always UTC+1). */
export const calendarYearRange = (year: number): { from: Date; until: Date } => ({
  from: new Date(Date.UTC(year - 1, 11, 31, 23)),
  until: new Date(Date.UTC(year, 11, 31, 23)),
});

/** `YYYY-MM` of an instant's Amsterdam date. */
export const monthOf = (instant: Date): string => toLocal(instant).date.slice(0, 7);

export interface ReportPeriod {
  from: Date | null;
  until: Date | null;
}

/**
 * The period a report covers: the intersection of the filters given (school year, calendar
 * year, from/to); open-ended where none bounds it. An empty intersection stays empty
 * (`from >= until`), so it selects nothing rather than everything.
 */
export function periodOf(filters: {
  schoolYear?: string;
  calendarYear?: number;
  from?: string;
  to?: string;
}): ReportPeriod {
  const ranges: { from: Date | null; until: Date | null }[] = [];
  if (filters.schoolYear) ranges.push(schoolYearRange(filters.schoolYear));
  if (filters.calendarYear !== undefined) ranges.push(calendarYearRange(filters.calendarYear));
  ranges.push({
    from: filters.from ? new Date(filters.from) : null,
    until: filters.to ? new Date(filters.to) : null,
  });
  const later = (a: Date | null, b: Date | null) => (!a ? b : !b ? a : a > b ? a : b);
  const earlier = (a: Date | null, b: Date | null) => (!a ? b : !b ? a : a < b ? a : b);
  return ranges.reduce(
    (period, range) => ({
      from: later(period.from, range.from),
      until: earlier(period.until, range.until),
    }),
    { from: null as Date | null, until: null as Date | null },
  );
}
