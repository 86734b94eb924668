import { eq } from 'drizzle-orm';
import { bookings, sessions } from '@stagebureau/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectFoldedLines, parseBoth } from '../../../test/icalParsers';
import {
  aBooking,
  aFeedWorld,
  anOffer,
  aSession,
  cancelBooking,
  fetchCalendar,
  subscribe,
} from '../../../test/feedBuilders';
import { aClass, aSchool } from '../../../test/builders';
import { startTestApp, type TestContext } from '../../../test/harness';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});

// The last Sunday of March 2027 is the 28th: clocks go from CET (+1) to CEST (+2).
const fridayBeforeDst = new Date('2027-03-26T08:00:00Z'); // 09:00 CET
const mondayAfterDst = new Date('2027-03-29T07:00:00Z'); // 09:00 CEST
const twoHours = 2 * 3_600_000;

describe('a school feed', () => {
  it('when a school subscribes, then both parsers read its bookings at 09:00 Amsterdam time on both sides of the DST switch', async () => {
    const world = await aFeedWorld(ctx.app, ctx.db);
    const winter = await aSession(ctx.db, world.region.id, world.offer.id, {
      startsAt: fridayBeforeDst,
      endsAt: new Date(fridayBeforeDst.getTime() + twoHours),
    });
    const summer = await aSession(ctx.db, world.region.id, world.offer.id, {
      startsAt: mondayAfterDst,
      endsAt: new Date(mondayAfterDst.getTime() + twoHours),
    });
    const winterBooking = await aBooking(ctx.db, winter, world.school, world.schoolClass);
    const summerBooking = await aBooking(ctx.db, summer, world.school, world.schoolClass);
    const feed = await subscribe(ctx.app, world.coordinator.headers, 'school', world.school.id);

    const response = await fetchCalendar(ctx.app, feed.path);

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const calendar = parseBoth(response.body);
    expect(calendar.name).toBe('Stagebureau – Dr. Nassau College');
    expect(calendar.method).toBe('PUBLISH');
    expect(calendar.timezones).toEqual(['Europe/Amsterdam']);
    expect(calendar.events.map((e) => [e.uid, e.tzid, e.dtstart, e.utcStart])).toEqual([
      [
        `booking-${winterBooking.id}@stagebureau.nl`,
        'Europe/Amsterdam',
        '2027-03-26T09:00:00',
        '2027-03-26T08:00:00Z',
      ],
      [
        `booking-${summerBooking.id}@stagebureau.nl`,
        'Europe/Amsterdam',
        '2027-03-29T09:00:00',
        '2027-03-29T07:00:00Z',
      ],
    ]);
    const [event] = calendar.events;
    expect(event!.status).toBe('CONFIRMED');
    expect(event!.summary).toBe('Bedrijfsbezoek: Rondleiding werkplaats – 3B');
    expect(event!.location).toBe('Techniek & Co, Industrieweg 1, 9401 AB Assen');
    expect(event!.geo).toEqual([52.99, 6.56]);
    expect(event!.description).toContain('Klas: 3B (24 plaatsen)');
    expect(event!.description).toContain('Begeleiders: Mevr. de Jong');
    expect(event!.description).toContain('Meenemen: Veiligheidsschoenen');
    expect(event!.description).toContain('Contact: Jan de Vries, jan@bedrijf.test');
    expect(event!.description).toContain(
      `Bekijk in Stagebureau: http://localhost:3000/boekingen/${winterBooking.id}`,
    );
    const body = response.body;
    expect(body).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n');
    expect(body).toContain('X-PUBLISHED-TTL:PT1H\r\n');
    expect(body).toContain('METHOD:PUBLISH\r\n');
    expect(body).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
    expect(body).toContain('DTSTART;TZID=Europe/Amsterdam:20270329T090000\r\n');
    expect(body).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n');
    expectFoldedLines(body);
  });

  it('when titles and descriptions hold commas, semicolons, newlines and multi-byte characters, then they are escaped, folded at 75 octets and read back unchanged', async () => {
    const world = await aFeedWorld(ctx.app, ctx.db);
    const title = 'Lassen, solderen; meten – één café met ë en 🚀 raketbouw';
    const requirements =
      'Veiligheidsschoenen; overall, handschoenen\nen een lunchpakket 🥪. ' +
      'Crème brûlée-proeverij: éééééééééééééééééééééééé ëëëëëëëëëëëëëëëëëëëë 🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉 – einde';
    const offer = await anOffer(ctx.db, world.region.id, world.company.id, {
      title,
      requirements,
    });
    const session = await aSession(ctx.db, world.region.id, offer.id);
    const schoolClass = await aClass(ctx.db, world.region.id, world.school.id, {
      name: '4K, groep; Ö',
    });
    await aBooking(ctx.db, session, world.school, schoolClass, {
      teachers: ['Dhr. Ünal', 'Mevr. Çelik; mentor'],
    });
    const feed = await subscribe(ctx.app, world.coordinator.headers, 'class', schoolClass.id);

    const response = await fetchCalendar(ctx.app, feed.path);

    expectFoldedLines(response.body);
    expect(response.body).toContain('Lassen\\, solderen\\; meten');
    expect(response.body).toMatch(/lunchpakket/);
    expect(response.body).toContain('\\n');
    const [event] = parseBoth(response.body).events;
    expect(event!.summary).toBe(`Bedrijfsbezoek: ${title} – 4K, groep; Ö`);
    expect(event!.description).toContain(`Meenemen: ${requirements}`);
    expect(event!.description).toContain('Begeleiders: Dhr. Ünal, Mevr. Çelik; mentor');
    expect(event!.description!.split('\n')[0]).toBe('Bedrijfsbezoek bij Techniek & Co');
  });

  it('when another school books the same session, then it never appears in this school’s feed nor in this class’s feed', async () => {
    const world = await aFeedWorld(ctx.app, ctx.db);
    const session = await aSession(ctx.db, world.region.id, world.offer.id, { capacity: 100 });
    const own = await aBooking(ctx.db, session, world.school, world.schoolClass);
    const otherSchool = await aSchool(ctx.db, world.region.id, { name: 'Het Andere Lyceum' });
    const otherClass = await aClass(ctx.db, world.region.id, otherSchool.id);
    const sameSchoolOtherClass = await aClass(ctx.db, world.region.id, world.school.id);
    await aBooking(ctx.db, session, otherSchool, otherClass);
    const sibling = await aBooking(ctx.db, session, world.school, sameSchoolOtherClass);

    const schoolFeed = await subscribe(
      ctx.app,
      world.coordinator.headers,
      'school',
      world.school.id,
    );
    const classFeed = await subscribe(
      ctx.app,
      world.coordinator.headers,
      'class',
      world.schoolClass.id,
    );
    const schoolBody = (await fetchCalendar(ctx.app, schoolFeed.path)).body;
    const classBody = (await fetchCalendar(ctx.app, classFeed.path)).body;

    expect(
      parseBoth(schoolBody)
        .events.map((e) => e.uid)
        .sort(),
    ).toEqual([`booking-${own.id}@stagebureau.nl`, `booking-${sibling.id}@stagebureau.nl`].sort());
    expect(schoolBody).not.toContain('Het Andere Lyceum');
    expect(schoolBody).not.toContain(otherClass.name);
    expect(parseBoth(classBody).events.map((e) => e.uid)).toEqual([
      `booking-${own.id}@stagebureau.nl`,
    ]);
  });

  it('when a booking is cancelled, then it stays as STATUS:CANCELLED; a cancellation older than 60 days is gone', async () => {
    const world = await aFeedWorld(ctx.app, ctx.db);
    const upcoming = await aSession(ctx.db, world.region.id, world.offer.id);
    const cancelled = await aBooking(ctx.db, upcoming, world.school, world.schoolClass);
    await cancelBooking(ctx.db, cancelled.id, 'Bus valt uit');
    const longAgo = new Date(Date.now() - 90 * 86_400_000);
    const past = await aSession(ctx.db, world.region.id, world.offer.id, {
      startsAt: longAgo,
      endsAt: new Date(longAgo.getTime() + twoHours),
    });
    const oldClass = await aClass(ctx.db, world.region.id, world.school.id);
    const oldCancelled = await aBooking(ctx.db, past, world.school, oldClass, {
      status: 'cancelled',
    });
    const seventyDaysAgo = new Date(Date.now() - 70 * 86_400_000);
    await ctx.db
      .update(bookings)
      .set({ updatedAt: seventyDaysAgo })
      .where(eq(bookings.id, oldCancelled.id));
    await ctx.db
      .update(sessions)
      .set({ updatedAt: seventyDaysAgo })
      .where(eq(sessions.id, past.id));
    const pastClass = await aClass(ctx.db, world.region.id, world.school.id);
    const attended = await aBooking(ctx.db, past, world.school, pastClass, {
      status: 'completed',
    });
    const feed = await subscribe(ctx.app, world.coordinator.headers, 'school', world.school.id);

    const events = parseBoth((await fetchCalendar(ctx.app, feed.path)).body).events;

    expect(events.map((e) => [e.uid, e.status])).toEqual([
      [`booking-${attended.id}@stagebureau.nl`, 'CONFIRMED'],
      [`booking-${cancelled.id}@stagebureau.nl`, 'CANCELLED'],
    ]);
    expect(events[1]!.description).toContain('GEANNULEERD: Bus valt uit');
  });
});

describe('conditional requests', () => {
  it('when the ETag or Last-Modified still match, then the answer is 304 with an empty body; after a change it is 200 again', async () => {
    const world = await aFeedWorld(ctx.app, ctx.db);
    const session = await aSession(ctx.db, world.region.id, world.offer.id);
    await aBooking(ctx.db, session, world.school, world.schoolClass);
    const feed = await subscribe(ctx.app, world.coordinator.headers, 'school', world.school.id);
    const first = await fetchCalendar(ctx.app, feed.path);
    const etag = first.headers.etag as string;
    const lastModified = first.headers['last-modified'] as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(new Date(lastModified).toUTCString()).toBe(lastModified);

    const byEtag = await fetchCalendar(ctx.app, feed.path, { 'if-none-match': etag });
    const byDate = await fetchCalendar(ctx.app, feed.path, { 'if-modified-since': lastModified });
    const staleDate = new Date(Date.parse(lastModified) - 1000).toUTCString();
    const byOldDate = await fetchCalendar(ctx.app, feed.path, { 'if-modified-since': staleDate });
    const otherTag = await fetchCalendar(ctx.app, feed.path, { 'if-none-match': '"other"' });

    expect([byEtag.statusCode, byEtag.body, byEtag.headers.etag]).toEqual([304, '', etag]);
    expect([byDate.statusCode, byDate.body]).toEqual([304, '']);
    expect(byOldDate.statusCode).toBe(200);
    expect(otherTag.statusCode).toBe(200);
    expect(otherTag.body).toBe(first.body);

    await ctx.db
      .update(sessions)
      .set({ capacity: 40, sequence: 1, updatedAt: new Date(Date.now() + 2000) })
      .where(eq(sessions.id, session.id));
    const afterChange = await fetchCalendar(ctx.app, feed.path, { 'if-none-match': etag });
    const afterChangeByDate = await fetchCalendar(ctx.app, feed.path, {
      'if-modified-since': lastModified,
    });

    expect(afterChange.statusCode).toBe(200);
    expect(afterChange.headers.etag).not.toBe(etag);
    expect(parseBoth(afterChange.body).events[0]!.sequence).toBe(1);
    expect(afterChangeByDate.statusCode).toBe(200);
  });
});
