import type { OfferType } from '../vocabulary';
import { schoolYearRange } from '../reports/calendar';
import { agreementMeasures, type AgreementMeasure } from './vocabulary';

/**
 * Live fulfilment of a company's agreement (issue 17): each commitment counted from the
 * platform's own records in the agreement's school year, against the share of the year gone.
 */

/** The activity-type measures: sessions held of the company's offers of that type. */
export const sessionMeasureTypes = {
  guest_lessons: 'guest_lesson',
  company_visits: 'company_visit',
  workshops: 'workshop',
  masterclasses: 'masterclass',
  job_shadow_days: 'job_shadow',
  teacher_internships: 'teacher_internship',
} as const satisfies Partial<Record<AgreementMeasure, OfferType>>;

/** One session that took place (≥1 completed booking), or one place's confirmed supervision. */
export interface CountedActivity {
  companyId: string;
  offerType: OfferType;
  inKindHours: number;
}

/** What a company did in one school year, as the reports and the owning modules read it. */
export interface CompanyYearRecords {
  /** Sessions held (the reports' `heldActivities`, placement offers left out). */
  held: readonly CountedActivity[];
  /** Confirmed supervision hours per place (the placements' `supervisionActivities`). */
  supervision: readonly CountedActivity[];
  /** Placements accepted, signed or completed whose period starts in the year. */
  confirmedPlacements: number;
  /** Sign-ups with at least one accepted proposal on a request of the year's menu card. */
  acceptedSignUps: number;
}

export const emptyCompanyYearRecords: CompanyYearRecords = {
  held: [],
  supervision: [],
  confirmedPlacements: 0,
  acceptedSignUps: 0,
};

export type MeasureActuals = Record<AgreementMeasure, number>;

const hours = (activities: readonly CountedActivity[]) =>
  Math.round(activities.reduce((sum, a) => sum + a.inKindHours, 0) * 100) / 100;

/** Every measure's count for one company's year. */
export function measureActuals(records: CompanyYearRecords): MeasureActuals {
  const actuals = Object.fromEntries(agreementMeasures.map((m) => [m, 0])) as MeasureActuals;
  for (const [measure, type] of Object.entries(sessionMeasureTypes)) {
    actuals[measure as AgreementMeasure] = records.held.filter((a) => a.offerType === type).length;
  }
  actuals.internship_places = records.confirmedPlacements;
  actuals.assignment_hours = hours(records.held.filter((a) => a.offerType === 'assignment'));
  actuals.request_sign_ups = records.acceptedSignUps;
  actuals.in_kind_hours = hours([...records.held, ...records.supervision]);
  return actuals;
}

export const fulfilmentStatuses = ['met', 'on_track', 'behind'] as const;
export type FulfilmentStatus = (typeof fulfilmentStatuses)[number];

/** How far (as a share of the commitment) an item may trail the year before it is behind. */
export const behindMargin = 0.1;

/** The share of the school year gone at `now`: 0 before 1 August, 1 from 1 August after. */
export function elapsedShareOfSchoolYear(schoolYear: string, now: Date): number {
  const { from, until } = schoolYearRange(schoolYear);
  const share = (now.getTime() - from.getTime()) / (until.getTime() - from.getTime());
  return Math.min(1, Math.max(0, share));
}

export interface ItemFulfilment {
  measure: AgreementMeasure;
  committed: number;
  done: number;
  /** done ÷ committed, not capped (1.5 = half again as much). */
  share: number;
  status: FulfilmentStatus;
}

/** Met when done reaches the commitment; behind when its share trails the year by the margin. */
export function itemFulfilment(
  item: { measure: AgreementMeasure; quantity: number },
  done: number,
  elapsedShare: number,
): ItemFulfilment {
  const share = item.quantity > 0 ? done / item.quantity : 1;
  const status: FulfilmentStatus =
    done >= item.quantity ? 'met' : share < elapsedShare - behindMargin ? 'behind' : 'on_track';
  return { measure: item.measure, committed: item.quantity, done, share, status };
}

/** An agreement's items with their fulfilment, in the vocabulary's order. */
export function agreementFulfilment(
  items: readonly { measure: AgreementMeasure; quantity: number }[],
  actuals: MeasureActuals,
  schoolYear: string,
  now: Date,
): ItemFulfilment[] {
  const elapsed = elapsedShareOfSchoolYear(schoolYear, now);
  return [...items]
    .sort((a, b) => agreementMeasures.indexOf(a.measure) - agreementMeasures.indexOf(b.measure))
    .map((item) => itemFulfilment(item, actuals[item.measure], elapsed));
}

/** The worst status of an agreement's items: behind over on track over met. */
export function overallStatus(items: readonly ItemFulfilment[]): FulfilmentStatus {
  if (items.some((item) => item.status === 'behind')) return 'behind';
  if (items.some((item) => item.status === 'on_track')) return 'on_track';
  return 'met';
}
