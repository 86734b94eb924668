import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, regions, taxonomyTerms } from '@stagebureau/db';
import { defaultRegionSettings } from '@stagebureau/domain';
import { aLoggedInUser, aRegion, aSchool } from '../../../test/builders';
import { startTestApp, type TestContext } from '../../../test/harness';

let ctx: TestContext;
let regionId: string;
let admin: Record<string, string>;
let staff: Record<string, string>;
let teacher: Record<string, string>;
beforeAll(async () => {
  ctx = await startTestApp();
  regionId = (await aRegion(ctx.db)).id;
  admin = (await aLoggedInUser(ctx.app, ctx.db, regionId, 'bureau_admin')).headers;
  staff = (await aLoggedInUser(ctx.app, ctx.db, regionId, 'bureau_staff')).headers;
  const school = await aSchool(ctx.db, regionId);
  teacher = (await aLoggedInUser(ctx.app, ctx.db, regionId, 'teacher', school.id)).headers;
});

const patchSettings = (payload: object, headers = admin) =>
  ctx.app.inject({ method: 'PATCH', url: '/api/v1/region/settings', headers, payload });

describe('region settings', () => {
  it('when anyone in the region asks, then it gets its own region with all settings', async () => {
    const response = await ctx.app.inject({ url: '/api/v1/region', headers: teacher });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: regionId, settings: defaultRegionSettings });
  });

  it('when the bureau admin changes a setting, then only that one changes and the old value is audited', async () => {
    const response = await patchSettings({ holdHours: 72, capPerSchoolPerSession: 2 });
    expect(response.statusCode).toBe(200);
    expect(response.json().settings).toEqual({
      ...defaultRegionSettings,
      holdHours: 72,
      capPerSchoolPerSession: 2,
    });
    const [stored] = await ctx.db.select().from(regions).where(eq(regions.id, regionId));
    expect(stored!.settings.holdHours).toBe(72);
    const [row] = await ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.regionId, regionId), eq(auditEvents.action, 'settings_update')));
    expect(row).toMatchObject({
      before: { holdHours: 48, capPerSchoolPerSession: null },
      after: { holdHours: 72, capPerSchoolPerSession: 2 },
    });
  });

  it('when bureau staff change settings, then 403', async () => {
    expect((await patchSettings({ holdHours: 24 }, staff)).statusCode).toBe(403);
  });

  it.each([
    [{ holdHours: 0 }, 'body.holdHours'],
    [{ promotionMode: 'lottery' }, 'body.promotionMode'],
    [{ inKindHourlyRateEuro: '60' }, 'body.inKindHourlyRateEuro'],
    [{ secretFlag: true }, 'body.secretFlag'],
  ])('when the change is %j, then 422 names %s', async (payload, path) => {
    const response = await patchSettings(payload);
    expect(response.statusCode).toBe(422);
    expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(path);
  });
});

describe('taxonomy', () => {
  it('when the bureau adds and removes a sector, then the region list follows and both are audited', async () => {
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/taxonomy',
      headers: staff,
      payload: { kind: 'sector', code: 'energie', label: 'Energie' },
    });
    expect(created.statusCode).toBe(201);
    const term = created.json();
    const listed = await ctx.app.inject({ url: '/api/v1/taxonomy', headers: teacher });
    expect(listed.json().items).toContainEqual(term);

    const removed = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/taxonomy/${term.id}`,
      headers: staff,
    });
    expect(removed.statusCode).toBe(204);
    expect(await ctx.db.select().from(taxonomyTerms).where(eq(taxonomyTerms.id, term.id))).toEqual(
      [],
    );
    const trail = await ctx.db.select().from(auditEvents).where(eq(auditEvents.entityId, term.id));
    expect(trail.map((row) => row.action)).toEqual(['create', 'delete']);
  });

  it('when the code exists for that kind, then 409 duplicate', async () => {
    const add = () =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/taxonomy',
        headers: staff,
        payload: { kind: 'vmbo_profile', code: 'PIE', label: 'Produceren' },
      });
    expect((await add()).statusCode).toBe(201);
    const again = await add();
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('duplicate');
  });

  it("when a teacher adds a term or the bureau removes another region's term, then 403 and 404", async () => {
    const add = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/taxonomy',
      headers: teacher,
      payload: { kind: 'sector', code: 'zorg', label: 'Zorg' },
    });
    expect(add.statusCode).toBe(403);
    const otherRegion = (await aRegion(ctx.db)).id;
    const [foreign] = await ctx.db
      .insert(taxonomyTerms)
      .values({ regionId: otherRegion, kind: 'sector', code: 'ict', label: 'ICT' })
      .returning();
    const remove = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/taxonomy/${foreign!.id}`,
      headers: admin,
    });
    expect(remove.statusCode).toBe(404);
    expect(
      await ctx.db.select().from(taxonomyTerms).where(eq(taxonomyTerms.id, foreign!.id)),
    ).toHaveLength(1);
  });
});
