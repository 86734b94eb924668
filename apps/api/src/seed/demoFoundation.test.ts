import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  blackouts,
  classes,
  organisationRegistrations,
  organisations,
  regions,
  taxonomyTerms,
  users,
} from '@stagebureau/db';
import { startTestApp, type TestContext } from '../../test/harness';
import { aDiskBackend } from '../modules/storage/storage.testWorld';
import type { ObjectStore } from '../modules/storage';
import { seedDemo } from './demo';
import { demoPassword, demoRegion, demoSchools } from './demoData';

let ctx: TestContext;
let store: ObjectStore;
let regionId: string;
beforeAll(async () => {
  ctx = await startTestApp();
  store = (await aDiskBackend()).store;
  await seedDemo(ctx.db, () => {}, store);
  regionId = (await ctx.db.select().from(regions).where(eq(regions.slug, demoRegion.slug)))[0]!.id;
});

describe('demo seed: region, schools, classes, companies, users', () => {
  it('when seeded, then the region has the shipped school holidays of its holiday region (noord)', async () => {
    const holidays = await ctx.db.select().from(blackouts).where(eq(blackouts.regionId, regionId));
    const imported = holidays.filter((h) => h.sourceKey);
    expect(imported).toHaveLength(15);
    expect(new Set(imported.map((h) => h.holidayRegion))).toEqual(new Set(['noord']));
    expect(imported).toContainEqual(
      expect.objectContaining({
        name: 'Zomervakantie',
        startsOn: '2026-07-04',
        endsOn: '2026-08-16',
      }),
    );
  });

  it('when seeded, then the region has 4 schools with 3–5 active classes each, 8 companies and 1 self-registered one waiting', async () => {
    const orgs = await ctx.db
      .select()
      .from(organisations)
      .where(eq(organisations.regionId, regionId));
    const schools = orgs.filter((org) => org.kind === 'school');
    expect(schools).toHaveLength(4);
    const companies = orgs.filter((org) => org.kind === 'company');
    expect(companies).toHaveLength(9);
    const registrations = await ctx.db
      .select()
      .from(organisationRegistrations)
      .where(eq(organisationRegistrations.regionId, regionId));
    expect(registrations).toHaveLength(1);
    expect(companies.find((org) => org.id === registrations[0]!.organisationId)?.status).toBe(
      'pending',
    );
    for (const school of schools) {
      const [row] = await ctx.db
        .select({ n: count() })
        .from(classes)
        .where(eq(classes.organisationId, school.id));
      expect(row!.n, school.name).toBeGreaterThanOrEqual(3);
      expect(row!.n, school.name).toBeLessThanOrEqual(5);
    }
  });

  it('when seeded, then the taxonomy holds sectors and vmbo profiles as region data', async () => {
    const terms = await ctx.db
      .select()
      .from(taxonomyTerms)
      .where(eq(taxonomyTerms.regionId, regionId));
    expect(terms.filter((term) => term.kind === 'sector').length).toBeGreaterThan(0);
    expect(terms.filter((term) => term.kind === 'vmbo_profile').length).toBe(6);
  });

  it('when a seeded coordinator logs in, then it sees its own school and its classes through the API', async () => {
    const school = demoSchools[0]!;
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: school.coordinatorEmail, password: demoPassword },
    });
    expect(login.statusCode).toBe(200);
    const headers = { authorization: `Bearer ${login.json().accessToken}` };
    const me = (await ctx.app.inject({ url: '/api/v1/me', headers })).json();
    expect(me.organisation.name).toBe(school.name);
    const list = await ctx.app.inject({
      url: `/api/v1/schools/${me.organisation.id}/classes`,
      headers,
    });
    expect(list.json().items).toHaveLength(school.classes.length);
  });

  it('when seeded again, then nothing is added twice', async () => {
    const before = await ctx.db.select({ n: count() }).from(users);
    await seedDemo(ctx.db, () => {}, store);
    expect(await ctx.db.select({ n: count() }).from(users)).toEqual(before);
  });
});

describe('the demo registration', () => {
  it('when the bureau reviews registrations, then the waiting one shows the look-alike company', async () => {
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'bureau@demo.stagebureau.nl', password: demoPassword },
    });
    const headers = { authorization: `Bearer ${login.json().accessToken}` };
    const response = await ctx.app.inject({ url: '/api/v1/registrations', headers });
    expect(response.statusCode).toBe(200);
    const [registration] = response.json().items;
    expect(registration).toMatchObject({
      status: 'pending',
      organisation: { name: 'Bouwbedrijf van der Veen B.V.' },
      possibleDuplicates: [{ name: 'Bouwbedrijf Van der Veen', reason: 'same_name' }],
    });
  });
});
