import { beforeAll, describe, expect, it } from 'vitest';
import { postcodeAreas, schoolLocations } from '@stagebureau/db';
import { anOffer } from '../../../test/activityBuilders';
import { aCompany, aLoggedInUser, aRegion, aSchool } from '../../../test/builders';
import { startTestApp, type TestContext } from '../../../test/harness';
import { loadPostcodeAreas } from '../geography/service';

let ctx: TestContext;
let headers: Record<string, string>;
let slug: string;
let assenLocation: string;
let locationWithoutPlace: string;

// Assen station, Emmen centre, Groningen centre (WGS84): Assen–Emmen is 33.0 km in a straight
// line, Assen–Groningen 25.2 km.
const assen = { latitude: 52.9925, longitude: 6.5649 };
const emmen = { latitude: 52.7792, longitude: 6.9069 };

beforeAll(async () => {
  ctx = await startTestApp();
  const region = await aRegion(ctx.db);
  slug = region.slug;
  const school = await aSchool(ctx.db, region.id);
  headers = (await aLoggedInUser(ctx.app, ctx.db, region.id, 'school_coordinator', school.id))
    .headers;
  const [location, unplaced] = await ctx.db
    .insert(schoolLocations)
    .values([
      {
        regionId: region.id,
        organisationId: school.id,
        name: 'Assen',
        postcode: '9401 AB',
        city: 'Assen',
        ...assen,
      },
      {
        regionId: region.id,
        organisationId: school.id,
        name: 'Nergens',
        postcode: '7811 AA',
        city: 'Emmen',
      },
    ])
    .returning();
  assenLocation = location!.id;
  locationWithoutPlace = unplaced!.id;
  await ctx.db
    .insert(postcodeAreas)
    .values({ pc4: '9711', latitude: 53.2194, longitude: 6.5665, source: 'test' });

  const inAssen = await aCompany(ctx.db, region.id, assen);
  const inEmmen = await aCompany(ctx.db, region.id, emmen);
  const inGroningen = await aCompany(ctx.db, region.id, { postcode: '9711 AA' });
  const nowhere = await aCompany(ctx.db, region.id);
  const noPlace = { latitude: null, longitude: null, postcode: null, street: null, city: null };
  // Its own coordinates: the offer's place.
  await anOffer(ctx.db, region.id, inAssen.id, { title: 'Werkplaats Assen', ...assen });
  // No coordinates of its own: the company's.
  await anOffer(ctx.db, region.id, inEmmen.id, { title: 'Fabriek Emmen', ...noPlace });
  // A guest lesson at school: as far as the company travels (its postcode area's centroid).
  await anOffer(ctx.db, region.id, inGroningen.id, {
    title: 'Gastles uit Groningen',
    locationKind: 'at_school',
    ...noPlace,
  });
  await anOffer(ctx.db, region.id, nowhere.id, {
    title: 'Online proefles',
    locationKind: 'online',
    ...noPlace,
  });
  await anOffer(ctx.db, region.id, nowhere.id, { title: 'Onbekende plek', ...noPlace });
});

type Item = { title: string; distanceKm: number | null };
const search = async (query: string, url = '/api/v1/offers') => {
  const response = await ctx.app.inject({ url: `${url}?${query}`, headers });
  return {
    status: response.statusCode,
    body: response.json<{ items: Item[]; nextCursor: string | null; code?: string }>(),
  };
};
const listed = async (query: string) => {
  const { status, body } = await search(query);
  expect(status, JSON.stringify(body)).toBe(200);
  return body.items.map((item) => [item.title, item.distanceKm]);
};

describe('catalogue by distance from a school location', () => {
  it('when a school searches near its location, then offers come nearest first with their km, places unknown last', async () => {
    expect(await listed(`near=${assenLocation}`)).toEqual([
      ['Werkplaats Assen', 0],
      ['Gastles uit Groningen', 25.2],
      ['Fabriek Emmen', 33],
      ['Onbekende plek', null],
      ['Online proefles', null],
    ]);
  });

  it('when a school limits the distance, then only offers within it and online ones remain', async () => {
    expect(await listed(`near=${assenLocation}&maxKm=30`)).toEqual([
      ['Werkplaats Assen', 0],
      ['Gastles uit Groningen', 25.2],
      ['Online proefles', null],
    ]);
  });

  it('when the list is read page by page, then the pages follow the distance order without gaps', async () => {
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const query: string = `near=${assenLocation}&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const { body } = await search(query);
      seen.push(...body.items.map((item) => item.title));
      cursor = body.nextCursor;
    }
    expect(seen).toEqual([
      'Werkplaats Assen',
      'Gastles uit Groningen',
      'Fabriek Emmen',
      'Onbekende plek',
      'Online proefles',
    ]);
  });

  it('without an origin, then the list stays by title and shows no distance', async () => {
    expect((await listed('')).map(([title, km]) => [title, km])).toEqual([
      ['Fabriek Emmen', null],
      ['Gastles uit Groningen', null],
      ['Onbekende plek', null],
      ['Online proefles', null],
      ['Werkplaats Assen', null],
    ]);
  });

  it('when a visitor of the public catalogue gives a postcode, then its area centroid is the origin', async () => {
    const { status, body } = await search(
      'nearPostcode=9711%20AB&maxKm=10',
      `/api/v1/public/regions/${slug}/offers`,
    );
    expect(status).toBe(200);
    expect(body.items.map((item) => [item.title, item.distanceKm])).toEqual([
      ['Gastles uit Groningen', 0],
      ['Online proefles', null],
    ]);
  });

  it('when the origin is unknown or the query is contradictory, then 422 with a stable code', async () => {
    expect((await search('nearPostcode=1234')).body.code).toBe('origin_unknown');
    expect((await search(`near=${locationWithoutPlace}`)).body.code).toBe('origin_unknown');
    expect((await search('near=00000000-0000-4000-8000-000000000000')).body.code).toBe(
      'origin_unknown',
    );
    expect((await search('maxKm=10')).status).toBe(422);
    expect((await search(`near=${assenLocation}&nearPostcode=9711`)).status).toBe(422);
    expect((await search('maxKm=0&nearPostcode=9711')).status).toBe(422);
    const publicNear = await search(
      `near=${assenLocation}`,
      `/api/v1/public/regions/${slug}/offers`,
    );
    expect(publicNear.status).toBe(422);
  });
});

describe('postcode areas loaded from a centroid file', () => {
  const file = (text: string) => new TextEncoder().encode(text);

  it('when a file has a bad row, then nothing is loaded; a good file loads and a reload corrects', async () => {
    await expect(
      loadPostcodeAreas(
        ctx.db,
        file('pc4,latitude,longitude\n9401,52.99,6.56\n9402,155000,560000\n'),
        'CBS',
      ),
    ).rejects.toMatchObject({ code: 'import_rows_invalid' });
    expect((await search('nearPostcode=9401')).body.code).toBe('origin_unknown');

    await loadPostcodeAreas(
      ctx.db,
      file('pc4;latitude;longitude\r\n9401;52,99;6,56\r\n'),
      'CBS 2024',
    );
    const loaded = await loadPostcodeAreas(
      ctx.db,
      file('pc4,latitude,longitude\n9401,52.9925,6.5649\n'),
      'CBS 2024',
    );
    expect(loaded).toEqual({ loaded: 1, total: 2 });
    expect(await listed('nearPostcode=9401&maxKm=1')).toEqual([
      ['Werkplaats Assen', 0],
      ['Online proefles', null],
    ]);
  });

  it('when the header is wrong, then the refusal names the missing column', async () => {
    await expect(
      loadPostcodeAreas(ctx.db, file('postcode,lat,lon\n9401,52,6\n'), 'x'),
    ).rejects.toMatchObject({
      code: 'import_header_mismatch',
      message: expect.stringContaining('pc4, latitude, longitude'),
    });
  });
});
