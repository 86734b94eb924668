import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { allocationRounds, schoolLocationPupilCounts, schoolLocations } from '@stagebureau/db';
import { schoolYearOf } from '@stagebureau/domain';
import { aSession, anOffer } from '../../../test/activityBuilders';
import { aClass, aCompany, aLoggedInUser, aRegion, aSchool } from '../../../test/builders';
import { startTestApp, type TestContext } from '../../../test/harness';

let ctx: TestContext;
let regionId: string;
let bureau: Record<string, string>;
let withDuo: { id: string };
let withoutDuo: { id: string };

const call = (
  method: 'GET' | 'POST',
  url: string,
  headers: Record<string, string>,
  payload?: object,
) => ctx.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });

// School years relative to today, so the test means the same next year.
const thisYear = schoolYearOf(new Date());
const shift = (year: string, by: number) =>
  year
    .split('-')
    .map((part) => String(Number(part) + by))
    .join('-');

beforeAll(async () => {
  ctx = await startTestApp();
  regionId = (await aRegion(ctx.db)).id;
  bureau = (await aLoggedInUser(ctx.app, ctx.db, regionId, 'bureau_staff')).headers;
  withDuo = await aSchool(ctx.db, regionId, { name: 'Met DUO-telling' });
  withoutDuo = await aSchool(ctx.db, regionId, { name: 'Zonder DUO-telling' });
  const location = (name: string, code: string) => ({
    regionId,
    organisationId: withDuo.id,
    name,
    postcode: '9401 AB',
    city: 'Assen',
    locationCode: code,
  });
  const [main, annex] = await ctx.db
    .insert(schoolLocations)
    .values([location('Hoofdgebouw', '12AB00'), location('Dependance', '12AB01')])
    .returning();
  const count = (locationId: string, schoolYear: string, pupils: number) => ({
    regionId,
    locationId,
    schoolYear,
    pupils,
  });
  await ctx.db.insert(schoolLocationPupilCounts).values([
    // The main building's newest count up to this year is last year's 300; next year's 999
    // (a file imported early) does not count yet. The annex has this year's 200.
    count(main!.id, shift(thisYear, -1), 300),
    count(main!.id, shift(thisYear, 1), 999),
    count(annex!.id, thisYear, 200),
  ]);
});

describe('DUO pupil counts as weights and denominators (issue 21)', () => {
  it('when a weighted round runs, then a school with DUO counts weighs its DUO pupils and one without its class seats', async () => {
    const company = await aCompany(ctx.db, regionId);
    const offer = await anOffer(ctx.db, regionId, company.id);
    const session = await aSession(ctx.db, regionId, offer.id, {
      capacity: 40,
      startsAt: new Date(Date.now() + 20 * 86_400_000),
    });
    const created = await call('POST', '/allocation-rounds', bureau, {
      name: 'Gewogen ronde',
      sessionIds: [session.id],
      policy: { weighting: 'eligible_pupils' },
      requestWindow: {
        opensAt: new Date(Date.now() - 3_600_000).toISOString(),
        closesAt: new Date(Date.now() + 3_600_000).toISOString(),
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const round = created.json<{ id: string }>();
    for (const school of [withDuo, withoutDuo]) {
      const coordinator = await aLoggedInUser(
        ctx.app,
        ctx.db,
        regionId,
        'school_coordinator',
        school.id,
      );
      const schoolClass = await aClass(ctx.db, regionId, school.id, { size: 20 });
      const asked = await call(
        'POST',
        `/allocation-rounds/${round.id}/requests`,
        coordinator.headers,
        {
          classId: schoolClass.id,
          seats: 20,
          preferences: [session.id],
        },
      );
      expect(asked.statusCode, asked.body).toBe(201);
    }
    await ctx.db
      .update(allocationRounds)
      .set({
        requestWindowOpensAt: new Date(Date.now() - 7_200_000),
        requestWindowClosesAt: new Date(Date.now() - 1000),
      })
      .where(eq(allocationRounds.id, round.id));
    expect((await call('POST', `/allocation-rounds/${round.id}/run`, bureau)).statusCode).toBe(200);

    const replay = (await call('GET', `/allocation-rounds/${round.id}/replay`, bureau)).json();
    expect(replay.input.eligiblePupils).toEqual({ [withDuo.id]: 500, [withoutDuo.id]: 20 });
  });

  it('when the bureau reads fairness and coverage, then the DUO count is the school’s pupils, marked as such', async () => {
    const get = async (name: string) => {
      const response = await call('GET', `/reports/${name}?schoolYear=${thisYear}`, bureau);
      expect(response.statusCode, response.body).toBe(200);
      return response.json();
    };
    const fairness = await get('fairness');
    const students = Object.fromEntries(
      fairness.schools.map((s: { name: string; students: number; studentsSource: string }) => [
        s.name,
        [s.students, s.studentsSource],
      ]),
    );
    expect(students).toEqual({
      'Met DUO-telling': [500, 'duo'],
      'Zonder DUO-telling': [20, 'classes'],
    });
    const coverage = await get('coverage');
    const pupils = Object.fromEntries(
      coverage.bySchool.map((s: { name: string; pupils: number; pupilSource: string }) => [
        s.name,
        [s.pupils, s.pupilSource],
      ]),
    );
    expect(pupils).toEqual({
      'Met DUO-telling': [500, 'duo'],
      'Zonder DUO-telling': [20, 'classes'],
    });
  });
});
