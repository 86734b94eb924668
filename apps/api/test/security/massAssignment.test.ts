import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { sessions, users } from '@stagebureau/db';
import { aCompany, aLoggedInUser, aRegion } from '../builders';
import { startTestApp } from '../harness';
import { aLoggedInPlatformAdmin } from '../platformBuilders';
import { anOffer, aSession } from '../activityBuilders';
import { aForeignWorld } from './foreignWorld';
import { foreignExample } from './foreignIds';
import { idRoutes } from './idRoutes';
import { fillPath, operationsOf } from './openapiOperations';

/**
 * OWASP API3 (mass assignment): fields a caller may never set through a body are refused with
 * 422 naming the field, on every writable operation in /openapi.json (strict contracts).
 */
const ctx = await startTestApp({ NOTIFICATION_INTERVAL_MS: '0' });
const region = await aRegion(ctx.db);
const world = await aForeignWorld(ctx.app, ctx.db, region);
const bureau = await aLoggedInUser(ctx.app, ctx.db, region.id, 'bureau_admin');
// The platform's routes refuse every user: they are checked with a platform admin's token.
const platform = await aLoggedInPlatformAdmin(ctx.app, ctx.db);
const headersFor = (path: string) =>
  path.startsWith('/api/v1/platform/') ? platform.headers : bureau.headers;
const writable = (await operationsOf(ctx.app)).filter((operation) => operation.body);

/** Server-owned fields: who owns a row, where it lives, its state, its bookkeeping. */
const forbiddenFields: Record<string, unknown> = {
  id: randomUUID(),
  regionId: randomUUID(),
  region_id: randomUUID(),
  organisationId: randomUUID(),
  organisation_id: randomUUID(),
  status: 'confirmed',
  role: 'bureau_admin',
  bookedSeats: 0,
  createdBy: randomUUID(),
  createdAt: '2020-01-01T00:00:00.000Z',
  passwordHash: 'x',
};

describe('mass assignment on every writable operation', () => {
  it('when the API has writable operations, then they are all checked here', () => {
    expect(writable.length).toBeGreaterThan(30);
  });

  for (const operation of writable) {
    it(`when ${operation.key} gets fields it does not own, then 422 names each one`, async () => {
      const route = idRoutes[operation.key];
      const pathValues = Object.fromEntries(
        Object.entries(route?.params ?? {}).map(([name, entity]) => [
          name,
          entity === 'ownRegionSlug' ? region.slug : world.ids[entity],
        ]),
      );
      const body = foreignExample(operation.body, world.ids, new Set(), 'body') as object;
      const allowed = new Set(Object.keys(operation.body?.properties ?? {}));
      const injected = Object.entries(forbiddenFields).filter(([field]) => !allowed.has(field));
      for (const [field, value] of injected) {
        const response = await ctx.app.inject({
          method: operation.method,
          url: fillPath(operation.path, pathValues),
          headers: { ...headersFor(operation.path), 'idempotency-key': randomUUID() },
          payload: { ...body, [field]: value },
        });
        expect(response.statusCode, `${field}: ${response.body}`).toBe(422);
        expect(response.json().errors, field).toContainEqual({
          path: `body.${field}`,
          message: 'unknown field',
        });
      }
    });
  }
});

describe('fields a role may not change on rows it can reach', () => {
  it("when a company sets the capacity of another company's session, then 404 and the capacity stays", async () => {
    const owner = await aCompany(ctx.db, region.id);
    const offer = await anOffer(ctx.db, region.id, owner.id);
    const session = await aSession(ctx.db, region.id, offer.id, { capacity: 30 });
    const rival = await aCompany(ctx.db, region.id);
    const rivalAdmin = await aLoggedInUser(ctx.app, ctx.db, region.id, 'company_admin', rival.id);
    const response = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/sessions/${session.id}`,
      headers: rivalAdmin.headers,
      payload: { capacity: 1 },
    });
    expect(response.statusCode).toBe(404);
    const [stored] = await ctx.db.select().from(sessions).where(eq(sessions.id, session.id));
    expect(stored!.capacity).toBe(30);
  });

  it('when someone accepts an invitation and asks for a role, then 422 and no account with that role', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/invitations/${world.ids.invitationToken}/accept`,
      payload: { name: 'Indringer', password: 'een-lang-wachtwoord', role: 'bureau_admin' },
    });
    expect(response.statusCode).toBe(422);
    const admins = await ctx.db.select().from(users).where(eq(users.name, 'Indringer'));
    expect(admins).toEqual([]);
  });
});
