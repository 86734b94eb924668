import { describe, expect, it } from 'vitest';
import {
  internshipPlacesReport,
  placementCoverageReport,
  type OfferedPlace,
  type PlacedParticipant,
} from './placements';

const schools = [
  { id: 's1', name: 'Vakcollege Zuid' },
  { id: 's2', name: 'Atheneum Noord' },
  { id: 's3', name: 'Zeevaartschool' },
];
const pupil = (
  participantId: string,
  schoolId: string,
  educationLevel: PlacedParticipant['educationLevel'],
  vmboProfile: string | null,
): PlacedParticipant => ({ participantId, kind: 'pupil', schoolId, educationLevel, vmboProfile });

describe('placement coverage', () => {
  it('when pupils have one or two placements and a teacher one, then pupils count once each, per school and profile, and the teacher apart', () => {
    const report = placementCoverageReport(
      '2029-2030',
      [
        pupil('a', 's1', 'vmbo-kb', 'PIE'),
        pupil('a', 's1', 'vmbo-kb', 'PIE'),
        pupil('b', 's1', 'vmbo-kb', 'PIE'),
        pupil('c', 's1', 'vmbo-bb', 'ZW'),
        pupil('d', 's2', 'havo', null),
        {
          participantId: 't',
          kind: 'teacher',
          schoolId: 's2',
          educationLevel: null,
          vmboProfile: null,
        },
      ],
      schools,
    );
    expect(report.total).toEqual({ pupils: 4, placements: 5, teachers: 1 });
    expect(
      report.bySchool.map((s) => [s.name, s.pupils, s.placements, s.teachers, s.noPupilPlaced]),
    ).toEqual([
      ['Atheneum Noord', 1, 1, 1, false],
      ['Vakcollege Zuid', 3, 4, 0, false],
      ['Zeevaartschool', 0, 0, 0, true],
    ]);
    expect(report.bySchoolAndProfile).toEqual([
      {
        schoolId: 's2',
        name: 'Atheneum Noord',
        educationLevel: 'havo',
        vmboProfile: null,
        pupils: 1,
      },
      {
        schoolId: 's1',
        name: 'Vakcollege Zuid',
        educationLevel: 'vmbo-bb',
        vmboProfile: 'ZW',
        pupils: 1,
      },
      {
        schoolId: 's1',
        name: 'Vakcollege Zuid',
        educationLevel: 'vmbo-kb',
        vmboProfile: 'PIE',
        pupils: 2,
      },
    ]);
    expect(report.byLevel).toEqual([
      { key: 'havo', pupils: 1 },
      { key: 'vmbo-bb', pupils: 1 },
      { key: 'vmbo-kb', pupils: 2 },
    ]);
    expect(report.byVmboProfile).toEqual([
      { key: 'none', pupils: 1 },
      { key: 'PIE', pupils: 2 },
      { key: 'ZW', pupils: 1 },
    ]);
  });

  it('when nothing is placed, then every school shows with zero and is flagged', () => {
    const report = placementCoverageReport('2029-2030', [], schools);
    expect(report.total).toEqual({ pupils: 0, placements: 0, teachers: 0 });
    expect(report.bySchool.every((s) => s.noPupilPlaced)).toBe(true);
    expect(report.bySchoolAndProfile).toEqual([]);
  });
});

describe('internship places this year against last year', () => {
  const place = (
    type: OfferedPlace['type'],
    startsAt: string,
    capacity: number,
    filled: number,
  ) => ({
    type,
    startsAt: new Date(startsAt),
    capacity,
    filled,
  });

  it('when places start in both school years and outside them, then each year sums its capacities and filled places per type, and the change is this year minus last', () => {
    const report = internshipPlacesReport('2030-2031', [
      place('internship', '2030-09-02T06:00:00Z', 2, 1),
      place('internship', '2031-03-03T07:00:00Z', 3, 3),
      place('job_shadow', '2030-10-01T06:00:00Z', 1, 0),
      place('internship', '2030-03-04T07:00:00Z', 2, 2),
      place('teacher_internship', '2029-11-04T07:00:00Z', 1, 1),
      // 23:30 on 31 July 2030 in Amsterdam: still 2029-2030.
      place('internship', '2030-07-31T21:30:00Z', 4, 0),
      // 2028-2029 and 2031-2032: in neither year.
      place('internship', '2029-03-05T07:00:00Z', 9, 9),
      place('internship', '2031-09-01T06:00:00Z', 9, 9),
    ]);
    expect(report.previousSchoolYear).toBe('2029-2030');
    expect(report.byType).toEqual([
      {
        type: 'job_shadow',
        current: { listings: 1, offered: 1, filled: 0 },
        previous: { listings: 0, offered: 0, filled: 0 },
        change: { listings: 1, offered: 1, filled: 0 },
      },
      {
        type: 'internship',
        current: { listings: 2, offered: 5, filled: 4 },
        previous: { listings: 2, offered: 6, filled: 2 },
        change: { listings: 0, offered: -1, filled: 2 },
      },
      {
        type: 'teacher_internship',
        current: { listings: 0, offered: 0, filled: 0 },
        previous: { listings: 1, offered: 1, filled: 1 },
        change: { listings: -1, offered: -1, filled: -1 },
      },
    ]);
    expect(report.total).toEqual({
      current: { listings: 3, offered: 6, filled: 4 },
      previous: { listings: 3, offered: 7, filled: 3 },
      change: { listings: 0, offered: -1, filled: 1 },
    });
  });
});
