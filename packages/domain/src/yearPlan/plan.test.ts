import { describe, expect, it } from 'vitest';
import type { BookedItem, FeedBooking, SessionItem } from '../ical/feedItems';
import type { PlacementItem } from '../ical/placementEvents';
import { nextSchoolYear } from '../reports/calendar';
import {
  companyPlanEntry,
  monthsOfSchoolYear,
  placementPlanEntry,
  schoolPlanEntry,
  sessionHours,
  yearPlanOf,
} from './plan';

const offer: SessionItem['offer'] = {
  id: 'offer-1',
  type: 'guest_lesson',
  title: 'Gastles lassen',
  companyName: 'Metaal BV',
  locationKind: 'at_company',
  street: 'Havenweg 2',
  postcode: '9401 AB',
  city: 'Assen',
  latitude: null,
  longitude: null,
  requirements: '',
  contactName: 'Piet',
  contactEmail: 'piet@metaal.test',
  contactPhone: null,
};
const booking = (status: FeedBooking['status'], className = '3B'): FeedBooking => ({
  id: `booking-${className}-${status}`,
  status,
  statusReason: null,
  seats: 20,
  teachers: [],
  sequence: 0,
  schoolName: 'Het Lyceum',
  className,
});
const sessionAt = (id: string, startsAt: string, hours = 2): SessionItem['session'] => ({
  id,
  startsAt: new Date(startsAt),
  endsAt: new Date(new Date(startsAt).getTime() + hours * 3_600_000),
  status: 'scheduled',
  cancelReason: null,
  capacity: 30,
  bookedSeats: 20,
  sequence: 0,
});
const sessionItem = (id: string, startsAt: string, bookings: FeedBooking[] = []): SessionItem => ({
  session: sessionAt(id, startsAt),
  offer,
  bookings,
  bookingActivity: 0,
  schoolAddress: null,
  changedAt: new Date('2026-01-01T00:00:00Z'),
});
const organisation = { id: 'company-1', name: 'Metaal BV', kind: 'company' as const };

describe('the months of a school year', () => {
  it('when a school year is named, then its twelve months run from August to July', () => {
    expect(monthsOfSchoolYear('2026-2027')).toEqual([
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
      '2027-04',
      '2027-05',
      '2027-06',
      '2027-07',
    ]);
    expect(nextSchoolYear('2026-2027')).toBe('2027-2028');
  });
});

describe('a year plan by month (Europe/Amsterdam)', () => {
  it('when a session starts just after local midnight on 1 October, then it is in October, not September', () => {
    // 00:30 on 1 October in Amsterdam (CEST) is 22:30 UTC on 30 September.
    const plan = yearPlanOf(organisation, '2026-2027', [
      companyPlanEntry(sessionItem('s1', '2026-09-30T22:30:00Z'), 1.5),
    ]);
    const october = plan.months.find((month) => month.month === '2026-10')!;
    expect(october.items.map((item) => item.sessionId)).toEqual(['s1']);
    expect(plan.months.find((month) => month.month === '2026-09')!.items).toEqual([]);
  });

  it('when entries fall in and outside the school year, then only those starting in it count, and every month is listed', () => {
    const plan = yearPlanOf(organisation, '2026-2027', [
      // 23:30 on 31 July 2026 local: the school year before.
      companyPlanEntry(sessionItem('before', '2026-07-31T21:30:00Z'), 4),
      // 00:30 on 1 August 2026 local: the first moment of this one.
      companyPlanEntry(sessionItem('first', '2026-07-31T22:30:00Z'), 4),
      companyPlanEntry(sessionItem('last', '2027-07-31T21:30:00Z'), 2),
      companyPlanEntry(sessionItem('after', '2027-07-31T22:00:00Z'), 8),
    ]);
    expect(plan.months).toHaveLength(12);
    expect(plan.months[0]!.items.map((item) => item.sessionId)).toEqual(['first']);
    expect(plan.months[11]!.items.map((item) => item.sessionId)).toEqual(['last']);
    expect(plan.totalItems).toBe(2);
    expect(plan.totalHours).toBe(6);
  });

  it('when a month has several items, then they are in time order and its hours add up without drift', () => {
    const plan = yearPlanOf(organisation, '2026-2027', [
      companyPlanEntry(sessionItem('late', '2026-11-20T13:00:00Z'), 0.1),
      companyPlanEntry(sessionItem('early', '2026-11-02T09:00:00Z'), 0.2),
      companyPlanEntry(sessionItem('mid', '2026-11-10T09:00:00Z'), 0.7),
    ]);
    const november = plan.months.find((month) => month.month === '2026-11')!;
    expect(november.items.map((item) => item.sessionId)).toEqual(['early', 'mid', 'late']);
    expect(november.hours).toBe(1);
    expect(plan.totalHours).toBe(1);
  });
});

describe('plan items', () => {
  it('when a company’s session has bookings, then its classes are the live ones and its hours are the in-kind hours', () => {
    const item = sessionItem('s1', '2026-10-05T08:00:00Z', [
      booking('confirmed', '3B'),
      booking('requested', '4A'),
      booking('no_show', '2C'),
    ]);
    const { item: planned } = companyPlanEntry(item, 3.25);
    expect(planned.classes).toEqual([
      { name: '3B', school: 'Het Lyceum', status: 'confirmed' },
      { name: '4A', school: 'Het Lyceum', status: 'requested' },
    ]);
    expect(planned).toMatchObject({
      bookingId: null,
      hours: 3.25,
      location: 'Metaal BV, Havenweg 2, 9401 AB Assen',
      startsAt: '2026-10-05T08:00:00.000Z',
    });
  });

  it('when a school’s booking is planned, then its hours are the session’s length and its class is the booked one', () => {
    const booked: BookedItem = {
      booking: booking('confirmed', '3B'),
      session: sessionAt('s1', '2026-10-05T08:00:00Z', 2.5),
      offer: { ...offer, locationKind: 'at_school' },
      schoolAddress: {
        street: 'Schoolstraat 5',
        postcode: '9401 CD',
        city: 'Assen',
        latitude: null,
        longitude: null,
      },
      changedAt: new Date('2026-01-01T00:00:00Z'),
    };
    const { item } = schoolPlanEntry(booked);
    expect(item).toMatchObject({
      bookingId: 'booking-3B-confirmed',
      companyName: 'Metaal BV',
      classes: [{ name: '3B', school: 'Het Lyceum', status: 'confirmed' }],
      hours: 2.5,
      location: 'Schoolstraat 5, 9401 CD Assen',
    });
  });

  it('when a session runs 1 h 20 min, then it counts 1.33 hours', () => {
    expect(sessionHours(new Date('2026-10-05T08:00:00Z'), new Date('2026-10-05T09:20:00Z'))).toBe(
      1.33,
    );
  });
});

describe('placements in a plan', () => {
  // Mon–Thu 08:00–16:00 from Monday 4 to Thursday 28 March 2030: 16 working days of 8 hours.
  const placementItem = (
    id: string,
    participant: PlacementItem['participant'],
    status: PlacementItem['placement']['status'] = 'accepted',
  ): PlacementItem => ({
    placement: { id, status, startsOn: '2030-03-04', endsOn: '2030-03-28' },
    booking: { id: `booking-${id}`, sequence: 0, statusReason: null },
    session: {
      id: 'place-session',
      startsAt: new Date('2030-03-04T07:00:00Z'),
      endsAt: new Date('2030-03-28T15:00:00Z'),
      status: 'scheduled',
      cancelReason: null,
      sequence: 0,
    },
    place: { id: 'place-1', weekdays: [4, 1, 2, 3], dayStarts: '08:00', dayEnds: '16:00' },
    offer: { ...offer, type: participant.kind === 'teacher' ? 'teacher_internship' : 'internship' },
    participant,
    schoolName: 'Het Lyceum',
    changedAt: new Date('2030-01-01T00:00:00Z'),
  });

  it('when a pupil and a teacher are placed, then each is one item with its class or none, its working-day hours, and both count as placements', () => {
    const pupil = placementPlanEntry(placementItem('p1', { kind: 'pupil', className: '3KB' }));
    const teacher = placementPlanEntry(
      placementItem('p2', { kind: 'teacher', className: 'ignored' }, 'proposed'),
    );
    expect(pupil.item).toMatchObject({
      bookingId: 'booking-p1',
      classes: [],
      hours: 128,
      startsAt: '2030-03-04T07:00:00.000Z',
      placement: {
        id: 'p1',
        status: 'accepted',
        participantKind: 'pupil',
        className: '3KB',
        schoolName: 'Het Lyceum',
        weekdays: [1, 2, 3, 4],
        workingDays: 16,
      },
    });
    expect(teacher.item.placement).toMatchObject({ participantKind: 'teacher', className: null });

    const plan = yearPlanOf(organisation, '2029-2030', [
      pupil,
      teacher,
      companyPlanEntry(sessionItem('s1', '2029-10-05T08:00:00Z'), 2),
    ]);
    expect(plan.totalItems).toBe(3);
    expect(plan.totalPlacements).toBe(2);
    expect(plan.totalHours).toBe(258);
    expect(plan.months.find((month) => month.month === '2030-03')!.items).toHaveLength(2);
  });
});
