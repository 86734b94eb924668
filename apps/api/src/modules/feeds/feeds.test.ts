import { eq } from 'drizzle-orm';
import { feeds, users } from '@stagebureau/db';
import { hashSecret } from '../auth/secrets';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  aFeedWorld,
  anOffer,
  fetchCalendar,
  subscribe,
  suspendOrganisation,
} from '../../../test/feedBuilders';
import { aClass, aCompany, aLoggedInUser, aRegion, aSchool } from '../../../test/builders';
import { startTestApp, type TestContext } from '../../../test/harness';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});

const create = (headers: Record<string, string>, scope: string, id: string) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/feeds', headers, payload: { scope, id } });

describe('creating feeds', () => {
  it('when each role asks for the scopes it may have, then it gets a secret URL of at least 128 bits and only its hash is stored', async () => {
    const w = await aFeedWorld(ctx.app, ctx.db);
    const requests: [Record<string, string>, string, string][] = [
      [w.coordinator.headers, 'school', w.school.id],
      [w.coordinator.headers, 'class', w.schoolClass.id],
      [w.companyMember.headers, 'company', w.company.id],
      [w.companyMember.headers, 'offer', w.offer.id],
      [w.bureau.headers, 'region', w.region.id],
      [w.bureau.headers, 'school', w.school.id],
      [w.bureau.headers, 'offer', w.offer.id],
    ];
    for (const [headers, scope, id] of requests) {
      const response = await create(headers, scope, id);
      expect(response.statusCode, `${scope} ${response.body}`).toBe(201);
      const { id: feedId, url } = response.json<{ id: string; url: string }>();
      const token = /^http:\/\/localhost:3001\/ical\/([A-Za-z0-9_-]+)\.ics$/.exec(url)![1]!;
      expect(Buffer.from(token, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
      const [row] = await ctx.db.select().from(feeds).where(eq(feeds.id, feedId));
      expect(row!.tokenHash).toBe(hashSecret(token));
      expect(JSON.stringify(row)).not.toContain(token);
    }
  });

  it('when a scope belongs to another organisation or region, then creating answers 404; a region feed for a school answers 403', async () => {
    const w = await aFeedWorld(ctx.app, ctx.db);
    const otherSchool = await aSchool(ctx.db, w.region.id);
    const otherClass = await aClass(ctx.db, w.region.id, otherSchool.id);
    const otherCompany = await aCompany(ctx.db, w.region.id);
    const otherOffer = await anOffer(ctx.db, w.region.id, otherCompany.id);
    const elsewhere = await aRegion(ctx.db);
    const farSchool = await aSchool(ctx.db, elsewhere.id);
    const refused: [Record<string, string>, string, string, number][] = [
      [w.coordinator.headers, 'school', otherSchool.id, 404],
      [w.coordinator.headers, 'class', otherClass.id, 404],
      [w.coordinator.headers, 'company', w.company.id, 404],
      [w.coordinator.headers, 'company', w.school.id, 404],
      [w.coordinator.headers, 'region', w.region.id, 403],
      [w.companyMember.headers, 'offer', otherOffer.id, 404],
      [w.companyMember.headers, 'company', otherCompany.id, 404],
      [w.companyMember.headers, 'school', w.school.id, 404],
      [w.bureau.headers, 'school', farSchool.id, 404],
      [w.bureau.headers, 'region', elsewhere.id, 404],
      [w.bureau.headers, 'school', w.company.id, 404],
    ];
    for (const [headers, scope, id, status] of refused) {
      const response = await create(headers, scope, id);
      expect(response.statusCode, `${scope} ${id}`).toBe(status);
    }
    const unknownField = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/feeds',
      headers: w.coordinator.headers,
      payload: { scope: 'school', id: w.school.id, extra: 1 },
    });
    expect(unknownField.statusCode).toBe(422);
  });
});

describe('managing feeds', () => {
  it('when a feed is listed, revoked or rotated, then the list has no secrets, a revoked or rotated-away URL answers 404 like an unknown one', async () => {
    const w = await aFeedWorld(ctx.app, ctx.db);
    const kept = await subscribe(ctx.app, w.coordinator.headers, 'school', w.school.id);
    const revoked = await subscribe(ctx.app, w.coordinator.headers, 'class', w.schoolClass.id);

    const list = await ctx.app.inject({ url: '/api/v1/feeds', headers: w.coordinator.headers });
    expect(
      list
        .json()
        .items.map((f: { id: string }) => f.id)
        .sort(),
    ).toEqual([kept.id, revoked.id].sort());
    expect(list.body).not.toContain('/ical/');

    const strangerDelete = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/feeds/${revoked.id}`,
      headers: w.companyMember.headers,
    });
    expect(strangerDelete.statusCode).toBe(404);
    const del = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/feeds/${revoked.id}`,
      headers: w.coordinator.headers,
    });
    expect(del.statusCode).toBe(204);
    const again = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/feeds/${revoked.id}`,
      headers: w.coordinator.headers,
    });
    expect(again.statusCode).toBe(404);

    const rotate = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/feeds/${kept.id}/rotate`,
      headers: w.coordinator.headers,
    });
    expect(rotate.statusCode).toBe(200);
    const rotated = rotate.json<{ id: string; url: string }>();
    expect(rotated.id).toBe(kept.id);
    expect(rotated.url).not.toBe(kept.url);

    const unknown = await fetchCalendar(
      ctx.app,
      '/ical/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics',
    );
    const revokedFetch = await fetchCalendar(ctx.app, revoked.path);
    const oldFetch = await fetchCalendar(ctx.app, kept.path);
    const newFetch = await fetchCalendar(ctx.app, new URL(rotated.url).pathname);
    const malformed = await fetchCalendar(ctx.app, '/ical/x.ics');
    expect([unknown, revokedFetch, oldFetch, malformed].map((r) => r.statusCode)).toEqual([
      404, 404, 404, 404,
    ]);
    const withoutInstance = (body: string) => ({ ...JSON.parse(body), instance: undefined });
    expect(withoutInstance(revokedFetch.body)).toEqual(withoutInstance(unknown.body));
    expect(newFetch.statusCode).toBe(200);
    const after = await ctx.app.inject({ url: '/api/v1/feeds', headers: w.coordinator.headers });
    expect(after.json().items.map((f: { id: string }) => f.id)).toEqual([kept.id]);
  });
});

describe('a feed follows its creator’s current rights', () => {
  it('when the creator’s organisation is suspended, then the feed answers 404', async () => {
    const w = await aFeedWorld(ctx.app, ctx.db);
    const feed = await subscribe(ctx.app, w.companyMember.headers, 'company', w.company.id);
    expect((await fetchCalendar(ctx.app, feed.path)).statusCode).toBe(200);

    await suspendOrganisation(ctx.db, w.company.id);

    expect((await fetchCalendar(ctx.app, feed.path)).statusCode).toBe(404);
  });

  it('when the creator is disabled, moved to another school, or loses the bureau role, then the feed answers 404', async () => {
    const w = await aFeedWorld(ctx.app, ctx.db);
    const teacher = await aLoggedInUser(ctx.app, ctx.db, w.region.id, 'teacher', w.school.id);
    const disabledFeed = await subscribe(ctx.app, teacher.headers, 'school', w.school.id);
    const movedFeed = await subscribe(ctx.app, w.coordinator.headers, 'class', w.schoolClass.id);
    const bureauFeed = await subscribe(ctx.app, w.bureau.headers, 'region', w.region.id);
    for (const feed of [disabledFeed, movedFeed, bureauFeed]) {
      expect((await fetchCalendar(ctx.app, feed.path)).statusCode).toBe(200);
    }

    const otherSchool = await aSchool(ctx.db, w.region.id);
    await ctx.db.update(users).set({ status: 'disabled' }).where(eq(users.id, teacher.user.id));
    await ctx.db
      .update(users)
      .set({ organisationId: otherSchool.id })
      .where(eq(users.id, w.coordinator.user.id));
    await ctx.db
      .update(users)
      .set({ role: 'school_coordinator', organisationId: w.school.id })
      .where(eq(users.id, w.bureau.user.id));

    for (const feed of [disabledFeed, movedFeed, bureauFeed]) {
      expect((await fetchCalendar(ctx.app, feed.path)).statusCode).toBe(404);
    }
  });
});

describe('rate limit', () => {
  it('when one address fetches feeds faster than allowed, then it gets 429', async () => {
    const limited = await startTestApp({ ICAL_MAX_PER_IP: '3' });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      statuses.push((await fetchCalendar(limited.app, '/ical/public/nergens.ics')).statusCode);
    }
    expect(statuses).toEqual([404, 404, 404, 429]);
  });
});
