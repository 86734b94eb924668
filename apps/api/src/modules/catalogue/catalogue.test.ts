import { beforeAll, describe, expect, it } from 'vitest';
import { regions } from '@stagebureau/db';
import { aBooking, anOffer, aSession } from '../../../test/activityBuilders';
import { aClass, aCompany, aLoggedInUser, aRegion, aSchool } from '../../../test/builders';
import { startTestApp, type TestContext } from '../../../test/harness';

let ctx: TestContext;
let region: typeof regions.$inferSelect;
let company: { id: string };
let school: { id: string; name: string };
let schoolHeaders: Record<string, string>;
let companyHeaders: Record<string, string>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  ctx = await startTestApp();
  region = await aRegion(ctx.db);
  company = await aCompany(ctx.db, region.id);
  school = await aSchool(ctx.db, region.id);
  schoolHeaders = (await aLoggedInUser(ctx.app, ctx.db, region.id, 'teacher', school.id)).headers;
  companyHeaders = (await aLoggedInUser(ctx.app, ctx.db, region.id, 'company_member', company.id))
    .headers;
  const offer = (values: Parameters<typeof anOffer>[3]) =>
    anOffer(ctx.db, region.id, company.id, values);
  const welding = await offer({
    title: 'Lassen voor beginners',
    type: 'workshop',
    levels: ['vmbo-bb'],
    sectorTags: ['maken'],
  });
  const visit = await offer({
    title: 'Bezoek aan de haven',
    description: 'Wij ontvangen klassen op de kade',
    levels: ['vmbo-kb'],
    schoolYears: [3],
    vmboProfiles: ['MVI'],
  });
  const lesson = await offer({
    title: 'Gastles zonnepanelen',
    type: 'guest_lesson',
    locationKind: 'at_school',
    levels: ['havo'],
  });
  const draft = await offer({ title: 'Concept lassen', status: 'draft' });
  const foreign = await anOffer(
    ctx.db,
    (await aRegion(ctx.db)).id,
    (await aCompany(ctx.db, region.id)).id,
    { title: 'Lassen elders' },
  );
  Object.assign(ids, {
    welding: welding.id,
    visit: visit.id,
    lesson: lesson.id,
    draft: draft.id,
    foreign: foreign.id,
  });
  const full = await aSession(ctx.db, region.id, visit.id, {
    capacity: 20,
    startsAt: new Date('2030-05-14T07:00:00Z'),
  });
  await aBooking(ctx.db, full, school, await aClass(ctx.db, region.id, school.id, { size: 20 }));
  await aSession(ctx.db, region.id, welding.id, {
    capacity: 16,
    startsAt: new Date('2030-06-04T07:00:00Z'),
  });
  for (const day of [5, 6, 7, 8])
    await aSession(ctx.db, region.id, lesson.id, {
      startsAt: new Date(`2030-09-0${day}T07:00:00Z`),
    });
});

type Page = {
  items: { id: string; title: string; freeSeats: number; nextSessions: { startsAt: string }[] }[];
  nextCursor: string | null;
};
const browse = async (query: string, headers: object = schoolHeaders) => {
  const response = await ctx.app.inject({
    url: `/api/v1/offers?${query}`,
    headers: headers as Record<string, string>,
  });
  expect(response.statusCode).toBe(200);
  return response.json<Page>();
};
const titles = (page: Page) => page.items.map((item) => item.title);

describe('catalogue for schools', () => {
  it('when a school browses, then it sees only published offers of its own region, by title', async () => {
    expect(titles(await browse(''))).toEqual([
      'Bezoek aan de haven',
      'Gastles zonnepanelen',
      'Lassen voor beginners',
    ]);
  });

  it('when searching in Dutch, then stemming finds inflected words', async () => {
    expect(titles(await browse('q=lassen'))).toEqual(['Lassen voor beginners']);
    expect(titles(await browse('q=bezoeken'))).toEqual(['Bezoek aan de haven']);
    expect(titles(await browse(`q=${encodeURIComponent('kade -zonnepanelen')}`))).toEqual([
      'Bezoek aan de haven',
    ]);
  });

  it('when filtering, then each filter narrows the list', async () => {
    expect(titles(await browse('type=workshop'))).toEqual(['Lassen voor beginners']);
    expect(titles(await browse('level=vmbo-kb&schoolYear=3&profile=MVI'))).toEqual([
      'Bezoek aan de haven',
    ]);
    expect(titles(await browse('sector=maken'))).toEqual(['Lassen voor beginners']);
    expect(titles(await browse('location=at_school'))).toEqual(['Gastles zonnepanelen']);
    expect(titles(await browse('from=2030-06-01&to=2030-06-30'))).toEqual([
      'Lassen voor beginners',
    ]);
    expect(titles(await browse('hasFreeSeats=true'))).toEqual([
      'Gastles zonnepanelen',
      'Lassen voor beginners',
    ]);
  });

  it('when an item is listed, then it carries up to three next sessions and its free seats', async () => {
    const page = await browse('type=guest_lesson');
    expect(page.items[0]!.nextSessions.map((s) => s.startsAt)).toEqual([
      '2030-09-05T07:00:00.000Z',
      '2030-09-06T07:00:00.000Z',
      '2030-09-07T07:00:00.000Z',
    ]);
    expect(page.items[0]!.freeSeats).toBe(4 * 30);
  });

  it('when paging with a cursor, then every offer comes exactly once', async () => {
    const first = await browse('limit=2');
    expect(first.items).toHaveLength(2);
    const second = await browse(`limit=2&cursor=${first.nextCursor}`);
    expect([...titles(first), ...titles(second)]).toEqual([
      'Bezoek aan de haven',
      'Gastles zonnepanelen',
      'Lassen voor beginners',
    ]);
    expect(second.nextCursor).toBeNull();
    const bad = await ctx.app.inject({
      url: '/api/v1/offers?cursor=rubbish',
      headers: schoolHeaders,
    });
    expect(bad.statusCode).toBe(422);
  });

  it('when a company asks for its own offers, then drafts are included', async () => {
    expect(titles(await browse('mine=true&q=lassen', companyHeaders))).toEqual([
      'Concept lassen',
      'Lassen voor beginners',
    ]);
    expect(titles(await browse('mine=true&status=draft', companyHeaders))).toEqual([
      'Concept lassen',
    ]);
    expect(titles(await browse('mine=true&status=draft', schoolHeaders))).toEqual(
      titles(await browse('')),
    );
  });
});

describe('public catalogue', () => {
  it('when anyone browses a region, then published offers show with aggregate seats only', async () => {
    const response = await ctx.app.inject({
      url: `/api/v1/public/regions/${region.slug}/offers?q=haven`,
    });
    expect(response.statusCode).toBe(200);
    const page = response.json<Page>();
    expect(titles(page)).toEqual(['Bezoek aan de haven']);
    expect(page.items[0]!.freeSeats).toBe(0);
    expect(response.body).not.toContain(school.id);
    expect(response.body).not.toContain(school.name);
    expect(response.body).not.toMatch(/bookedSeats|contactEmail|schoolId/);
  });

  it('when anyone opens one offer, then its sessions show without bookings; drafts and other regions do not exist', async () => {
    const detail = await ctx.app.inject({
      url: `/api/v1/public/regions/${region.slug}/offers/${ids.visit}`,
    });
    expect(detail.statusCode).toBe(200);
    expect(detail.json().sessions).toEqual([
      expect.objectContaining({ capacity: 20, freeSeats: 0 }),
    ]);
    expect(detail.body).not.toContain(school.id);
    for (const id of [ids.draft, ids.foreign])
      expect(
        (await ctx.app.inject({ url: `/api/v1/public/regions/${region.slug}/offers/${id}` }))
          .statusCode,
      ).toBe(404);
    expect(
      (await ctx.app.inject({ url: '/api/v1/public/regions/no-such-region/offers' })).statusCode,
    ).toBe(404);
  });
});
