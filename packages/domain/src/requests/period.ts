import type { Availability } from '../availability';
import type { PartOfDay } from './vocabulary';

/** Local time windows of a part of day; a proposed moment must fit inside one. */
export const partOfDayWindows: Record<PartOfDay, { start: string; end: string }> = {
  morning: { start: '07:30', end: '12:30' },
  afternoon: { start: '12:00', end: '17:30' },
  whole_day: { start: '07:30', end: '17:30' },
};

export interface RequestPeriod {
  periodFrom: string;
  periodUntil: string;
  weekdays: number[];
  partOfDay: PartOfDay;
}

/** A request's period read as an availability, so proposals are checked by the same rule. */
export const periodAsAvailability = (period: RequestPeriod): Availability => ({
  quota: Number.MAX_SAFE_INTEGER,
  from: period.periodFrom,
  until: period.periodUntil,
  weekdays: period.weekdays,
  timeWindows: [partOfDayWindows[period.partOfDay]],
});
