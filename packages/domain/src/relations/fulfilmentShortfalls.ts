import { schoolYearRange } from '../reports/calendar';
import type { ItemFulfilment } from './fulfilment';

/**
 * Shortfalls near the end of the year: from 1 May of a school year on (Amsterdam), the bureau
 * sees every commitment not met yet, so there is still time to call the company.
 */
export function shortfallSeasonStart(schoolYear: string): Date {
  const endYear = schoolYearRange(schoolYear).until.getUTCFullYear();
  // 1 May 00:00 in Amsterdam is 30 April 22:00 UTC (summer time).
  return new Date(Date.UTC(endYear, 3, 30, 22));
}

export const isShortfallSeason = (schoolYear: string, now: Date): boolean =>
  now.getTime() >= shortfallSeasonStart(schoolYear).getTime();

export interface Shortfall extends ItemFulfilment {
  companyId: string;
  companyName: string;
}

/** The items not met, per company, once the season has started; none before. */
export function agreementShortfallsOf(
  agreements: readonly { companyId: string; companyName: string; items: ItemFulfilment[] }[],
  schoolYear: string,
  now: Date,
): Shortfall[] {
  if (!isShortfallSeason(schoolYear, now)) return [];
  return agreements
    .flatMap((agreement) =>
      agreement.items
        .filter((item) => item.status !== 'met')
        .map((item) => ({
          ...item,
          companyId: agreement.companyId,
          companyName: agreement.companyName,
        })),
    )
    .sort((a, b) => a.share - b.share || a.companyName.localeCompare(b.companyName));
}
