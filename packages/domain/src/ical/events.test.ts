import { describe, expect, it } from 'vitest';
import type { Actor } from '../roles';
import { bookingEvent, feedCalendarName, sessionEvent } from './events';
import { canSeeBooking, canSubscribe } from './feedAccess';
import { feedWindow, type BookedItem, type FeedBooking, type SessionItem } from './feedItems';
import { vtimezoneFor } from './vtimezone';

const offer: BookedItem['offer'] = {
  id: 'offer-1',
  type: 'job_shadow',
  title: 'Meelopen in de werkplaats',
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
const session: BookedItem['session'] = {
  id: 'session-1',
  startsAt: new Date('2027-02-01T08:00:00Z'),
  endsAt: new Date('2027-02-01T15:00:00Z'),
  status: 'scheduled',
  cancelReason: null,
  capacity: 30,
  bookedSeats: 20,
  sequence: 2,
};
const booking: FeedBooking = {
  id: 'booking-1',
  status: 'confirmed',
  statusReason: null,
  seats: 20,
  teachers: [],
  sequence: 3,
  schoolName: 'Het Lyceum',
  className: '2C',
};
const address = { street: null, postcode: null, city: null, latitude: null, longitude: null };
const changedAt = new Date('2026-11-01T10:00:00Z');

describe('booking events', () => {
  it('when a booking is mapped, then SEQUENCE is booking + session sequence and the Dutch type names it', () => {
    const event = bookingEvent(
      { booking, session, offer, schoolAddress: address, changedAt },
      'https://web',
    );
    expect(event).toMatchObject({
      uid: 'booking-booking-1@stagebureau.nl',
      sequence: 5,
      status: 'CONFIRMED',
      summary: 'Snuffelstage: Meelopen in de werkplaats – 2C',
      location: 'Metaal BV, Havenweg 2, 9401 AB Assen',
      geo: null,
      url: 'https://web/boekingen/booking-1',
      stamp: changedAt,
    });
    expect(event.description).not.toContain('Meenemen');
  });

  it('when the session is cancelled, then the booking event is cancelled with the session’s reason', () => {
    const cancelled = { ...session, status: 'cancelled' as const, cancelReason: 'Ziekte' };
    const event = bookingEvent(
      { booking, session: cancelled, offer, schoolAddress: address, changedAt },
      'https://web',
    );
    expect(event.status).toBe('CANCELLED');
    expect(event.description.split('\n')[0]).toBe('GEANNULEERD: Ziekte');
  });
});

describe('session events', () => {
  const item: SessionItem = {
    session,
    offer,
    bookings: [booking, { ...booking, id: 'b2', status: 'cancelled', schoolName: 'Weg School' }],
    bookingActivity: 7,
    schoolAddress: null,
    changedAt,
  };

  it('when the company sees a session, then it lists the live bookings and SEQUENCE adds the booking activity', () => {
    const event = sessionEvent(item, 'organiser', 'https://web');
    expect(event.sequence).toBe(9);
    expect(event.description).toContain('- Het Lyceum, klas 2C, 20 plaatsen');
    expect(event.description).not.toContain('Weg School');
  });

  it('when the public sees a session, then it shows free seats and no school', () => {
    const event = sessionEvent(item, 'public', 'https://web');
    expect(event.description).toContain('Vrije plaatsen: 10 van 30');
    expect(event.description).not.toContain('Het Lyceum');
    expect(event.summary).toBe('Snuffelstage: Meelopen in de werkplaats – Metaal BV');
  });
});

describe('calendar names, window and timezone', () => {
  it('names scopes in Dutch', () => {
    expect(feedCalendarName('school', 'Dr. Nassau College')).toBe(
      'Stagebureau – Dr. Nassau College',
    );
    expect(feedCalendarName('class', '3B')).toBe('Stagebureau – klas 3B');
  });

  it('keeps cancelled items 60 days and history a year', () => {
    const now = new Date('2027-01-01T00:00:00Z');
    expect(feedWindow(now)).toEqual({
      historyFrom: new Date('2026-01-01T00:00:00Z'),
      cancelledKeptFrom: new Date('2026-11-02T00:00:00Z'),
    });
  });

  it('has a VTIMEZONE only for Europe/Amsterdam, with CET and CEST on the last Sundays', () => {
    const vtimezone = vtimezoneFor('Europe/Amsterdam')!;
    expect(vtimezone).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(vtimezone).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    expect(vtimezoneFor('Europe/London')).toBeNull();
  });
});

describe('who may subscribe', () => {
  const region = 'r1';
  const actor = (role: Actor['role'], organisationId: string | null): Actor => ({
    userId: 'u',
    role,
    regionId: region,
    organisationId,
  });
  const school = { regionId: region, organisationId: 'school-1' };
  const company = { regionId: region, organisationId: 'company-1' };
  const wholeRegion = { regionId: region, organisationId: null };

  it.each([
    ['school_coordinator', 'school-1', 'school', school, 'allow'],
    ['teacher', 'school-1', 'class', school, 'allow'],
    ['school_coordinator', 'school-2', 'school', school, 'not_found'],
    ['school_coordinator', 'school-1', 'region', wholeRegion, 'forbidden'],
    ['company_member', 'company-1', 'offer', company, 'allow'],
    ['company_admin', 'company-1', 'company', company, 'allow'],
    ['company_admin', 'company-1', 'school', school, 'not_found'],
    ['bureau_staff', null, 'region', wholeRegion, 'allow'],
    ['bureau_admin', null, 'class', school, 'allow'],
    ['bureau_admin', null, 'region', { regionId: 'r2', organisationId: null }, 'not_found'],
  ] as const)('%s of %s asking %s → %s', (role, org, scope, target, expected) => {
    expect(canSubscribe(actor(role, org), scope, target)).toBe(expected);
  });

  it('shows a booking to its school, its company and the bureau only', () => {
    const owners = { regionId: region, schoolId: 'school-1', companyId: 'company-1' };
    expect(canSeeBooking(actor('teacher', 'school-1'), owners)).toBe('allow');
    expect(canSeeBooking(actor('company_member', 'company-1'), owners)).toBe('allow');
    expect(canSeeBooking(actor('bureau_staff', null), owners)).toBe('allow');
    expect(canSeeBooking(actor('school_coordinator', 'school-2'), owners)).toBe('not_found');
    expect(canSeeBooking({ ...actor('bureau_staff', null), regionId: 'r2' }, owners)).toBe(
      'not_found',
    );
  });
});
