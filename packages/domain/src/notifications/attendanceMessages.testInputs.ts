import type { NotificationFacts, PlacementFacts } from './facts';

/** Small readable facts for the attendance and evaluation messages' tests (issue 16). */
export const attendancePlacement: PlacementFacts = {
  placementId: '55555555-5555-4555-8555-555555555555',
  placeTitle: 'Stage <b>installatietechniek</b>',
  placeType: 'internship',
  companyName: 'Installatiebedrijf Noord',
  schoolName: 'Dr. Nassau College',
  startsOn: '2030-03-04',
  endsOn: '2030-03-28',
};

const week = {
  placement: attendancePlacement,
  weekOf: '2030-03-04',
  workingDays: ['2030-03-04', '2030-03-05', '2030-03-06', '2030-03-07'],
  path: '/aanwezigheid/region.secret-week',
};

export const attendanceMessageFacts: NotificationFacts[] = [
  { kind: 'placement.attendance_requested', ...week },
  { kind: 'placement.attendance_reminder', ...week },
  {
    kind: 'placement.absence_reported',
    placement: attendancePlacement,
    day: '2030-03-05',
    pupil: { pseudonym: 'L-ABC234', className: '3KB' },
  },
  {
    kind: 'placement.evaluation_requested',
    placement: attendancePlacement,
    path: '/evaluatie/region.secret-evaluation',
  },
];
