import { localDateOf } from '../blackout';
import type { OfferType } from '../vocabulary';
import { addDays, isoWeekdayOf } from '../wallClock';
import { requestFitsCompany, schoolYearOfDate } from './rules';

/**
 * Demand by week (issue 15): how many classes the requests ask for per ISO week and activity
 * type, against how many the catalogue's scheduled sessions could still take.
 */

/** Seats of a typical class: free seats are read as classes by this (DESIGN: ~25 pupils). */
export const seatsPerClass = 25;

/** The ISO week of a calendar date, `2027-W06` (the week's Thursday names its year). */
export function isoWeekOf(date: string): string {
  const thursday = addDays(date, 4 - isoWeekdayOf(date));
  const year = Number(thursday.slice(0, 4));
  const dayOfYear = (Date.parse(`${thursday}T00:00:00Z`) - Date.UTC(year, 0, 1)) / 86_400_000;
  return `${year}-W${String(Math.floor(dayOfYear / 7) + 1).padStart(2, '0')}`;
}

/** The Monday of a date's ISO week. */
export const mondayOf = (date: string): string => addDays(date, 1 - isoWeekdayOf(date));

export interface Week {
  week: string;
  /** Its Monday, `YYYY-MM-DD`. */
  from: string;
}

/** The ISO weeks touching `[from, until]`, in order. */
export function weeksBetween(from: string, until: string): Week[] {
  const weeks: Week[] = [];
  for (let monday = mondayOf(from); monday <= until; monday = addDays(monday, 7))
    weeks.push({ week: isoWeekOf(monday), from: monday });
  return weeks;
}

export interface AskedDemand {
  type: OfferType;
  periodFrom: string;
  periodUntil: string;
  weekdays: readonly number[];
  /** Its parts: one occasion for one class each. */
  parts: number;
  sectorTags: readonly string[];
}

export interface OfferedSupply {
  type: OfferType;
  startsAt: Date;
  freeSeats: number;
  /** The offering company's and the offer's sector tags. */
  sectorTags: readonly string[];
}

export interface WeekDemand extends Week {
  type: OfferType;
  /** Classes asked (parts), spread over the request's weeks; two decimals. */
  asked: number;
  /** Classes the free seats could take (free seats / `seatsPerClass`); two decimals. */
  offered: number;
}

/**
 * The weeks a request can happen in: those of its period in which one of its weekdays falls
 * inside the period (a period ending on a Monday asks nothing of a Wednesday-only week).
 */
function weeksAsked(demand: AskedDemand): Week[] {
  return weeksBetween(demand.periodFrom, demand.periodUntil).filter(({ from }) =>
    Array.from({ length: 7 }, (_, i) => addDays(from, i)).some(
      (day) =>
        day >= demand.periodFrom &&
        day <= demand.periodUntil &&
        demand.weekdays.includes(isoWeekdayOf(day)),
    ),
  );
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Asked versus offered per ISO week and type. A request's parts are SPREAD EVENLY over the
 * weeks it can happen in (5 parts over weeks 6–10 ask one class a week): it says "some time in
 * this period", so no single week carries it all, and each part still counts once in total.
 * Offered is the free seats of the week's sessions in classes of `seatsPerClass` — fractional,
 * like asked, so a half-empty session counts as half a class rather than as none or a whole.
 */
export function demandByWeek(
  asked: readonly AskedDemand[],
  offered: readonly OfferedSupply[],
): WeekDemand[] {
  const rows = new Map<string, WeekDemand>();
  const row = (week: Week, type: OfferType) => {
    const key = `${week.week}|${type}`;
    let found = rows.get(key);
    if (!found) rows.set(key, (found = { ...week, type, asked: 0, offered: 0 }));
    return found;
  };
  for (const demand of asked) {
    const weeks = weeksAsked(demand);
    for (const week of weeks) row(week, demand.type).asked += demand.parts / weeks.length;
  }
  for (const supply of offered) {
    if (supply.freeSeats <= 0) continue;
    const day = localDateOf(supply.startsAt);
    row({ week: isoWeekOf(day), from: mondayOf(day) }, supply.type).offered +=
      supply.freeSeats / seatsPerClass;
  }
  return [...rows.values()]
    .map((r) => ({ ...r, asked: round2(r.asked), offered: round2(r.offered) }))
    .sort((a, b) => a.from.localeCompare(b.from) || a.type.localeCompare(b.type));
}

export interface WeekSuggestionQuery {
  type: OfferType;
  periodFrom: string;
  periodUntil: string;
  sectorTags: readonly string[];
  /** The classes the new ask adds on top of what is asked already. */
  parts?: number;
}

export interface WeekSuggestions {
  overbooked: boolean;
  weeks: (Week & { room: number })[];
}

/**
 * Whether a period is overbooked for a type — more classes asked in its weeks (including the
 * new ask) than the sessions of fitting companies can take — and, when it is, up to `limit`
 * weeks of the same school year, not yet past, with the most room (offered − asked) for it.
 * Asked counts every request of the type: all of them compete for the same companies.
 */
export function weekSuggestions(
  query: WeekSuggestionQuery,
  asked: readonly AskedDemand[],
  offered: readonly OfferedSupply[],
  now: Date,
  limit = 3,
): WeekSuggestions {
  const fitting = offered.filter(
    (supply) => supply.type === query.type && requestFitsCompany(query, supply),
  );
  const rows = demandByWeek(
    asked.filter((demand) => demand.type === query.type),
    fitting,
  );
  const inPeriod = new Set(weeksBetween(query.periodFrom, query.periodUntil).map((w) => w.week));
  const total = (key: 'asked' | 'offered') =>
    rows.filter((r) => inPeriod.has(r.week)).reduce((sum, r) => sum + r[key], 0);
  const overbooked = total('asked') + (query.parts ?? 1) > total('offered');
  if (!overbooked) return { overbooked, weeks: [] };
  const year = schoolYearOfDate(query.periodFrom);
  const thisWeek = mondayOf(localDateOf(now));
  const weeks = rows
    .filter((r) => r.from >= thisWeek && schoolYearOfDate(r.from) === year)
    .map((r) => ({ week: r.week, from: r.from, room: round2(r.offered - r.asked) }))
    .filter((w) => w.room > 0)
    .sort((a, b) => b.room - a.room || a.from.localeCompare(b.from))
    .slice(0, limit);
  return { overbooked, weeks };
}
