import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandSeries, maxSeriesLength, type SeriesRule } from './recurrence';
import { addDays, isoWeekdayOf, toLocal } from './wallClock';

const weekly = (overrides: Partial<SeriesRule>): SeriesRule => ({
  startDate: '2027-03-01',
  weekdays: [2],
  startTime: '09:00',
  endTime: '11:30',
  ...overrides,
});
const valueOf = (rule: SeriesRule) => {
  const outcome = expandSeries(rule);
  if (!outcome.ok) throw new Error(`expected ok, got ${outcome.code}: ${outcome.detail}`);
  return outcome.value;
};

describe('expandSeries', () => {
  it('when a weekly series crosses the last Sunday of March, then 09:00 local stays 09:00 local', () => {
    const sessions = valueOf(
      weekly({ startDate: '2027-03-15', endDate: '2027-04-10', weekdays: [2] }),
    );
    expect(sessions.map((s) => s.startsAt.toISOString())).toEqual([
      '2027-03-16T08:00:00.000Z',
      '2027-03-23T08:00:00.000Z',
      '2027-03-30T07:00:00.000Z',
      '2027-04-06T07:00:00.000Z',
    ]);
    expect(sessions.every((s) => toLocal(s.startsAt).time === '09:00')).toBe(true);
    expect(sessions.every((s) => toLocal(s.endsAt).time === '11:30')).toBe(true);
  });

  it('when a series crosses the last Sunday of October, then summer 07:00Z becomes winter 08:00Z', () => {
    const sessions = valueOf(
      weekly({ startDate: '2027-10-25', endDate: '2027-11-02', weekdays: [1, 5] }),
    );
    expect(sessions.map((s) => [s.localDate, s.startsAt.toISOString()])).toEqual([
      ['2027-10-25', '2027-10-25T07:00:00.000Z'],
      ['2027-10-29', '2027-10-29T07:00:00.000Z'],
      ['2027-11-01', '2027-11-01T08:00:00.000Z'],
    ]);
  });

  it('when a session falls on the change-over Sunday itself, then it keeps its local time', () => {
    const [spring] = valueOf(weekly({ startDate: '2027-03-28', count: 1, weekdays: [7] }));
    const [autumn] = valueOf(weekly({ startDate: '2027-10-31', count: 1, weekdays: [7] }));
    expect(spring!.startsAt.toISOString()).toBe('2027-03-28T07:00:00.000Z');
    expect(autumn!.startsAt.toISOString()).toBe('2027-10-31T08:00:00.000Z');
  });

  it('when a count is given, then exactly that many sessions on the chosen weekdays follow', () => {
    const sessions = valueOf(weekly({ startDate: '2027-09-01', count: 5, weekdays: [2, 4] }));
    expect(sessions.map((s) => s.localDate)).toEqual([
      '2027-09-02',
      '2027-09-07',
      '2027-09-09',
      '2027-09-14',
      '2027-09-16',
    ]);
  });

  it('when the series would exceed the maximum length, then it is refused', () => {
    const byCount = expandSeries(weekly({ count: maxSeriesLength + 1 }));
    const byDates = expandSeries(
      weekly({ startDate: '2027-01-01', endDate: '2027-12-31', weekdays: [1, 2, 3, 4, 5] }),
    );
    expect(byCount).toMatchObject({ ok: false, code: 'series_too_long' });
    expect(byDates).toMatchObject({ ok: false, code: 'series_too_long' });
    expect(
      valueOf(weekly({ count: maxSeriesLength, weekdays: [1, 2, 3, 4, 5, 6, 7] })),
    ).toHaveLength(maxSeriesLength);
  });

  it('when the input is inconsistent, then it is refused as invalid', () => {
    expect(expandSeries(weekly({ endDate: '2027-02-01' }))).toMatchObject({ ok: false });
    expect(expandSeries(weekly({ count: 2, endDate: '2027-04-01' }))).toMatchObject({ ok: false });
    expect(expandSeries(weekly({ count: 2, startTime: '12:00', endTime: '11:00' }))).toMatchObject({
      ok: false,
      code: 'validation_failed',
    });
    expect(expandSeries(weekly({ count: 2, weekdays: [] }))).toMatchObject({ ok: false });
    expect(expandSeries(weekly({ endDate: '2027-03-01', weekdays: [3] }))).toMatchObject({
      ok: false,
    });
  });

  it('for any series, every session is on a chosen weekday, inside the range, at the local time', () => {
    const time = fc
      .tuple(fc.integer({ min: 6, max: 20 }), fc.constantFrom(0, 15, 30, 45))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2025-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 150 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
        time,
        fc.integer({ min: 15, max: 180 }),
        (start, spanDays, weekdays, startTime, minutes) => {
          const startDate = start.toISOString().slice(0, 10);
          const endDate = addDays(startDate, spanDays);
          const [h, m] = startTime.split(':').map(Number) as [number, number];
          const endMinutes = Math.min(h * 60 + m + minutes, 23 * 60 + 59);
          const endTime = `${String(Math.floor(endMinutes / 60)).padStart(2, '0')}:${String(endMinutes % 60).padStart(2, '0')}`;
          const outcome = expandSeries({ startDate, endDate, weekdays, startTime, endTime });
          if (!outcome.ok) {
            expect(outcome.code).toBe('validation_failed');
            return;
          }
          for (const session of outcome.value) {
            const local = toLocal(session.startsAt);
            expect(weekdays).toContain(isoWeekdayOf(local.date));
            expect(local.date >= startDate && local.date <= endDate).toBe(true);
            expect(local.time).toBe(startTime);
            expect(toLocal(session.endsAt).time).toBe(endTime);
          }
        },
      ),
    );
  });
});
