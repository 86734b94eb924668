import type { OfferType } from '../vocabulary';
import { previousSchoolYear, schoolYearOf } from './calendar';

/** Per company, what happened on its offers in the chosen school year. */
export interface CompanyActivityCounts {
  companyId: string;
  companyName: string;
  /** Sessions that took place (at least one completed booking). */
  heldSessions: number;
  cancelledSessions: number;
  cancelledBookings: number;
  noShows: number;
}

/** A school's rating of an activity of a company. */
export interface ActivityRating {
  companyId: string;
  offerType: OfferType;
  rating: number;
}

export interface CompanyEngagement extends CompanyActivityCounts {
  isNew: boolean;
  isRepeat: boolean;
  averageRating: number | null;
  ratings: number;
}

export interface EngagementReport {
  schoolYear: string;
  activeCompanies: number;
  newCompanies: number;
  repeatCompanies: number;
  /** Of last year's active companies, the share active again this year; null if none. */
  repeatRate: number | null;
  companies: CompanyEngagement[];
  bestInternshipCompanies: {
    rank: number;
    companyId: string;
    companyName: string;
    averageRating: number;
    ratings: number;
  }[];
}

const average = (values: readonly number[]) =>
  values.length === 0
    ? null
    : Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 100) / 100;

/**
 * Company engagement in `schoolYear`. A company is active in a year when a session of its
 * offers took place that year (`heldSessionStarts`, all years); new when it was never active
 * before; a repeat when it was active the year before as well. The "best internship company"
 * ranking orders companies by their schools' average rating of `internship` activities
 * (more ratings first on a tie; equal averages and counts share a rank).
 */
export function engagementReport(
  schoolYear: string,
  counts: readonly CompanyActivityCounts[],
  heldSessionStarts: readonly { companyId: string; startsAt: Date }[],
  ratings: readonly ActivityRating[],
): EngagementReport {
  const yearsOf = new Map<string, Set<string>>();
  for (const held of heldSessionStarts) {
    const years = yearsOf.get(held.companyId) ?? new Set<string>();
    years.add(schoolYearOf(held.startsAt));
    yearsOf.set(held.companyId, years);
  }
  const lastYear = previousSchoolYear(schoolYear);
  const activeIn = (companyId: string, year: string) => yearsOf.get(companyId)?.has(year) ?? false;
  const companies = counts.map((row): CompanyEngagement => {
    const own = ratings.filter((r) => r.companyId === row.companyId).map((r) => r.rating);
    const active = activeIn(row.companyId, schoolYear);
    const earlier = [...(yearsOf.get(row.companyId) ?? [])].some((year) => year < schoolYear);
    return {
      ...row,
      isNew: active && !earlier,
      isRepeat: active && activeIn(row.companyId, lastYear),
      averageRating: average(own),
      ratings: own.length,
    };
  });
  const active = companies.filter((c) => activeIn(c.companyId, schoolYear));
  const activeLastYear = [...yearsOf.entries()].filter(([, years]) => years.has(lastYear));
  const returned = activeLastYear.filter(([companyId]) => activeIn(companyId, schoolYear));
  return {
    schoolYear,
    activeCompanies: active.length,
    newCompanies: active.filter((c) => c.isNew).length,
    repeatCompanies: returned.length,
    repeatRate: activeLastYear.length === 0 ? null : returned.length / activeLastYear.length,
    companies: companies.sort((a, b) => a.companyName.localeCompare(b.companyName, 'nl')),
    bestInternshipCompanies: internshipRanking(counts, ratings),
  };
}

function internshipRanking(
  counts: readonly CompanyActivityCounts[],
  ratings: readonly ActivityRating[],
): EngagementReport['bestInternshipCompanies'] {
  const ranked = counts
    .map((row) => {
      const own = ratings
        .filter((r) => r.companyId === row.companyId && r.offerType === 'internship')
        .map((r) => r.rating);
      return { companyId: row.companyId, companyName: row.companyName, own };
    })
    .filter((row) => row.own.length > 0)
    .map((row) => ({
      companyId: row.companyId,
      companyName: row.companyName,
      averageRating: average(row.own)!,
      ratings: row.own.length,
    }))
    .sort(
      (a, b) =>
        b.averageRating - a.averageRating ||
        b.ratings - a.ratings ||
        a.companyName.localeCompare(b.companyName, 'nl'),
    );
  return ranked.map((row, index) => {
    const first = ranked.findIndex(
      (other) => other.averageRating === row.averageRating && other.ratings === row.ratings,
    );
    return { rank: (first === -1 ? index : first) + 1, ...row };
  });
}
