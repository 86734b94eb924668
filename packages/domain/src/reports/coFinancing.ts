import type { RegionSettings } from '../regionSettings';
import type { OfferType } from '../vocabulary';
import { calendarYearOf, schoolYearOf } from './calendar';
import { euroToCents, hourlyRateCentsFor, inKindCents, type Cents } from './money';

/**
 * One activity for co-financing: a session of a company's offer that took place, i.e. with
 * at least one `completed` booking. The company contributed `inKindHours` once per session,
 * however many classes attended.
 */
export interface HeldActivity {
  sessionId: string;
  offerId: string;
  offerTitle: string;
  offerType: OfferType;
  companyId: string;
  companyName: string;
  startsAt: Date;
  endsAt: Date;
  inKindHours: number;
  schoolNames: string[];
  classCount: number;
  seats: number;
}

export interface CoFinancingRow extends HeldActivity {
  schoolYear: string;
  calendarYear: number;
  hourlyRateCents: Cents;
  amountCents: Cents;
}

export interface CoFinancingTotal {
  activities: number;
  hours: number;
  amountCents: Cents;
}

export interface CoFinancingReport {
  rows: CoFinancingRow[];
  total: CoFinancingTotal;
  byCompany: (CoFinancingTotal & { companyId: string; companyName: string })[];
  byOfferType: (CoFinancingTotal & { offerType: OfferType })[];
  bySchoolYear: (CoFinancingTotal & { schoolYear: string })[];
  byCalendarYear: (CoFinancingTotal & { calendarYear: number })[];
  target: { targetCents: Cents | null; reachedShare: number | null; remainingCents: Cents | null };
}

type Settings = Pick<
  RegionSettings,
  'inKindHourlyRateEuro' | 'inKindHourlyRateEuroByOfferType' | 'coFinancingTargetEuro'
>;

/** Values one activity: its periods (by start), rate for its offer type, and amount in cents. */
export function coFinancingRowOf(activity: HeldActivity, settings: Settings): CoFinancingRow {
  const hourlyRateCents = hourlyRateCentsFor(settings, activity.offerType);
  return {
    ...activity,
    schoolYear: schoolYearOf(activity.startsAt),
    calendarYear: calendarYearOf(activity.startsAt),
    hourlyRateCents,
    amountCents: inKindCents(activity.inKindHours, hourlyRateCents),
  };
}

const emptyTotal = (): CoFinancingTotal => ({ activities: 0, hours: 0, amountCents: 0 });
const add = (total: CoFinancingTotal, row: CoFinancingRow) => {
  total.activities += 1;
  total.hours = Math.round((total.hours + row.inKindHours) * 100) / 100;
  total.amountCents += row.amountCents;
};

function groupBy<K extends string | number, E extends object>(
  rows: readonly CoFinancingRow[],
  keyOf: (row: CoFinancingRow) => K,
  extra: (row: CoFinancingRow) => E,
): (CoFinancingTotal & E)[] {
  const groups = new Map<K, CoFinancingTotal & E>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key) ?? { ...extra(row), ...emptyTotal() };
    add(group, row);
    groups.set(key, group);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, g]) => g);
}

/** The co-financing report: per activity, per company, type, school and calendar year. */
export function coFinancingReport(
  activities: readonly HeldActivity[],
  settings: Settings,
): CoFinancingReport {
  const rows = activities
    .map((activity) => coFinancingRowOf(activity, settings))
    .sort(
      (a, b) =>
        a.startsAt.getTime() - b.startsAt.getTime() || a.sessionId.localeCompare(b.sessionId),
    );
  const total = emptyTotal();
  for (const row of rows) add(total, row);
  const targetCents =
    settings.coFinancingTargetEuro === null ? null : euroToCents(settings.coFinancingTargetEuro);
  return {
    rows,
    total,
    byCompany: groupBy(
      rows,
      (row) => row.companyId,
      (row) => ({ companyId: row.companyId, companyName: row.companyName }),
    ).sort((a, b) => b.amountCents - a.amountCents || a.companyName.localeCompare(b.companyName)),
    byOfferType: groupBy(
      rows,
      (row) => row.offerType,
      (row) => ({ offerType: row.offerType }),
    ),
    bySchoolYear: groupBy(
      rows,
      (row) => row.schoolYear,
      (row) => ({ schoolYear: row.schoolYear }),
    ),
    byCalendarYear: groupBy(
      rows,
      (row) => row.calendarYear,
      (row) => ({ calendarYear: row.calendarYear }),
    ),
    target: {
      targetCents,
      reachedShare: targetCents ? total.amountCents / targetCents : null,
      remainingCents: targetCents === null ? null : Math.max(0, targetCents - total.amountCents),
    },
  };
}
