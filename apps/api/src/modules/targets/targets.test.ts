import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, regions, taxonomyTerms } from '@stagebureau/db';
import { defaultRegionSettings } from '@stagebureau/domain';
import { aBooking, anOffer, aSession } from '../../../test/activityBuilders';
import { aLoggedInUser, aRegion } from '../../../test/builders';
import { startTestApp, type TestContext } from '../../../test/harness';
import { readXlsx, xlsxType } from '../../../test/xlsxRead';
import { aPlacementWorld, type PlacementWorld } from '../../../test/placementWorld';

/**
 * 2029-2030: the company holds a guest lesson (2 h) and an assignment (3 h) and takes one
 * pupil; at € 60 an hour that is € 300 in kind against a subsidy of € 1.500: 20 %.
 * 2028-2029: the other company held one guest lesson, no placements.
 */
let ctx: TestContext;
let world: PlacementWorld;
const year = '2029-2030';

beforeAll(async () => {
  ctx = await startTestApp();
  world = await aPlacementWorld(ctx);
  const { db, regionId } = { db: ctx.db, regionId: world.regionId };
  await db
    .update(regions)
    .set({ settings: { ...defaultRegionSettings, subsidyAmountEuro: 1500 } })
    .where(eq(regions.id, regionId));
  await db.insert(taxonomyTerms).values([
    { regionId, kind: 'sector', code: 'techniek', label: 'Techniek' },
    { regionId, kind: 'sector', code: 'zorg', label: 'Zorg' },
  ]);
  const held = async (
    companyId: string,
    type: 'guest_lesson' | 'assignment',
    hours: number,
    startsAt: string,
  ) => {
    const offer = await anOffer(db, regionId, companyId, { type, inKindHoursPerSession: hours });
    const session = await aSession(db, regionId, offer.id, { startsAt: new Date(startsAt) });
    await aBooking(db, session, world.school, world.schoolClass, { status: 'completed' });
  };
  await held(world.company.id, 'guest_lesson', 2, '2029-10-01T08:00:00Z');
  await held(world.company.id, 'assignment', 3, '2030-01-14T08:00:00Z');
  await held(world.otherCompany.id, 'guest_lesson', 1, '2028-10-01T08:00:00Z');
  await world.accepted((await world.aPlace()).id, (await world.aPupil()).id);
});

const call = (method: 'GET' | 'PUT', url: string, headers: object, payload?: object) =>
  ctx.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: headers as Record<string, string>,
    payload,
  });
const targetAudits = async () =>
  (await ctx.db.select().from(auditEvents).where(eq(auditEvents.entity, 'region_targets'))).length;
const targets = { internship_places: 4, active_companies: 2, co_financing_percent: 10 };

describe('regional targets', () => {
  it('when the bureau sets targets, then each measure shows its actual, last year and progress; twice changes nothing', async () => {
    const put = await call('PUT', `/targets/${year}`, world.users.bureau.headers, { targets });
    expect(put.statusCode, put.body).toBe(200);
    const again = await call('PUT', `/targets/${year}`, world.users.bureau.headers, { targets });
    expect(again.json()).toEqual(put.json());
    expect(await targetAudits()).toBe(1);

    const report = (
      await call('GET', `/targets?schoolYear=${year}`, world.users.bureau.headers)
    ).json();
    expect(report.inKindCents).toBe(30000);
    expect(report.measures).toEqual([
      { measure: 'internship_places', target: 4, actual: 1, previousActual: 0, progress: 0.25 },
      {
        measure: 'internship_places_growth',
        target: null,
        actual: 1,
        previousActual: 0,
        progress: null,
      },
      { measure: 'active_companies', target: 2, actual: 1, previousActual: 1, progress: 0.5 },
      { measure: 'co_financing_percent', target: 10, actual: 20, previousActual: 4, progress: 2 },
      { measure: 'sectors_covered', target: null, actual: 1, previousActual: 1, progress: null },
    ]);
    expect(report.sectors).toEqual([
      { code: 'techniek', label: 'Techniek', activeCompanies: 1, previousActiveCompanies: 1 },
      { code: 'zorg', label: 'Zorg', activeCompanies: 0, previousActiveCompanies: 0 },
    ]);
  });

  it('when a target is left out, then it is removed', async () => {
    const put = await call('PUT', `/targets/${year}`, world.users.bureau.headers, {
      targets: { internship_places: 4, active_companies: null },
    });
    expect(put.json().measures.map((row: { target: number | null }) => row.target)).toEqual([
      4,
      null,
      null,
      null,
      null,
    ]);
    await call('PUT', `/targets/${year}`, world.users.bureau.headers, { targets });
  });

  it('when the input is bad, then 422 and the targets stay', async () => {
    const before = await targetAudits();
    for (const body of [{ targets: { internship_places: -1 } }, { targets: { fun: 3 } }, {}]) {
      const response = await call('PUT', `/targets/${year}`, world.users.bureau.headers, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(422);
    }
    expect(await targetAudits()).toBe(before);
    const report = (
      await call('GET', `/targets?schoolYear=${year}`, world.users.bureau.headers)
    ).json();
    expect(report.measures[0].target).toBe(4);
  });

  it('when the bureau downloads the CSV, then the subsidy report lists each measure', async () => {
    const response = await call(
      'GET',
      `/targets/export.csv?schoolYear=${year}`,
      world.users.bureau.headers,
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.body).toContain(
      '2029-2030,Bevestigde stageplaatsen,internship_places,4,1,0,25.0',
    );
    expect(response.body).toContain('sector:techniek,,1,1,');
  });

  it('when the bureau downloads the workbook, then the same figures as numbers', async () => {
    const response = await call(
      'GET',
      `/targets/export.csv?schoolYear=${year}&format=xlsx`,
      world.users.bureau.headers,
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(xlsxType);
    expect(response.headers['content-disposition']).toContain(`doelen-${year}.xlsx`);
    const { rows } = await readXlsx(response.rawPayload);
    expect(rows[1]).toEqual([year, 'Bevestigde stageplaatsen', 'internship_places', 4, 1, 0, 25]);
    const old = await call(
      'GET',
      `/targets/export.csv?schoolYear=${year}&format=xlsx-csv`,
      world.users.bureau.headers,
    );
    expect(old.statusCode).toBe(422);
  });

  it('when a company, a school or another region asks, then it is refused or sees only its own region', async () => {
    expect(
      (await call('GET', `/targets?schoolYear=${year}`, world.users.company.headers)).statusCode,
    ).toBe(403);
    expect(
      (await call('PUT', `/targets/${year}`, world.users.school.headers, { targets })).statusCode,
    ).toBe(403);
    const region = await aRegion(ctx.db);
    const bureau = await aLoggedInUser(ctx.app, ctx.db, region.id, 'bureau_admin');
    const theirs = (await call('GET', `/targets?schoolYear=${year}`, bureau.headers)).json();
    expect(theirs.measures[0]).toMatchObject({ target: null, actual: 0 });
  });
});
