import { beforeAll, describe, expect, it } from 'vitest';
import { anOffer } from '../../../test/activityBuilders';
import { aCompany, aLoggedInUser, aRegion, aSchool } from '../../../test/builders';
import { startTestApp, type TestContext } from '../../../test/harness';

let ctx: TestContext;
let headers: Record<string, string>;

beforeAll(async () => {
  ctx = await startTestApp();
  const region = await aRegion(ctx.db);
  const company = await aCompany(ctx.db, region.id);
  const school = await aSchool(ctx.db, region.id);
  headers = (await aLoggedInUser(ctx.app, ctx.db, region.id, 'school_coordinator', school.id))
    .headers;
  const offer = (values: Parameters<typeof anOffer>[3]) =>
    anOffer(ctx.db, region.id, company.id, values);
  // Empty audience lists invite everyone.
  await offer({
    title: 'Kijkje op de bouwplaats',
    description: 'Helm op en mee naar de steigers.',
    levels: [],
    schoolYears: [],
    vmboProfiles: [],
  });
  await offer({ title: 'Gastles voor de havo', levels: ['havo'], schoolYears: [4] });
  await offer({
    title: 'Werkplaats installatietechniek',
    levels: ['vmbo-kb'],
    vmboProfiles: ['PIE'],
  });
  await offer({ title: 'Bouwen en wonen', levels: ['vmbo-bb', 'vmbo-kb'], vmboProfiles: ['BWI'] });
});

const titles = async (query: string) => {
  const response = await ctx.app.inject({ url: `/api/v1/offers?${query}`, headers });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: { title: string }[] }>().items.map((item) => item.title);
};

describe('catalogue filters: an offer for everyone fits every audience filter', () => {
  it('when a school filters on a level, then offers for every level stay in the list', async () => {
    expect(await titles('level=vmbo-kb')).toEqual([
      'Bouwen en wonen',
      'Kijkje op de bouwplaats',
      'Werkplaats installatietechniek',
    ]);
    expect(await titles('level=havo&schoolYear=4')).toEqual([
      'Gastles voor de havo',
      'Kijkje op de bouwplaats',
    ]);
  });

  it('when a school filters on the BWI profile, then the building-site visit for everyone and the BWI offer show, not the PIE one nor the havo lesson', async () => {
    expect(await titles('profile=BWI')).toEqual(['Bouwen en wonen', 'Kijkje op de bouwplaats']);
  });
});

describe('catalogue search: words are prefixes', () => {
  it('when a school types the start of a word, then offers with a word starting so are found', async () => {
    expect(await titles('q=bouw')).toEqual(['Bouwen en wonen', 'Kijkje op de bouwplaats']);
    expect(await titles('q=bouwpl')).toEqual(['Kijkje op de bouwplaats']);
    expect(await titles(`q=${encodeURIComponent('install werk')}`)).toEqual([
      'Werkplaats installatietechniek',
    ]);
  });

  it('when the search is a whole phrase or excludes a word, then each word and the exclusion apply', async () => {
    expect(await titles(`q=${encodeURIComponent('bouw -wonen')}`)).toEqual([
      'Kijkje op de bouwplaats',
    ]);
    expect(await titles('q=steiger')).toEqual(['Kijkje op de bouwplaats']);
  });
});
