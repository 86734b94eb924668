import { describe, expect, test } from 'vitest';
import { monthKey, stackedSeries } from './reportSeries';

describe('report series', () => {
  test('when rows fall in two months and two types, then each type gets a series with zeros where empty', () => {
    const rows = [
      { month: '2026-03', type: 'guest_lesson', euro: 120 },
      { month: '2026-03', type: 'guest_lesson', euro: 60 },
      { month: '2026-04', type: 'company_visit', euro: 90 },
    ];
    expect(
      stackedSeries(
        rows,
        (row) => row.month,
        (row) => row.type,
        (row) => row.euro,
      ),
    ).toEqual({
      labels: ['2026-03', '2026-04'],
      series: [
        { label: 'company_visit', data: [0, 90] },
        { label: 'guest_lesson', data: [180, 0] },
      ],
    });
  });

  test('when an activity starts late on the last evening of a month in UTC, then it counts in the Amsterdam month', () => {
    expect(monthKey('2026-03-31T22:30:00Z')).toBe('2026-04');
  });
});
