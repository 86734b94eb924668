import Fastify from 'fastify';
import { eq } from 'drizzle-orm';
import { sessions } from '@stagebureau/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseBoth } from '../../../test/icalParsers';
import {
  aBooking,
  aFeedWorld,
  anOffer,
  aSession,
  cancelBooking,
  fetchCalendar,
  moveSession,
  subscribe,
  suspendOrganisation,
} from '../../../test/feedBuilders';
import { aClass, aCompany, aLoggedInUser, aRegion, aSchool } from '../../../test/builders';
import { startTestApp, type TestContext } from '../../../test/harness';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});

describe('SEQUENCE over a booking’s life', () => {
  it('when a class is booked, the company moves the session and the school cancels, then the UID stays and SEQUENCE rises until STATUS:CANCELLED', async () => {
    const w = await aFeedWorld(ctx.app, ctx.db);
    const session = await aSession(ctx.db, w.region.id, w.offer.id, {
      startsAt: new Date('2027-01-11T08:00:00Z'),
      endsAt: new Date('2027-01-11T10:00:00Z'),
    });
    const booking = await aBooking(ctx.db, session, w.school, w.schoolClass);
    const schoolFeed = await subscribe(ctx.app, w.coordinator.headers, 'school', w.school.id);
    const companyFeed = await subscribe(ctx.app, w.companyMember.headers, 'company', w.company.id);
    const read = async (path: string) =>
      parseBoth((await fetchCalendar(ctx.app, path)).body).events;

    const [booked] = await read(schoolFeed.path);
    const [companyBooked] = await read(companyFeed.path);
    expect(booked!.uid).toBe(`booking-${booking.id}@stagebureau.nl`);
    expect(booked!.status).toBe('CONFIRMED');
    expect(companyBooked!.uid).toBe(`session-${session.id}@stagebureau.nl`);
    expect(companyBooked!.description).toContain(`Dr. Nassau College, klas 3B, 24 plaatsen`);

    const movedTo = new Date('2027-01-12T12:30:00Z');
    await moveSession(ctx.db, session.id, movedTo, new Date('2027-01-12T14:30:00Z'));
    const [moved] = await read(schoolFeed.path);
    const [companyMoved] = await read(companyFeed.path);
    expect(moved!.uid).toBe(booked!.uid);
    expect(moved!.sequence).toBeGreaterThan(booked!.sequence);
    expect([moved!.dtstart, moved!.utcStart]).toEqual([
      '2027-01-12T13:30:00',
      '2027-01-12T12:30:00Z',
    ]);
    expect(companyMoved!.sequence).toBeGreaterThan(companyBooked!.sequence);

    await cancelBooking(ctx.db, booking.id, 'Toetsweek verschoven');
    const [cancelled] = await read(schoolFeed.path);
    const [companyAfter] = await read(companyFeed.path);
    expect(cancelled!.uid).toBe(booked!.uid);
    expect(cancelled!.sequence).toBeGreaterThan(moved!.sequence);
    expect(cancelled!.status).toBe('CANCELLED');
    // The session goes on; it no longer lists the cancelled class.
    expect(companyAfter!.status).toBe('CONFIRMED');
    expect(companyAfter!.sequence).toBeGreaterThan(companyMoved!.sequence);
    expect(companyAfter!.description).not.toContain('Dr. Nassau College');
  });
});

describe('the public year calendar', () => {
  it('when anyone fetches a region’s jaarkalender, then it shows only that region’s published sessions with free seats and no school data', async () => {
    const w = await aFeedWorld(ctx.app, ctx.db);
    const published = await aSession(ctx.db, w.region.id, w.offer.id, { capacity: 30 });
    await aBooking(ctx.db, published, w.school, w.schoolClass, { teachers: ['Mevr. Geheim'] });
    const cancelled = await aSession(ctx.db, w.region.id, w.offer.id);
    await ctx.db
      .update(sessions)
      .set({ status: 'cancelled', cancelReason: 'Storm', cancelledAt: new Date(), sequence: 1 })
      .where(eq(sessions.id, cancelled.id));
    const draft = await anOffer(ctx.db, w.region.id, w.company.id, { status: 'draft' });
    await aSession(ctx.db, w.region.id, draft.id);
    await aSession(ctx.db, w.region.id, w.offer.id, { schoolId: w.school.id });
    const suspended = await aCompany(ctx.db, w.region.id);
    const suspendedOffer = await anOffer(ctx.db, w.region.id, suspended.id);
    await aSession(ctx.db, w.region.id, suspendedOffer.id);
    await suspendOrganisation(ctx.db, suspended.id);
    const elsewhere = await aRegion(ctx.db);
    const farCompany = await aCompany(ctx.db, elsewhere.id);
    await aSession(ctx.db, elsewhere.id, (await anOffer(ctx.db, elsewhere.id, farCompany.id)).id);

    const response = await fetchCalendar(ctx.app, `/ical/public/${w.region.slug}.ics`);

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const calendar = parseBoth(response.body);
    expect(calendar.name).toBe(`Stagebureau ${w.region.name} – jaarkalender`);
    expect(calendar.events.map((e) => [e.uid, e.status]).sort()).toEqual(
      [
        [`session-${published.id}@stagebureau.nl`, 'CONFIRMED'],
        [`session-${cancelled.id}@stagebureau.nl`, 'CANCELLED'],
      ].sort(),
    );
    const open = calendar.events.find((e) => e.uid.includes(published.id))!;
    expect(open.description).toContain('Vrije plaatsen: 6 van 30');
    expect(open.summary).toContain('Techniek & Co');
    for (const secret of [w.school.name, w.schoolClass.name, 'Mevr. Geheim', 'Schoolstraat']) {
      expect(response.body).not.toContain(secret);
    }
    const unknown = await fetchCalendar(ctx.app, '/ical/public/bestaat-niet.ics');
    expect(unknown.statusCode).toBe(404);
    const again = await fetchCalendar(ctx.app, `/ical/public/${w.region.slug}.ics`, {
      'if-none-match': response.headers.etag as string,
    });
    expect(again.statusCode).toBe(304);
  });
});

describe('one booking as .ics', () => {
  it('when the school, the company or the bureau downloads a booking, then it is one event; any other organisation gets 404', async () => {
    const w = await aFeedWorld(ctx.app, ctx.db);
    const session = await aSession(ctx.db, w.region.id, w.offer.id);
    const booking = await aBooking(ctx.db, session, w.school, w.schoolClass);
    const otherSchool = await aSchool(ctx.db, w.region.id);
    const otherCompany = await aCompany(ctx.db, w.region.id);
    const strangers = [
      await aLoggedInUser(ctx.app, ctx.db, w.region.id, 'school_coordinator', otherSchool.id),
      await aLoggedInUser(ctx.app, ctx.db, w.region.id, 'company_admin', otherCompany.id),
      await aLoggedInUser(ctx.app, ctx.db, (await aRegion(ctx.db)).id, 'bureau_admin'),
    ];
    const url = `/api/v1/bookings/${booking.id}.ics`;

    for (const viewer of [w.coordinator, w.companyMember, w.bureau]) {
      const response = await ctx.app.inject({ url, headers: viewer.headers });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(response.headers['content-disposition']).toContain('.ics');
      const events = parseBoth(response.body).events;
      expect(events.map((e) => e.uid)).toEqual([`booking-${booking.id}@stagebureau.nl`]);
    }
    for (const stranger of strangers) {
      expect((await ctx.app.inject({ url, headers: stranger.headers })).statusCode).toBe(404);
    }
    expect((await ctx.app.inject({ url })).statusCode).toBe(401);
    // `/bookings/:id` (the bookings module's JSON) is a different route from `/bookings/:id.ics`.
    const plain = await ctx.app.inject({
      url: `/api/v1/bookings/${booking.id}`,
      headers: w.coordinator.headers,
    });
    expect(plain.headers['content-type']).not.toContain('text/calendar');
  });

  it('when both /bookings/:id and /bookings/:id.ics are registered, then the router sends each path to its own handler', async () => {
    const app = Fastify();
    app.get('/bookings/:id', async () => 'json');
    app.get('/bookings/:id.ics', async (request) => `ics ${(request.params as { id: string }).id}`);
    const id = '0b6a3c1e-1111-4222-8333-444455556666';

    expect((await app.inject(`/bookings/${id}`)).body).toBe('json');
    expect((await app.inject(`/bookings/${id}.ics`)).body).toBe(`ics ${id}`);
    await app.close();
  });
});

describe('a class at another school’s location', () => {
  it('when a guest lesson takes place at school, then the school feed’s LOCATION is the school address', async () => {
    const w = await aFeedWorld(ctx.app, ctx.db);
    const lesson = await anOffer(ctx.db, w.region.id, w.company.id, {
      type: 'guest_lesson',
      locationKind: 'at_school',
      street: null,
      postcode: null,
      city: null,
    });
    const session = await aSession(ctx.db, w.region.id, lesson.id);
    const schoolClass = await aClass(ctx.db, w.region.id, w.school.id);
    await aBooking(ctx.db, session, w.school, schoolClass);
    const feed = await subscribe(ctx.app, w.coordinator.headers, 'class', schoolClass.id);

    const [event] = parseBoth((await fetchCalendar(ctx.app, feed.path)).body).events;

    expect(event!.location).toBe('Schoolstraat 5, 9401 CD Assen');
    expect(event!.summary.startsWith('Gastles: ')).toBe(true);
  });
});
