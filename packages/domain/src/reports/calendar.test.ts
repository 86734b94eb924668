import { describe, expect, it } from 'vitest';
import {
  calendarYearOf,
  calendarYearRange,
  monthOf,
  previousSchoolYear,
  schoolYearOf,
  schoolYearRange,
} from './calendar';

describe('school and calendar years (Europe/Amsterdam)', () => {
  it('when a moment is on 31 July late evening local time, then it is still the old school year', () => {
    // 23:30 on 31 July in Amsterdam is 21:30 UTC.
    expect(schoolYearOf(new Date('2026-07-31T21:30:00Z'))).toBe('2025-2026');
  });

  it('when a moment is just after local midnight on 1 August, then the new school year has begun', () => {
    // 00:30 on 1 August in Amsterdam is 22:30 UTC on 31 July.
    expect(schoolYearOf(new Date('2026-07-31T22:30:00Z'))).toBe('2026-2027');
  });

  it('when in January, then the school year started the August before', () => {
    expect(schoolYearOf(new Date('2027-01-15T10:00:00Z'))).toBe('2026-2027');
  });

  it('when a school year is named, then its range runs from local 1 August to local 1 August', () => {
    const range = schoolYearRange('2026-2027');
    expect(range.from.toISOString()).toBe('2026-07-31T22:00:00.000Z');
    expect(range.until.toISOString()).toBe('2027-07-31T22:00:00.000Z');
    expect(() => schoolYearRange('2026-2028')).toThrow(RangeError);
    expect(previousSchoolYear('2026-2027')).toBe('2025-2026');
  });

  it('when New Year is reached in Amsterdam before UTC, then the calendar year follows Amsterdam', () => {
    expect(calendarYearOf(new Date('2026-12-31T23:30:00Z'))).toBe(2027);
    expect(calendarYearOf(new Date('2026-12-31T22:30:00Z'))).toBe(2026);
    expect(calendarYearRange(2027).from.toISOString()).toBe('2026-12-31T23:00:00.000Z');
    expect(monthOf(new Date('2026-09-30T22:30:00Z'))).toBe('2026-10');
  });
});
