import { describe, expect, it } from 'vitest';
import { blackoutsOverlapping, localDateOf, type BlackoutPeriod } from './blackout';

const holiday: BlackoutPeriod = {
  id: 'h',
  kind: 'school_holiday',
  name: 'Voorjaarsvakantie',
  holidayRegion: 'noord',
  schoolId: null,
  startsOn: '2027-02-13',
  endsOn: '2027-02-21',
};
const exams: BlackoutPeriod = {
  ...holiday,
  id: 'e',
  kind: 'exam_week',
  holidayRegion: null,
  schoolId: 's1',
  startsOn: '2027-05-10',
  endsOn: '2027-05-14',
};
const session = (startsAt: string, endsAt: string) => ({
  startsAt: new Date(startsAt),
  endsAt: new Date(endsAt),
});

describe('blackoutsOverlapping', () => {
  it('when a session falls inside a holiday, then the holiday is returned', () => {
    expect(
      blackoutsOverlapping(session('2027-02-15T09:00:00+01:00', '2027-02-15T12:00:00+01:00'), [
        holiday,
      ]),
    ).toEqual([holiday]);
  });

  it('when a session is the day after the holiday, then nothing overlaps', () => {
    expect(
      blackoutsOverlapping(session('2027-02-22T09:00:00+01:00', '2027-02-22T12:00:00+01:00'), [
        holiday,
      ]),
    ).toEqual([]);
  });

  it('when the UTC date differs from the Amsterdam date, then the local date decides', () => {
    // 23:30 UTC on the 12th is 00:30 on the 13th in Amsterdam: inside the holiday.
    expect(localDateOf(new Date('2027-02-12T23:30:00Z'))).toBe('2027-02-13');
    expect(
      blackoutsOverlapping(session('2027-02-12T23:30:00Z', '2027-02-13T01:00:00Z'), [holiday]),
    ).toHaveLength(1);
  });

  it('when a school is given, then only its holiday region and its own exam weeks count', () => {
    const inExams = session('2027-05-11T09:00:00+02:00', '2027-05-11T11:00:00+02:00');
    expect(blackoutsOverlapping(inExams, [exams], { id: 's1', holidayRegion: 'noord' })).toEqual([
      exams,
    ]);
    expect(blackoutsOverlapping(inExams, [exams], { id: 's2', holidayRegion: 'noord' })).toEqual(
      [],
    );
    const inHoliday = session('2027-02-15T09:00:00+01:00', '2027-02-15T12:00:00+01:00');
    expect(blackoutsOverlapping(inHoliday, [holiday], { id: 's2', holidayRegion: 'zuid' })).toEqual(
      [],
    );
  });
});
