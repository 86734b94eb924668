import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { timeZone } from '@stagebureau/domain';
import { ZonedDate } from './zonedDate';

const wallClock = (date: Date) => [
  date.getFullYear(),
  date.getMonth(),
  date.getDate(),
  date.getDay(),
  date.getHours(),
  date.getMinutes(),
  date.getSeconds(),
  date.getTimezoneOffset(),
];

describe('zoned dates', () => {
  it('when instants cross every DST switch of two years, minute by minute around each, then the wall clock is TZDate’s', () => {
    const hour = 3_600_000;
    const instants: number[] = [];
    for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2028, 0, 1); ms += hour + 7_000) {
      instants.push(ms);
    }
    // The switches themselves: last Sundays of March and October, 01:00 UTC, ± 2 h by minutes.
    for (const switchAt of [
      Date.UTC(2026, 2, 29, 1),
      Date.UTC(2026, 9, 25, 1),
      Date.UTC(2027, 2, 28, 1),
      Date.UTC(2027, 9, 31, 1),
    ]) {
      for (let ms = switchAt - 2 * hour; ms <= switchAt + 2 * hour; ms += 60_000) instants.push(ms);
    }

    for (const ms of instants) {
      const zoned = new ZonedDate(ms, timeZone);
      expect(wallClock(zoned), new Date(ms).toISOString()).toEqual(
        wallClock(new TZDate(ms, timeZone)),
      );
      expect(zoned.getTime()).toBe(ms);
    }
    expect(new ZonedDate(Date.UTC(2027, 6, 1), timeZone).tzComponents()).toEqual(['+', '02', '00']);
    expect(new ZonedDate(Date.UTC(2027, 0, 1), 'America/New_York').tzComponents()).toEqual([
      '-',
      '05',
      '00',
    ]);
  });
});
