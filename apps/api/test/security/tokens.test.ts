import { createHmac, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { feeds, users } from '@stagebureau/db';
import { aFeedWorld, subscribe } from '../feedBuilders';
import { aLoggedInUser, aRegion, aSchool, aUser, testPassword } from '../builders';
import { startTestApp, testConfig, type TestContext } from '../harness';

/**
 * Tokens beyond modules/auth/auth.test.ts (which covers tampering, alg none, suspended
 * organisations, refresh reuse and the per-account login limit).
 */
let ctx: TestContext;
let regionId: string;
beforeAll(async () => {
  ctx = await startTestApp();
  regionId = (await aRegion(ctx.db)).id;
});

const secret = testConfig().JWT_SECRET;
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
function signed(payload: object, key = secret, alg = 'HS256') {
  const head = `${b64({ alg, typ: 'JWT' })}.${b64(payload)}`;
  const algorithm = alg === 'HS512' ? 'sha512' : 'sha256';
  return `${head}.${createHmac(algorithm, key).update(head).digest('base64url')}`;
}
const me = (token: string) =>
  ctx.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });
const now = () => Math.floor(Date.now() / 1000);

describe('access tokens', () => {
  it('when a token is signed with another key, is expired, or uses another algorithm, then 401', async () => {
    const user = await aUser(ctx.db, regionId, 'bureau_admin');
    const claims = { sub: user.id, role: user.role, region: regionId, org: null };
    // The forge works: the same claims signed with the right key are accepted.
    expect((await me(signed({ ...claims, iat: now(), exp: now() + 60 }))).statusCode).toBe(200);
    const refused = [
      signed({ ...claims, iat: now(), exp: now() + 60 }, 'another-secret-that-is-long-enough-xx'),
      signed({ ...claims, iat: now() - 3600, exp: now() - 60 }),
      signed({ ...claims, iat: now(), exp: now() + 60 }, secret, 'HS512'),
      signed({ ...claims, region: (await aRegion(ctx.db)).id, iat: now(), exp: now() + 60 }),
    ];
    for (const token of refused) {
      const response = await me(token);
      expect(response.statusCode).toBe(401);
      expect(response.json().code).toBe('unauthenticated');
    }
  });

  it('when the role in the database changes, then an old token acts with the new role, not its claim', async () => {
    const { user, headers } = await aLoggedInUser(ctx.app, ctx.db, regionId, 'bureau_admin');
    await ctx.db.update(users).set({ role: 'bureau_staff' }).where(eq(users.id, user.id));
    const response = await ctx.app.inject({
      method: 'PATCH',
      url: '/api/v1/region/settings',
      headers,
      payload: { holdHours: 24 },
    });
    expect(response.statusCode).toBe(403);
  });

  it('when a user is disabled, then the access token, the refresh token and logging in all stop working', async () => {
    const school = await aSchool(ctx.db, regionId);
    const session = await aLoggedInUser(ctx.app, ctx.db, regionId, 'teacher', school.id);
    await ctx.db.update(users).set({ status: 'disabled' }).where(eq(users.id, session.user.id));
    expect((await me(session.accessToken)).statusCode).toBe(401);
    const refresh = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      payload: { refreshToken: session.refreshToken },
    });
    expect(refresh.statusCode).toBe(401);
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: session.user.email, password: testPassword },
    });
    expect([401, 403]).toContain(login.statusCode);
    expect(login.json().accessToken).toBeUndefined();
  });
});

describe('login brute force', () => {
  let limited: TestContext;
  beforeAll(async () => {
    limited = await startTestApp({ LOGIN_MAX_PER_IP: '6' });
  });

  it('when one address tries many accounts, then it is limited per address too', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const response = await limited.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: '203.0.113.7',
        payload: { email: `niemand-${i}@test.nl`, password: 'raad-maar' },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 6)).toEqual([401, 401, 401, 401, 401, 401]);
    expect(statuses.slice(6)).toEqual([429, 429]);
    // Another address is not punished for it.
    const user = await aUser(limited.db, (await aRegion(limited.db)).id, 'bureau_staff');
    const other = await limited.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: '198.51.100.9',
      payload: { email: user.email, password: testPassword },
    });
    expect(other.statusCode).toBe(200);
  });

  it('when passwords are stored, then they are argon2id with at least OWASP’s cost, so each guess is slow', async () => {
    const user = await aUser(ctx.db, regionId, 'bureau_staff');
    const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(user.passwordHash);
    expect(match).not.toBeNull();
    expect(Number(match![1])).toBeGreaterThanOrEqual(19_456);
    expect(Number(match![2])).toBeGreaterThanOrEqual(2);
  });
});

describe('feed tokens', () => {
  it('when feeds are created, then each URL carries a fresh 256-bit token and only its hash is stored', async () => {
    const world = await aFeedWorld(ctx.app, ctx.db);
    const tokens: string[] = [];
    for (let i = 0; i < 20; i++) {
      const feed = await subscribe(ctx.app, world.coordinator.headers, 'school', world.school.id);
      const token = feed.path.replace(/^\/ical\//, '').replace(/\.ics$/, '');
      // 32 random bytes in base64url: 43 characters.
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      tokens.push(token);
      const [row] = await ctx.db.select().from(feeds).where(eq(feeds.id, feed.id));
      expect(JSON.stringify(row)).not.toContain(token);
    }
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it('when a token is guessed, altered, or a feed id is used as one, then 404 and nothing about the feed', async () => {
    const world = await aFeedWorld(ctx.app, ctx.db);
    const feed = await subscribe(ctx.app, world.coordinator.headers, 'school', world.school.id);
    const token = feed.path.replace(/^\/ical\//, '').replace(/\.ics$/, '');
    expect((await ctx.app.inject({ url: feed.path })).statusCode).toBe(200);
    const flip = (c: string) => (c === 'A' ? 'B' : 'A');
    const guesses = [
      randomBytes(32).toString('base64url'),
      `${token.slice(0, -1)}${flip(token.at(-1)!)}`,
      `${flip(token[0]!)}${token.slice(1)}`,
      token.toUpperCase() === token ? token.toLowerCase() : token.toUpperCase(),
      token.slice(0, 42),
      feed.id,
      '',
      '%00',
    ];
    for (const guess of guesses) {
      const response = await ctx.app.inject({ url: `/ical/${guess}.ics` });
      expect(response.statusCode, guess).toBeOneOf([404, 422]);
      expect(response.body).not.toContain('BEGIN:VCALENDAR');
      expect(response.body).not.toContain(world.school.name);
    }
  });
});
