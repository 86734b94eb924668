import { describe, expect, it } from 'vitest';
import {
  dutchPublicHolidays,
  easterSunday,
  isFeedbackDue,
  isReminderDue,
  reminderDateFor,
  retryDelayMs,
  workingDaysBefore,
} from './workingDays';

describe('working days', () => {
  it('when computing Easter, then the known dates come out', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
  });

  it('when listing 2026 holidays, then Easter Monday, King’s Day, Ascension and Whit Monday are in', () => {
    expect(dutchPublicHolidays(2026)).toEqual([
      '2026-01-01',
      '2026-04-06',
      '2026-04-27',
      '2026-05-14',
      '2026-05-25',
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('when King’s Day falls on a Sunday, then the Saturday before counts', () => {
    expect(dutchPublicHolidays(2025)).toContain('2025-04-26');
    expect(dutchPublicHolidays(2025)).toContain('2025-05-05');
  });

  it('when the activity is on a Wednesday, then the reminder date is the Monday', () => {
    expect(workingDaysBefore('2026-03-04', 2)).toBe('2026-03-02');
  });

  it('when the activity is on a Monday, then the weekend is skipped to Thursday', () => {
    expect(workingDaysBefore('2026-03-09', 2)).toBe('2026-03-05');
  });

  it('when a holiday lies between, then it is skipped unless holidays are switched off', () => {
    // Tuesday after Easter Monday 2026-04-06.
    expect(workingDaysBefore('2026-04-07', 2)).toBe('2026-04-02');
    expect(workingDaysBefore('2026-04-07', 2, { publicHolidays: false })).toBe('2026-04-03');
  });

  it('when an activity starts at 08:30 Amsterdam time, then the local date is used', () => {
    // 2026-03-09 08:30 CET is 07:30Z; Monday → Thursday 5 March.
    expect(reminderDateFor(new Date('2026-03-09T07:30:00Z'))).toBe('2026-03-05');
  });

  it('when now is on or after the reminder date and before the start, then the reminder is due', () => {
    const startsAt = new Date('2026-03-09T07:30:00Z');
    expect(isReminderDue(startsAt, new Date('2026-03-04T22:00:00Z'))).toBe(false);
    expect(isReminderDue(startsAt, new Date('2026-03-04T23:30:00Z'))).toBe(true); // 00:30 local on the 5th
    expect(isReminderDue(startsAt, new Date('2026-03-09T08:00:00Z'))).toBe(false);
  });

  it('when an activity ended within the window, then feedback is due; before or long after, not', () => {
    const endsAt = new Date('2026-03-09T12:00:00Z');
    expect(isFeedbackDue(endsAt, new Date('2026-03-09T11:59:00Z'))).toBe(false);
    expect(isFeedbackDue(endsAt, new Date('2026-03-09T12:00:00Z'))).toBe(true);
    expect(isFeedbackDue(endsAt, new Date('2026-04-09T12:00:00Z'))).toBe(false);
  });

  it('when sends fail repeatedly, then the retry delay doubles up to an hour', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 1000))).toEqual([1000, 2000, 4000, 8000]);
    expect(retryDelayMs(20)).toBe(3_600_000);
  });
});
