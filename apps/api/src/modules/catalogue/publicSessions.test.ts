import { beforeAll, describe, expect, it } from 'vitest';
import { regions } from '@stagebureau/db';
import { aBooking, anOffer, aSession } from '../../../test/activityBuilders';
import { aClass, aCompany, aRegion, aSchool } from '../../../test/builders';
import { startTestApp, type TestContext } from '../../../test/harness';

/** April 2030 is summer time in Amsterdam (UTC+2): 22:30Z is 00:30 the next local day. */
let ctx: TestContext;
let region: typeof regions.$inferSelect;
let welder: { id: string; name: string };
let harbour: { id: string; name: string };
const ids: Record<string, string> = {};

type Listing = {
  id: string;
  offerId: string;
  offerTitle: string;
  companyName: string;
  localDate: string;
  localStartTime: string;
  capacity: number;
  freeSeats: number;
};
type Page = { items: Listing[]; total: number };

beforeAll(async () => {
  ctx = await startTestApp();
  region = await aRegion(ctx.db);
  welder = await aCompany(ctx.db, region.id);
  harbour = await aCompany(ctx.db, region.id);
  const school = await aSchool(ctx.db, region.id);
  const welding = await anOffer(ctx.db, region.id, welder.id, { title: 'Lassen' });
  const visit = await anOffer(ctx.db, region.id, harbour.id, { title: 'Haven' });
  const draft = await anOffer(ctx.db, region.id, welder.id, { status: 'draft' });
  const session = (offerId: string, startsAt: string, values = {}) =>
    aSession(ctx.db, region.id, offerId, { startsAt: new Date(startsAt), ...values });

  const firstNight = await session(welding.id, '2030-03-31T22:30:00Z');
  const firstMorning = await session(welding.id, '2030-04-01T06:00:00Z');
  const harbourDay = await session(visit.id, '2030-04-15T07:00:00Z', { capacity: 20 });
  const lastNight = await session(welding.id, '2030-04-30T21:30:00Z');
  await aBooking(
    ctx.db,
    harbourDay,
    school,
    await aClass(ctx.db, region.id, school.id, { size: 5 }),
  );
  // Just outside April locally, though inside it (or next to it) in UTC.
  await session(welding.id, '2030-03-31T21:30:00Z');
  await session(welding.id, '2030-04-30T22:30:00Z');
  // Inside April, but not for the public calendar.
  const hidden = [
    await session(draft.id, '2030-04-10T07:00:00Z'),
    await session(welding.id, '2030-04-11T07:00:00Z', { status: 'cancelled' }),
    await session(welding.id, '2030-04-12T07:00:00Z', { schoolId: school.id }),
  ];
  const elsewhere = await aRegion(ctx.db);
  const foreignOffer = await anOffer(
    ctx.db,
    elsewhere.id,
    (await aCompany(ctx.db, elsewhere.id)).id,
  );
  hidden.push(
    await aSession(ctx.db, elsewhere.id, foreignOffer.id, {
      startsAt: new Date('2030-04-13T07:00:00Z'),
    }),
  );
  Object.assign(ids, {
    firstNight: firstNight.id,
    firstMorning: firstMorning.id,
    harbourDay: harbourDay.id,
    lastNight: lastNight.id,
    visit: visit.id,
  });
  hidden.forEach((row, index) => (ids[`hidden${index}`] = row.id));
});

const list = (query: string, slug = region.slug) =>
  ctx.app.inject({ url: `/api/v1/public/regions/${slug}/sessions?${query}` });
const page = async (query: string) => {
  const response = await list(query);
  expect(response.statusCode).toBe(200);
  return response.json<Page>();
};

describe('public sessions of a region', () => {
  it('when anyone lists a month, then the sessions of both offers come with title, company and free seats, by start', async () => {
    const april = await page('from=2030-04-01&to=2030-04-30');
    expect(april.total).toBe(4);
    expect(april.items.map((item) => item.id)).toEqual([
      ids.firstNight,
      ids.firstMorning,
      ids.harbourDay,
      ids.lastNight,
    ]);
    expect(april.items[2]).toMatchObject({
      offerTitle: 'Haven',
      companyName: harbour.name,
      localDate: '2030-04-15',
      localStartTime: '09:00',
      capacity: 20,
      freeSeats: 15,
    });
    expect(april.items[0]).toMatchObject({ offerTitle: 'Lassen', companyName: welder.name });
    expect(april.items[0]!.freeSeats).toBe(30);
  });

  it('when a session is booked, then its free seats are those of the public offer detail', async () => {
    const detail = await ctx.app.inject({
      url: `/api/v1/public/regions/${region.slug}/offers/${ids.visit}`,
    });
    const april = await page('from=2030-04-01&to=2030-04-30');
    const listed = april.items.find((item) => item.id === ids.harbourDay)!;
    const detailed = (detail.json().sessions as Listing[]).find(
      (item) => item.id === ids.harbourDay,
    )!;
    expect(listed.freeSeats).toBe(15);
    expect(listed.freeSeats).toBe(detailed.freeSeats);
  });

  it('when a session is a draft offer’s, cancelled, a school’s private one or another region’s, then it is absent', async () => {
    const response = await list('from=2030-04-01&to=2030-04-30');
    for (const key of ['hidden0', 'hidden1', 'hidden2', 'hidden3'])
      expect(response.body).not.toContain(ids[key]);
    expect(response.body).not.toMatch(/schoolId|bookedSeats/);
  });

  it('when the bounds are local dates, then both days are included in Amsterdam time', async () => {
    const lastDay = await page('from=2030-04-30&to=2030-04-30');
    expect(lastDay.items.map((item) => [item.id, item.localDate, item.localStartTime])).toEqual([
      [ids.lastNight, '2030-04-30', '23:30'],
    ]);
    const firstDay = await page('from=2030-04-01&to=2030-04-01');
    expect(firstDay.items.map((item) => item.localStartTime)).toEqual(['00:30', '08:00']);
  });

  it('when paging with limit 1, then each offset gives another session and the total counts both', async () => {
    const first = await page('from=2030-04-01&to=2030-04-01&limit=1&offset=0');
    const second = await page('from=2030-04-01&to=2030-04-01&limit=1&offset=1');
    expect([first.total, second.total]).toEqual([2, 2]);
    expect(first.items.map((item) => item.id)).toEqual([ids.firstNight]);
    expect(second.items.map((item) => item.id)).toEqual([ids.firstMorning]);
  });

  it('when the region is unknown, then 404', async () => {
    expect((await list('from=2030-04-01&to=2030-04-30', 'no-such-region')).statusCode).toBe(404);
  });

  it('when to is before from or too far after it, then 422 naming `to`', async () => {
    for (const query of ['from=2030-04-30&to=2030-04-01', 'from=2030-01-01&to=2031-02-06']) {
      const response = await list(query);
      expect(response.statusCode).toBe(422);
      expect(response.json().errors).toEqual([expect.objectContaining({ path: 'querystring.to' })]);
    }
    expect((await list('from=2030-01-01&to=2031-02-05')).statusCode).toBe(200);
  });

  it('when a bound, the slug or a paging value is hostile (NUL, not a date, unknown field), then 4xx problem+json', async () => {
    const queries = [
      'from=2030-04-01%00&to=2030-04-30',
      'from=%002030-04-01&to=2030-04-30',
      'from=2030-02-30&to=2030-04-30',
      'from=2030-04-01&to=2030-04-30&limit=%00',
      'from=2030-04-01&to=2030-04-30&offset=-1',
      'from=2030-04-01&to=2030-04-30&onbekend=1',
      'to=2030-04-30',
    ];
    for (const query of queries) {
      const response = await list(query);
      expect(response.statusCode, query).toBe(422);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    const nulSlug = await list('from=2030-04-01&to=2030-04-30', `${region.slug}%00`);
    expect(nulSlug.statusCode).toBeGreaterThanOrEqual(400);
    expect(nulSlug.statusCode).toBeLessThan(500);
  });
});
