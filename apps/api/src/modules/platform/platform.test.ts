import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, regions } from '@stagebureau/db';
import { defaultRegionSettings } from '@stagebureau/domain';
import { aLoggedInUser, aRegion } from '../../../test/builders';
import { startTestApp, type TestContext } from '../../../test/harness';
import {
  aLoggedInPlatformAdmin,
  aPlatformAdmin,
  platformLogin,
} from '../../../test/platformBuilders';

let ctx: TestContext;
let platform: Awaited<ReturnType<typeof aLoggedInPlatformAdmin>>;
let bureau: Record<string, string>;
beforeAll(async () => {
  ctx = await startTestApp({ NOTIFICATION_INTERVAL_MS: '0' });
  platform = await aLoggedInPlatformAdmin(ctx.app, ctx.db);
  const region = await aRegion(ctx.db);
  bureau = (await aLoggedInUser(ctx.app, ctx.db, region.id, 'bureau_admin')).headers;
});

const createRegion = (payload: object, headers: Record<string, string> = platform.headers) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/platform/regions', headers, payload });
const regionCount = async () => (await ctx.db.select({ id: regions.id }).from(regions)).length;
let slugCounter = 0;
const freshSlug = () => `regio-test-${++slugCounter}-${Date.now().toString(36)}`;

describe('platform admin login', () => {
  it('when a platform admin logs in with the right password, then a platform token that opens /platform/me', async () => {
    const admin = await aPlatformAdmin(ctx.db);
    const response = await platformLogin(ctx.app, admin.email.toUpperCase());
    expect(response.statusCode).toBe(200);
    const { accessToken, accessTokenExpiresIn } = response.json();
    expect(accessTokenExpiresIn).toBe(8 * 60 * 60);
    const me = await ctx.app.inject({
      url: '/api/v1/platform/me',
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(me.json()).toEqual({ id: admin.id, email: admin.email, name: admin.name });
  });

  it('when the password is wrong, the address unknown or the admin disabled, then the same 401', async () => {
    const admin = await aPlatformAdmin(ctx.db);
    const disabled = await aPlatformAdmin(ctx.db, 'disabled');
    const answers = await Promise.all([
      platformLogin(ctx.app, admin.email, 'een-verkeerd-wachtwoord'),
      platformLogin(ctx.app, 'niemand@test.nl'),
      platformLogin(ctx.app, disabled.email),
    ]);
    for (const answer of answers) {
      expect(answer.statusCode).toBe(401);
      expect(answer.json().code).toBe('invalid_credentials');
    }
  });

  it('when an admin is disabled after logging in, then the token stops working at once', async () => {
    const { admin, headers } = await aLoggedInPlatformAdmin(ctx.app, ctx.db);
    const { platformAdmins } = await import('@stagebureau/db');
    await ctx.db
      .update(platformAdmins)
      .set({ status: 'disabled' })
      .where(eq(platformAdmins.id, admin.id));
    const response = await ctx.app.inject({ url: '/api/v1/platform/regions', headers });
    expect(response.statusCode).toBe(401);
  });
});

describe('token separation', () => {
  it('when a platform token is used on a region route, then 401: a platform admin is no user', async () => {
    for (const url of ['/api/v1/me', '/api/v1/region', '/api/v1/invitations']) {
      const response = await ctx.app.inject({ url, headers: platform.headers });
      expect(response.statusCode, url).toBe(401);
      expect(response.json().code).toBe('unauthenticated');
    }
  });

  it('when a user token (even a bureau admin’s) is used on a platform route, then 403 and nothing is written', async () => {
    const before = await regionCount();
    const list = await ctx.app.inject({ url: '/api/v1/platform/regions', headers: bureau });
    expect(list.statusCode).toBe(403);
    const create = await createRegion(
      { slug: freshSlug(), name: 'Indringer', holidayRegion: 'noord' },
      bureau,
    );
    expect(create.statusCode).toBe(403);
    expect(await regionCount()).toBe(before);
  });

  it('when no token is sent to a platform route, then 401', async () => {
    const response = await ctx.app.inject({ url: '/api/v1/platform/regions' });
    expect(response.statusCode).toBe(401);
  });
});

describe('regions', () => {
  it('when a region is created with one setting, then the rest are the defaults and it is listed with zero counts', async () => {
    const slug = freshSlug();
    const response = await createRegion({
      slug,
      name: 'Regio Zuidwest-Drenthe',
      holidayRegion: 'noord',
      settings: { holdHours: 72 },
    });
    expect(response.statusCode, response.body).toBe(201);
    const region = response.json();
    expect(region).toMatchObject({ slug, organisationCount: 0, userCount: 0 });
    expect(region.settings).toEqual({ ...defaultRegionSettings, holdHours: 72 });
    const list = await ctx.app.inject({
      url: '/api/v1/platform/regions',
      headers: platform.headers,
    });
    expect(list.json().items).toContainEqual(
      expect.objectContaining({ id: region.id, slug, organisationCount: 0, userCount: 0 }),
    );
    const [audit] = await ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.regionId, region.id), eq(auditEvents.action, 'create')));
    expect(audit).toMatchObject({
      actorRole: 'platform_admin',
      actorUserId: platform.admin.id,
      entity: 'region',
    });
  });

  it('when a slug is taken, then 409 duplicate and no second region', async () => {
    const slug = freshSlug();
    expect((await createRegion({ slug, name: 'Een', holidayRegion: 'zuid' })).statusCode).toBe(201);
    const before = await regionCount();
    const again = await createRegion({ slug, name: 'Twee', holidayRegion: 'zuid' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('duplicate');
    expect(await regionCount()).toBe(before);
  });

  it.each([
    [{ slug: 'ab', name: 'Te kort', holidayRegion: 'noord' }, 'body.slug'],
    [{ slug: 'regio--dubbel', name: 'Dubbel', holidayRegion: 'noord' }, 'body.slug'],
    [{ slug: 'api', name: 'Gereserveerd', holidayRegion: 'noord' }, 'body.slug'],
    [{ slug: 'platform', name: 'Gereserveerd', holidayRegion: 'noord' }, 'body.slug'],
    [{ slug: 'regio-goed', name: 'Fout', holidayRegion: 'oost' }, 'body.holidayRegion'],
    [{ slug: 'regio-goed', name: '', holidayRegion: 'noord' }, 'body.name'],
    [
      { slug: 'regio-goed', name: 'Fout', holidayRegion: 'noord', settings: { holdHours: 0 } },
      'body.settings.holdHours',
    ],
    [
      {
        slug: 'regio-goed',
        name: 'Fout',
        holidayRegion: 'noord',
        settings: { complianceRequirements: { company_visit: ['onbekend_document'] } },
      },
      'body.settings.complianceRequirements.company_visit',
    ],
  ])('when the input is %j, then 422 names %s and nothing is written', async (payload, path) => {
    const before = await regionCount();
    const response = await createRegion(payload);
    expect(response.statusCode, response.body).toBe(422);
    expect(response.json().errors.map((error: { path: string }) => error.path)).toContain(path);
    expect(await regionCount()).toBe(before);
  });

  it('when a region is changed, then only the given settings change and the old values are audited', async () => {
    const created = (
      await createRegion({ slug: freshSlug(), name: 'Oud', holidayRegion: 'noord' })
    ).json();
    const response = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/platform/regions/${created.id}`,
      headers: platform.headers,
      payload: { name: 'Nieuw', holidayRegion: 'midden', settings: { signingLinkDays: 30 } },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ name: 'Nieuw', holidayRegion: 'midden' });
    expect(response.json().settings).toEqual({ ...defaultRegionSettings, signingLinkDays: 30 });
    const fetched = await ctx.app.inject({
      url: `/api/v1/platform/regions/${created.id}`,
      headers: platform.headers,
    });
    expect(fetched.json().settings.signingLinkDays).toBe(30);
    const [audit] = await ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.regionId, created.id), eq(auditEvents.action, 'update')));
    expect(audit).toMatchObject({
      actorRole: 'platform_admin',
      actorUserId: platform.admin.id,
      before: { name: 'Oud', holidayRegion: 'noord', settings: { signingLinkDays: 14 } },
      after: { name: 'Nieuw', holidayRegion: 'midden', settings: { signingLinkDays: 30 } },
    });
  });

  it('when a change is invalid or the region unknown, then 422 or 404 and nothing changes', async () => {
    const created = (
      await createRegion({ slug: freshSlug(), name: 'Blijft', holidayRegion: 'noord' })
    ).json();
    const patch = (id: string, payload: object) =>
      ctx.app.inject({
        method: 'PATCH',
        url: `/api/v1/platform/regions/${id}`,
        headers: platform.headers,
        payload,
      });
    expect((await patch(created.id, { slug: 'nieuwe-slug' })).statusCode).toBe(422);
    expect((await patch(created.id, { name: 'X', settings: { holdHours: -1 } })).statusCode).toBe(
      422,
    );
    const unknown = await patch('00000000-0000-4000-8000-000000000000', { name: 'X' });
    expect(unknown.statusCode).toBe(404);
    const [stored] = await ctx.db.select().from(regions).where(eq(regions.id, created.id));
    expect(stored).toMatchObject({ name: 'Blijft', slug: created.slug });
  });
});
