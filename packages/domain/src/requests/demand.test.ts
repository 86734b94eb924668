import { describe, expect, it } from 'vitest';
import {
  demandByWeek,
  isoWeekOf,
  mondayOf,
  seatsPerClass,
  weeksBetween,
  weekSuggestions,
  type AskedDemand,
  type OfferedSupply,
} from './demand';

const ask = (values: Partial<AskedDemand> = {}): AskedDemand => ({
  type: 'guest_lesson',
  periodFrom: '2027-02-08',
  periodUntil: '2027-03-12',
  weekdays: [3],
  parts: 5,
  sectorTags: [],
  ...values,
});
/** A session on a given local day at 10:00 (winter time). */
const supply = (day: string, values: Partial<OfferedSupply> = {}): OfferedSupply => ({
  type: 'guest_lesson',
  startsAt: new Date(`${day}T09:00:00Z`),
  freeSeats: seatsPerClass,
  sectorTags: ['techniek'],
  ...values,
});

describe('ISO weeks', () => {
  it('when dates sit at year boundaries, then the week follows ISO 8601', () => {
    expect(isoWeekOf('2027-02-08')).toBe('2027-W06');
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
    expect(isoWeekOf('2026-12-31')).toBe('2026-W53');
    expect(isoWeekOf('2025-12-29')).toBe('2026-W01');
    expect(isoWeekOf('2027-01-04')).toBe('2027-W01');
    expect(mondayOf('2027-02-14')).toBe('2027-02-08');
  });

  it('when a range spans weeks, then each touched week is listed once from its Monday', () => {
    expect(weeksBetween('2027-02-10', '2027-02-22')).toEqual([
      { week: '2027-W06', from: '2027-02-08' },
      { week: '2027-W07', from: '2027-02-15' },
      { week: '2027-W08', from: '2027-02-22' },
    ]);
  });
});

describe('demandByWeek', () => {
  it('when a request asks 5 classes over weeks 6–10, then each week asks one and the total stays 5', () => {
    const rows = demandByWeek([ask()], []);
    expect(rows.map((r) => [r.week, r.asked])).toEqual([
      ['2027-W06', 1],
      ['2027-W07', 1],
      ['2027-W08', 1],
      ['2027-W09', 1],
      ['2027-W10', 1],
    ]);
  });

  it('when a period ends before the week holds one of its weekdays, then that week asks nothing', () => {
    // Wednesdays only, period ends Monday 15 February: week 7 has no Wednesday in it.
    const rows = demandByWeek([ask({ periodUntil: '2027-02-15', parts: 2 })], []);
    expect(rows.map((r) => [r.week, r.asked])).toEqual([['2027-W06', 2]]);
  });

  it('when sessions have free seats, then they offer classes of 25 in their local week, per type', () => {
    const rows = demandByWeek(
      [],
      [
        supply('2027-02-09', { freeSeats: 50 }),
        supply('2027-02-10', { freeSeats: 12.5 }),
        supply('2027-02-10', { freeSeats: 0 }),
        supply('2027-02-11', { type: 'company_visit' }),
        // Sunday 14 February 23:30 UTC is Monday 15 February 00:30 in Amsterdam: week 7.
        { ...supply('2027-02-14'), startsAt: new Date('2027-02-14T23:30:00Z') },
      ],
    );
    expect(rows).toEqual([
      { week: '2027-W06', from: '2027-02-08', type: 'company_visit', asked: 0, offered: 1 },
      { week: '2027-W06', from: '2027-02-08', type: 'guest_lesson', asked: 0, offered: 2.5 },
      { week: '2027-W07', from: '2027-02-15', type: 'guest_lesson', asked: 0, offered: 1 },
    ]);
  });
});

describe('weekSuggestions', () => {
  const now = new Date('2027-01-10T10:00:00Z');
  const period = {
    type: 'guest_lesson',
    periodFrom: '2027-02-08',
    periodUntil: '2027-02-19',
    sectorTags: ['techniek'],
  } as const;

  it('when the period has room, then it is not overbooked and nothing is suggested', () => {
    const result = weekSuggestions(period, [], [supply('2027-02-09', { freeSeats: 50 })], now);
    expect(result).toEqual({ overbooked: false, weeks: [] });
  });

  it('when the period is overbooked, then up to three weeks of the school year with the most room follow', () => {
    const result = weekSuggestions(
      period,
      [ask({ periodFrom: '2027-02-08', periodUntil: '2027-02-19', parts: 4 })],
      [
        supply('2027-02-09'),
        supply('2027-03-02', { freeSeats: 75 }),
        supply('2027-03-09', { freeSeats: 50 }),
        supply('2027-03-16', { freeSeats: 25 }),
        supply('2027-03-23', { freeSeats: 100 }),
        supply('2027-04-06', { freeSeats: 100, sectorTags: ['zorg'] }),
        supply('2027-08-10', { freeSeats: 500 }),
        supply('2027-03-24', { type: 'company_visit', freeSeats: 500 }),
      ],
      now,
    );
    expect(result.overbooked).toBe(true);
    expect(result.weeks).toEqual([
      { week: '2027-W12', from: '2027-03-22', room: 4 },
      { week: '2027-W09', from: '2027-03-01', room: 3 },
      { week: '2027-W10', from: '2027-03-08', room: 2 },
    ]);
  });

  it('when nothing fits at all, then it is overbooked (the new ask itself) with no weeks to offer', () => {
    expect(weekSuggestions(period, [], [], now)).toEqual({ overbooked: true, weeks: [] });
  });

  it('when a week already passed, then it is not suggested', () => {
    const result = weekSuggestions(
      period,
      [],
      [supply('2026-12-30', { freeSeats: 100 }), supply('2027-02-23', { freeSeats: 25 })],
      now,
    );
    expect(result.weeks).toEqual([{ week: '2027-W08', from: '2027-02-22', room: 1 }]);
  });
});
