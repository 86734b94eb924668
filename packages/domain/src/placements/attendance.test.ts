import { describe, expect, it } from 'vitest';
import { defaultRegionSettings } from '../regionSettings';
import {
  absentDaysOf,
  attendanceFollowUp,
  attendanceOpen,
  attendanceHours,
  attendanceInKindCents,
  checkAbsenceDay,
  checkAttendanceDays,
  defaultPresentDays,
  finishedWeeks,
  shortNameOf,
  weekEndOf,
  weekWorkingDays,
  type AttendanceWeekState,
} from './attendance';

/** Wednesday 6 – Tuesday 19 March 2030, Monday to Thursday, 08:30–16:00 (7.5 h a day). */
const terms = {
  startsOn: '2030-03-06',
  endsOn: '2030-03-19',
  weekdays: [1, 2, 3, 4],
  dayStarts: '08:30',
  dayEnds: '16:00',
};

describe('the working days of a week of a placement', () => {
  it('when the placement starts mid-week, then its first week holds only the days from the start', () => {
    expect(weekWorkingDays(terms, '2030-03-04')).toEqual(['2030-03-06', '2030-03-07']);
    expect(weekWorkingDays(terms, '2030-03-11')).toEqual([
      '2030-03-11',
      '2030-03-12',
      '2030-03-13',
      '2030-03-14',
    ]);
    expect(weekWorkingDays(terms, '2030-03-18')).toEqual(['2030-03-18', '2030-03-19']);
    expect(weekWorkingDays(terms, '2030-03-25')).toEqual([]);
    expect(weekEndOf(terms, '2030-03-18')).toBe('2030-03-19');
  });

  it('when a week’s last working day has passed, then the week is finished; not before', () => {
    expect(finishedWeeks(terms, '2030-03-07')).toEqual([]);
    expect(finishedWeeks(terms, '2030-03-08')).toEqual(['2030-03-04']);
    expect(finishedWeeks(terms, '2030-03-19')).toEqual(['2030-03-04', '2030-03-11']);
    expect(finishedWeeks(terms, '2030-04-30')).toEqual(['2030-03-04', '2030-03-11', '2030-03-18']);
  });
});

describe('a confirmation', () => {
  it('when every day is a past working day of that week, then they are kept sorted without repeats', () => {
    const days = ['2030-03-12', '2030-03-11', '2030-03-12'];
    expect(checkAttendanceDays(terms, '2030-03-11', days, '2030-03-20')).toEqual({
      ok: true,
      value: ['2030-03-11', '2030-03-12'],
    });
  });

  it.each([
    ['a Friday', '2030-03-15', '2030-03-20'],
    ['a day of another week', '2030-03-06', '2030-03-20'],
    ['a day in the future', '2030-03-14', '2030-03-13'],
  ])('when it names %s, then it is outside the placement, naming the day', (_, day, today) => {
    const outcome = checkAttendanceDays(terms, '2030-03-11', [day], today);
    expect(outcome).toMatchObject({ ok: false, code: 'outside_placement', meta: { day } });
    expect(outcome.ok || outcome.detail).toContain(day);
  });

  it('when the week has not begun or has no working day, then it is outside the placement', () => {
    expect(checkAttendanceDays(terms, '2030-03-18', [], '2030-03-17')).toMatchObject({
      code: 'outside_placement',
      meta: { day: '2030-03-18' },
    });
    expect(checkAttendanceDays(terms, '2030-03-25', [], '2030-04-30')).toMatchObject({
      code: 'outside_placement',
      meta: { day: '2030-03-25' },
    });
  });

  it('when the placement is not signed, then it keeps no attendance', () => {
    expect(attendanceOpen('signed').ok && attendanceOpen('completed').ok).toBe(true);
    expect(attendanceOpen('accepted')).toMatchObject({ code: 'signatures_missing' });
    expect(attendanceOpen('cancelled')).toMatchObject({ code: 'invalid_transition' });
  });

  it('when the week is not named by its Monday, then the input is invalid', () => {
    expect(checkAttendanceDays(terms, '2030-03-12', [], '2030-03-20')).toMatchObject({
      ok: false,
      code: 'validation_failed',
    });
  });

  it('when days are present, then hours are days × the working day, and the rest is absent', () => {
    expect(attendanceHours(terms, ['2030-03-11', '2030-03-12', '2030-03-13'])).toBe(22.5);
    expect(absentDaysOf(terms, '2030-03-11', ['2030-03-11', '2030-03-13'])).toEqual([
      '2030-03-12',
      '2030-03-14',
    ]);
    expect(defaultPresentDays(terms, '2030-03-11', ['2030-03-12'])).toEqual([
      '2030-03-11',
      '2030-03-13',
      '2030-03-14',
    ]);
  });

  it('when an absence falls on a working day, then it is accepted, also ahead; otherwise refused', () => {
    expect(checkAbsenceDay(terms, '2030-03-18')).toEqual({ ok: true, value: '2030-03-18' });
    expect(checkAbsenceDay(terms, '2030-03-15')).toMatchObject({ code: 'outside_placement' });
    expect(checkAbsenceDay(terms, '2030-03-05')).toMatchObject({ code: 'outside_placement' });
  });
});

describe('the follow-up of unconfirmed weeks', () => {
  const week = (overrides: Partial<AttendanceWeekState> = {}): AttendanceWeekState => ({
    weekOf: '2030-03-04',
    requested: true,
    confirmed: false,
    reminded: false,
    escalated: false,
    ...overrides,
  });
  // The week of 4 March ends on Thursday 7 March: reminder from the 14th, conflict from the 21st.
  it('when a week ended 6 days ago, then nothing is due', () => {
    expect(attendanceFollowUp(terms, [week()], '2030-03-13')).toEqual({ remind: [], escalate: [] });
  });

  it('when it ended 7 days ago, then it is reminded once', () => {
    expect(attendanceFollowUp(terms, [week()], '2030-03-14')).toEqual({
      remind: ['2030-03-04'],
      escalate: [],
    });
    expect(attendanceFollowUp(terms, [week({ reminded: true })], '2030-03-14').remind).toEqual([]);
  });

  it('when it ended 14 days ago, then the conflict is due once', () => {
    expect(attendanceFollowUp(terms, [week({ reminded: true })], '2030-03-21')).toEqual({
      remind: [],
      escalate: ['2030-03-04'],
    });
    const done = week({ reminded: true, escalated: true });
    expect(attendanceFollowUp(terms, [done], '2030-04-30')).toEqual({ remind: [], escalate: [] });
  });

  it('when a week is confirmed or never requested, then nothing is due for it', () => {
    const weeks = [week({ confirmed: true }), week({ requested: false })];
    expect(attendanceFollowUp(terms, weeks, '2030-04-30')).toEqual({ remind: [], escalate: [] });
  });
});

describe('in-kind value and the supervisor’s view of the pupil', () => {
  it('when hours are confirmed, then their value is hours × the rate of the place’s type', () => {
    expect(attendanceInKindCents(22.5, defaultRegionSettings, 'internship')).toBe(135_000);
    const settings = {
      ...defaultRegionSettings,
      inKindHourlyRateEuroByOfferType: { internship: 45.5 },
    };
    expect(attendanceInKindCents(7.5, settings, 'internship')).toBe(34_125);
    expect(attendanceInKindCents(7.5, settings, 'job_shadow')).toBe(45_000);
  });

  it('when the supervisor reads the name, then it is the first name and the surname’s initial', () => {
    const person = { firstName: 'Sanne', surname: 'de Boer', pseudonym: 'L-ABC234', erased: false };
    expect(shortNameOf(person)).toBe('Sanne de B.');
    expect(shortNameOf({ ...person, surname: 'jansen' })).toBe('Sanne J.');
    expect(shortNameOf({ ...person, erased: true })).toBe('L-ABC234');
  });
});
