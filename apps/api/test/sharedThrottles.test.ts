import { beforeAll, describe, expect, it } from 'vitest';
import { aRegion, aUser, testPassword } from './builders';
import { startTestApp, type TestContext } from './harness';
import { counterHits, deleteExpiredCounters, hitCounter } from '../src/plugins/sharedCounters';

/** Two API instances on one database, as behind a load balancer (issue 20). */
async function twoInstances(
  overrides: Record<string, string>,
): Promise<[TestContext, TestContext]> {
  const a = await startTestApp(overrides);
  const b = await startTestApp(overrides, { databaseUrl: a.databaseUrl });
  return [a, b];
}

const login = (ctx: TestContext, email: string, password: string) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
  });

describe('failed logins per account, shared between instances', () => {
  let a: TestContext;
  let b: TestContext;
  let regionId: string;
  beforeAll(async () => {
    [a, b] = await twoInstances({ LOGIN_MAX_PER_ACCOUNT: '4' });
    regionId = (await aRegion(a.db)).id;
  });

  it('when failures on A and B together reach the limit, then both refuse even the right password', async () => {
    const user = await aUser(a.db, regionId, 'bureau_staff');
    const statuses: number[] = [];
    for (const instance of [a, b, a, b])
      statuses.push((await login(instance, user.email, 'nope-nope-nope')).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401]);

    expect((await login(a, user.email, testPassword)).statusCode).toBe(429);
    const onB = await login(b, user.email.toUpperCase(), testPassword);
    expect(onB.statusCode).toBe(429);
    expect(onB.json().code).toBe('rate_limited');
  });

  it('when a login succeeds on one instance, then the count restarts on both', async () => {
    const user = await aUser(a.db, regionId, 'bureau_staff');
    for (const instance of [a, b, a])
      expect((await login(instance, user.email, 'nope-nope-nope')).statusCode).toBe(401);
    expect((await login(b, user.email, testPassword)).statusCode).toBe(200);

    for (const instance of [a, b, a])
      expect((await login(instance, user.email, 'nope-nope-nope')).statusCode).toBe(401);
    expect((await login(b, user.email, testPassword)).statusCode).toBe(200);
  });
});

describe('request rate limits with RATE_LIMIT_STORE=postgres', () => {
  let a: TestContext;
  let b: TestContext;
  beforeAll(async () => {
    [a, b] = await twoInstances({
      RATE_LIMIT_STORE: 'postgres',
      RATE_LIMIT_MAX: '5',
      ICAL_MAX_PER_IP: '3',
    });
  });

  const feed = (ctx: TestContext, remoteAddress: string) =>
    ctx.app.inject({ url: '/ical/public/nergens.ics', remoteAddress });
  const spec = (ctx: TestContext, remoteAddress: string) =>
    ctx.app.inject({ url: '/openapi.json', remoteAddress });

  it('when one address spreads feed fetches over A and B, then the 429 comes at the shared limit', async () => {
    const statuses: number[] = [];
    for (const instance of [a, b, a, b])
      statuses.push((await feed(instance, '203.0.113.10')).statusCode);
    expect(statuses).toEqual([404, 404, 404, 429]);
    // Another address has its own count.
    expect((await feed(b, '198.51.100.10')).statusCode).toBe(404);
  });

  it('when one address spreads requests over A and B, then the global limit is shared too', async () => {
    const statuses: number[] = [];
    for (const instance of [a, b, a, b, a, b])
      statuses.push((await spec(instance, '203.0.113.20')).statusCode);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const limited = await spec(a, '203.0.113.20');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('when the default in-memory store is used, then each instance counts on its own', async () => {
    const [c, d] = await twoInstances({ ICAL_MAX_PER_IP: '3' });
    const statuses: number[] = [];
    for (const instance of [c, d, c, d])
      statuses.push((await feed(instance, '203.0.113.30')).statusCode);
    expect(statuses).toEqual([404, 404, 404, 404]);
  });
});

describe('shared counters', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await startTestApp();
  });

  it('when the window has ended, then the next hit starts a new one and the old hits no longer count', async () => {
    const t0 = new Date('2030-01-01T10:00:00Z');
    const at = (ms: number) => new Date(t0.getTime() + ms);
    expect(await hitCounter(ctx.db, 'test:window', 60_000, t0)).toEqual({
      hits: 1,
      windowEndsAt: at(60_000),
    });
    expect((await hitCounter(ctx.db, 'test:window', 60_000, at(59_999))).hits).toBe(2);
    expect(await counterHits(ctx.db, 'test:window', at(59_999))).toBe(2);
    expect(await counterHits(ctx.db, 'test:window', at(60_000))).toBe(0);
    expect(await hitCounter(ctx.db, 'test:window', 60_000, at(60_000))).toEqual({
      hits: 1,
      windowEndsAt: at(120_000),
    });
  });

  it('when expired rows are swept, then at most the limit goes and live rows stay', async () => {
    const t0 = new Date('2031-01-01T10:00:00Z');
    for (const key of ['test:old-1', 'test:old-2', 'test:old-3'])
      await hitCounter(ctx.db, key, 1_000, t0);
    await hitCounter(ctx.db, 'test:live', 60_000, t0);
    const later = new Date(t0.getTime() + 2_000);
    expect(await deleteExpiredCounters(ctx.db, later, 2)).toBe(2);
    while ((await deleteExpiredCounters(ctx.db, later, 2)) > 0);
    for (const key of ['test:old-1', 'test:old-2', 'test:old-3'])
      expect(await counterHits(ctx.db, key, t0)).toBe(0);
    expect(await counterHits(ctx.db, 'test:live', later)).toBe(1);
  });
});
