import { beforeAll, describe, expect, it } from 'vitest';
import { fetchCalendar, subscribe } from '../../../test/feedBuilders';
import { expectFoldedLines, parseBoth, type ParsedEvent } from '../../../test/icalParsers';
import { aPlacementWorld, type PlacementWorld } from '../../../test/placementWorld';
import { startTestApp, type TestContext } from '../../../test/harness';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});

const uidOf = (placement: { id: string }) => `placement-${placement.id}@stagebureau.nl`;
const bookingUidOf = (placement: { bookingId: string }) =>
  `booking-${placement.bookingId}@stagebureau.nl`;

/** A feed of the world's school, company or the school's class, read by both parsers. */
async function feedsOf(w: PlacementWorld) {
  const feeds = {
    school: await subscribe(ctx.app, w.users.school.headers, 'school', w.school.id),
    class: await subscribe(ctx.app, w.users.school.headers, 'class', w.schoolClass.id),
    company: await subscribe(ctx.app, w.users.company.headers, 'company', w.company.id),
  };
  const read = async (which: keyof typeof feeds) => {
    const response = await fetchCalendar(ctx.app, feeds[which].path);
    expect(response.statusCode, response.body).toBe(200);
    expectFoldedLines(response.body);
    return { body: response.body, events: parseBoth(response.body).events, response };
  };
  return { feeds, read };
}

const byUid = (events: ParsedEvent[], uid: string) => events.find((event) => event.uid === uid);

describe('placements in school and company feeds', () => {
  it('when a pupil’s placement is accepted, then the school and company feeds hold ONE event for it, repeating Mon–Thu until the last day, read the same by ical.js and python icalendar, without a booking event and without the pupil’s name; the class feed leaves it out', async () => {
    const w = await aPlacementWorld(ctx);
    const place = await w.aPlace();
    const pupil = await w.aPupil('Sanne', 'de Boer');
    const placement = await w.accepted(place.id, pupil.id);
    const { read } = await feedsOf(w);

    const school = await read('school');
    expect(school.events.map((event) => event.uid)).toEqual([uidOf(placement)]);
    const [event] = school.events;
    expect(event).toMatchObject({
      summary: 'Stage: Stage installatietechniek – Installatiebedrijf Noord',
      status: 'CONFIRMED',
      tzid: 'Europe/Amsterdam',
      dtstart: '2030-03-04T08:00:00',
      utcStart: '2030-03-04T07:00:00Z',
      rrule: { freq: 'WEEKLY', byday: ['MO', 'TU', 'WE', 'TH'], until: '2030-03-28T15:00:00Z' },
      location: 'Installatiebedrijf Noord, Industrieweg 1, 9401 AB Assen',
    });
    // 4 weeks × Mon–Thu, each at 08:00 CET, by hand.
    expect(event!.occurrences).toHaveLength(16);
    expect(event!.occurrences[4]).toBe('2030-03-11T07:00:00Z');
    expect(event!.occurrences.at(-1)).toBe('2030-03-28T07:00:00Z');
    expect(event!.description).toContain('Wie: klas 3KB, 1 leerling');
    expect(event!.description).toContain('Meenemen: Werkschoenen en een overall');
    expect(school.body).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH;UNTIL=20300328T150000Z\r\n');
    expect(school.body).toContain('DTEND;TZID=Europe/Amsterdam:20300304T160000\r\n');
    expect(school.body).not.toContain(bookingUidOf(placement));
    for (const name of ['Sanne', 'de Boer', 'ouder.sanne']) expect(school.body).not.toContain(name);

    const company = await read('company');
    expect(company.events.map((e) => e.uid)).toEqual([uidOf(placement)]);
    expect(company.events[0]!.summary).toBe(
      'Stage: Stage installatietechniek – Dr. Nassau College',
    );
    expect(company.events[0]!.description).toContain(
      'Wie: Dr. Nassau College, klas 3KB, 1 leerling',
    );
    expect(company.body).not.toContain(`session-${place.sessionId}@`);
    for (const name of ['Sanne', 'de Boer']) expect(company.body).not.toContain(name);

    expect((await read('class')).events).toEqual([]);
  });

  it('when a place crosses the switch to summer time, then both parsers expand it to 08:00 local on every working day: 07:00 UTC before, 06:00 UTC after', async () => {
    const w = await aPlacementWorld(ctx);
    const place = await w.aPlace({ startsOn: '2030-03-25', endsOn: '2030-04-04' });
    const placement = await w.accepted(place.id, (await w.aPupil()).id);
    const { read } = await feedsOf(w);

    const event = byUid((await read('school')).events, uidOf(placement))!;
    expect(event.rrule!.until).toBe('2030-04-04T14:00:00Z');
    expect(event.occurrences).toEqual([
      '2030-03-25T07:00:00Z',
      '2030-03-26T07:00:00Z',
      '2030-03-27T07:00:00Z',
      '2030-03-28T07:00:00Z',
      '2030-04-01T06:00:00Z',
      '2030-04-02T06:00:00Z',
      '2030-04-03T06:00:00Z',
      '2030-04-04T06:00:00Z',
    ]);
  });

  it('when a teacher places themself, then the school and company feeds show a docentenstage, and the place’s own feed lists it among who booked', async () => {
    const w = await aPlacementWorld(ctx);
    const place = await w.aPlace({ type: 'teacher_internship', levels: [], vmboProfiles: [] });
    const placed = await w.ok('POST', '/placements/self', 'teacher', { placeId: place.id });
    const placement = await w.ok(
      'POST',
      `/placements/${placed.id}/accept`,
      'company',
      undefined,
      200,
    );
    const { read } = await feedsOf(w);

    const school = byUid((await read('school')).events, uidOf(placement))!;
    expect(school.summary).toBe(
      'Docentenstage: Stage installatietechniek – Installatiebedrijf Noord',
    );
    expect(school.description).toContain('Wie: docentenstage');
    const company = byUid((await read('company')).events, uidOf(placement))!;
    expect(company.description).toContain('Wie: Dr. Nassau College, docentenstage');

    const offerFeed = await subscribe(ctx.app, w.users.company.headers, 'offer', place.offerId);
    const [session] = parseBoth((await fetchCalendar(ctx.app, offerFeed.path)).body).events;
    expect(session!.uid).toBe(`session-${place.sessionId}@stagebureau.nl`);
    expect(session!.rrule).toMatchObject({ freq: 'WEEKLY', byday: ['MO', 'TU', 'WE', 'TH'] });
    expect(session!.occurrences).toHaveLength(16);
    expect(session!.description).toContain('- Dr. Nassau College, docentenstage, 1 plaats');
  });

  it('when a placement is only proposed, then no feed shows it; when declined or cancelled, then it stays with STATUS:CANCELLED, the same UID and a higher SEQUENCE, and the feed’s ETag changes', async () => {
    const w = await aPlacementWorld(ctx);
    const place = await w.aPlace({ places: 3 });
    const proposed = (await w.propose(place.id, (await w.aPupil('Anna')).id)).json();
    const toCancel = await w.accepted(place.id, (await w.aPupil('Bram')).id);
    const { feeds, read } = await feedsOf(w);

    const before = await read('school');
    expect(before.events.map((e) => [e.uid, e.status])).toEqual([[uidOf(toCancel), 'CONFIRMED']]);
    const etag = before.response.headers.etag as string;
    const unchanged = await fetchCalendar(ctx.app, feeds.school.path, { 'if-none-match': etag });
    expect(unchanged.statusCode).toBe(304);

    await w.ok('POST', `/placements/${proposed.id}/decline`, 'company', { reason: 'Vol' }, 200);
    await w.ok('POST', `/placements/${toCancel.id}/cancel`, 'school', { reason: 'Verhuisd' }, 200);

    const after = await fetchCalendar(ctx.app, feeds.school.path, { 'if-none-match': etag });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    const events = parseBoth(after.body).events;
    const cancelled = byUid(events, uidOf(toCancel))!;
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.sequence).toBeGreaterThan(before.events[0]!.sequence);
    expect(cancelled.description!.split('\n')[0]).toBe('GEANNULEERD: Verhuisd');
    expect(byUid(events, uidOf(proposed))!.status).toBe('CANCELLED');
    expect(events).toHaveLength(2);
    expect(byUid((await read('company')).events, uidOf(toCancel))!.status).toBe('CANCELLED');
  });

  it('when the school downloads a placement’s booking as .ics, then it is the placement’s event; another school gets 404', async () => {
    const w = await aPlacementWorld(ctx);
    const place = await w.aPlace();
    const placement = await w.accepted(place.id, (await w.aPupil()).id);
    const download = (who: 'school' | 'otherSchool') =>
      ctx.app.inject({
        method: 'GET',
        url: `/api/v1/bookings/${placement.bookingId}.ics`,
        headers: w.users[who].headers,
      });

    const response = await download('school');
    expect(response.statusCode, response.body).toBe(200);
    const [event] = parseBoth(response.body).events;
    expect(event!.uid).toBe(uidOf(placement));
    expect(event!.rrule!.until).toBe('2030-03-28T15:00:00Z');
    expect((await download('otherSchool')).statusCode).toBe(404);
  });
});
