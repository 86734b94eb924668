import { previousSchoolYear, schoolYearOf } from '../reports/calendar';

/**
 * What a company did, as its relationship page lists it (issue 17): sessions that took place
 * or were cancelled, no-shows of schools, sign-ups to schools' requests, placements (never a
 * pupil's name) and schools' ratings.
 */
export const companyActivityKinds = [
  'session_held',
  'session_cancelled',
  'no_show',
  'sign_up',
  'placement',
  'feedback',
] as const;
export type CompanyActivityKind = (typeof companyActivityKinds)[number];

export interface CompanyActivity {
  kind: CompanyActivityKind;
  at: Date;
  title: string;
  schoolName: string | null;
  /** In-kind hours of a session held. */
  hours: number | null;
  /** A school's rating, 1–5. */
  rating: number | null;
}

/** Kinds that count as the company doing something (a no-show or a rating is the school's). */
const contributions: ReadonlySet<CompanyActivityKind> = new Set([
  'session_held',
  'sign_up',
  'placement',
]);

/** A year without activity makes a relationship dormant: the bureau calls before it is lost. */
export const dormantAfterDays = 365;

export interface RelationshipHealth {
  lastActivityAt: Date | null;
  dormant: boolean;
  /** Contributions per school year, the two before the current one first. */
  trend: { schoolYear: string; contributions: number; hours: number }[];
  direction: 'rising' | 'falling' | 'steady';
  openFollowUps: number;
  overdueFollowUps: number;
  ambassador: boolean;
}

/**
 * A relationship's health at `now`: its last contribution, whether it has gone a year without
 * one, and its contributions over the current and two previous school years, rising or
 * falling from the first of the three to the last.
 */
export function relationshipHealth(
  activities: readonly CompanyActivity[],
  now: Date,
  followUps: { open: number; overdue: number },
  ambassador: boolean,
): RelationshipHealth {
  const done = activities.filter((a) => contributions.has(a.kind) && a.at <= now);
  const last = done.reduce<Date | null>(
    (latest, a) => (!latest || a.at > latest ? a.at : latest),
    null,
  );
  const current = schoolYearOf(now);
  const years = [
    previousSchoolYear(previousSchoolYear(current)),
    previousSchoolYear(current),
    current,
  ];
  const trend = years.map((schoolYear) => {
    const inYear = done.filter((a) => schoolYearOf(a.at) === schoolYear);
    return {
      schoolYear,
      contributions: inYear.length,
      hours: inYear.reduce((sum, a) => sum + (a.hours ?? 0), 0),
    };
  });
  const [first, , latest] = trend;
  return {
    lastActivityAt: last,
    dormant: !last || now.getTime() - last.getTime() > dormantAfterDays * 86_400_000,
    trend,
    direction:
      latest!.contributions > first!.contributions
        ? 'rising'
        : latest!.contributions < first!.contributions
          ? 'falling'
          : 'steady',
    openFollowUps: followUps.open,
    overdueFollowUps: followUps.overdue,
    ambassador,
  };
}
