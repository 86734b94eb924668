import { describe, expect, test } from 'vitest';
import {
  daysOfMonth,
  isoWeekday,
  monthBounds,
  monthKey,
  monthToOpen,
  parseMonth,
  shiftMonth,
} from './calendarMonth';

describe('calendar months', () => {
  test('when the month parameter is missing or malformed, then the month of today is used', () => {
    expect(parseMonth(null, '2026-03-14')).toEqual({ year: 2026, month: 3 });
    expect(parseMonth('2026-13', '2026-03-14')).toEqual({ year: 2026, month: 3 });
    expect(parseMonth('<script>', '2026-03-14')).toEqual({ year: 2026, month: 3 });
    expect(parseMonth('2027-01', '2026-03-14')).toEqual({ year: 2027, month: 1 });
  });

  test('when a month is shifted across a year boundary, then the year follows', () => {
    expect(monthKey(shiftMonth({ year: 2026, month: 12 }, 1))).toBe('2027-01');
    expect(monthKey(shiftMonth({ year: 2026, month: 1 }, -1))).toBe('2025-12');
  });

  test('when the days of February are listed, then leap years have 29', () => {
    expect(daysOfMonth({ year: 2028, month: 2 })).toHaveLength(29);
    expect(daysOfMonth({ year: 2026, month: 2 })).toHaveLength(28);
    expect(monthBounds({ year: 2026, month: 4 })).toEqual({ from: '2026-04-01', to: '2026-04-30' });
  });

  test('when a date is placed in the week, then Monday is 1 and Sunday is 7', () => {
    expect(isoWeekday('2026-03-02')).toBe(1);
    expect(isoWeekday('2026-03-08')).toBe(7);
  });

  test('when no month is asked for, then the calendar opens on today’s month if it has something, else on the first later month that has', () => {
    expect(monthToOpen(['2026-03-20', '2026-05-02'], '2026-03-14')).toEqual({
      year: 2026,
      month: 3,
    });
    expect(monthToOpen(['2026-02-01', '2026-05-02', '2026-04-30'], '2026-03-14')).toEqual({
      year: 2026,
      month: 4,
    });
    expect(monthToOpen(['2025-12-01'], '2026-03-14')).toEqual({ year: 2026, month: 3 });
    expect(monthToOpen([], '2026-12-31')).toEqual({ year: 2026, month: 12 });
  });
});
