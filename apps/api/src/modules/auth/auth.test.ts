import { beforeAll, describe, expect, it } from 'vitest';
import {
  aLoggedInUser,
  aRegion,
  aSchool,
  aUser,
  loginAs,
  testPassword,
} from '../../../test/builders';
import { startTestApp, type TestContext } from '../../../test/harness';
import { organisations } from '@stagebureau/db';
import { eq } from 'drizzle-orm';

let ctx: TestContext;
let regionId: string;
beforeAll(async () => {
  ctx = await startTestApp({ LOGIN_MAX_PER_ACCOUNT: '5' });
  regionId = (await aRegion(ctx.db)).id;
});

const post = (url: string, payload: unknown) =>
  ctx.app.inject({ method: 'POST', url, payload: payload as object });

describe('login', () => {
  it('when the password is right, then it returns tokens and /me knows the user', async () => {
    const school = await aSchool(ctx.db, regionId);
    const { user, headers } = await aLoggedInUser(
      ctx.app,
      ctx.db,
      regionId,
      'school_coordinator',
      school.id,
    );
    const me = await ctx.app.inject({ url: '/api/v1/me', headers });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      id: user.id,
      role: 'school_coordinator',
      organisation: { id: school.id, kind: 'school' },
    });
  });

  it('when the password is wrong, then 401 problem+json and no tokens', async () => {
    const user = await aUser(ctx.db, regionId, 'bureau_staff');
    const response = await post('/api/v1/auth/login', {
      email: user.email,
      password: 'wrong-password',
    });
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code: 'invalid_credentials', status: 401 });
  });

  it('when an account keeps failing, then further attempts are refused even with the right password', async () => {
    const user = await aUser(ctx.db, regionId, 'bureau_staff');
    for (let i = 0; i < 5; i++)
      await post('/api/v1/auth/login', { email: user.email, password: 'nope-nope-nope' });
    const response = await post('/api/v1/auth/login', {
      email: user.email,
      password: testPassword,
    });
    expect(response.statusCode).toBe(429);
    expect(response.json().code).toBe('rate_limited');
  });

  it('when the organisation is suspended, then login is refused and existing tokens stop working', async () => {
    const school = await aSchool(ctx.db, regionId);
    const { user, headers } = await aLoggedInUser(ctx.app, ctx.db, regionId, 'teacher', school.id);
    await ctx.db
      .update(organisations)
      .set({ status: 'suspended' })
      .where(eq(organisations.id, school.id));
    expect((await ctx.app.inject({ url: '/api/v1/me', headers })).statusCode).toBe(401);
    const response = await post('/api/v1/auth/login', {
      email: user.email,
      password: testPassword,
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('refresh tokens', () => {
  it('when a refresh token is used, then it rotates; reusing the old one revokes the whole family', async () => {
    const user = await aUser(ctx.db, regionId, 'bureau_admin');
    const first = await loginAs(ctx.app, user.email);
    const second = await post('/api/v1/auth/refresh', { refreshToken: first.refreshToken });
    expect(second.statusCode).toBe(200);
    const rotated = second.json<{ refreshToken: string }>().refreshToken;
    expect(rotated).not.toBe(first.refreshToken);

    const reuse = await post('/api/v1/auth/refresh', { refreshToken: first.refreshToken });
    expect(reuse.statusCode).toBe(401);
    expect(reuse.json().code).toBe('refresh_token_invalid');
    // The thief's reuse also killed the legitimate newest token.
    expect((await post('/api/v1/auth/refresh', { refreshToken: rotated })).statusCode).toBe(401);
  });

  it('when the same token is refreshed twice at once, then at most one succeeds', async () => {
    const user = await aUser(ctx.db, regionId, 'bureau_admin');
    const { refreshToken } = await loginAs(ctx.app, user.email);
    const answers = await Promise.all(
      [1, 2, 3].map(() => post('/api/v1/auth/refresh', { refreshToken })),
    );
    expect(answers.filter((a) => a.statusCode === 200).length).toBeLessThanOrEqual(1);
  });

  it('when the user logs out, then the refresh token no longer works', async () => {
    const user = await aUser(ctx.db, regionId, 'bureau_admin');
    const { refreshToken } = await loginAs(ctx.app, user.email);
    expect((await post('/api/v1/auth/logout', { refreshToken })).statusCode).toBe(204);
    expect((await post('/api/v1/auth/refresh', { refreshToken })).statusCode).toBe(401);
  });
});

describe('access tokens', () => {
  it('when the token is tampered with or uses alg none, then 401', async () => {
    const user = await aUser(ctx.db, regionId, 'bureau_admin');
    const { accessToken } = await loginAs(ctx.app, user.email);
    const [header, payload] = accessToken.split('.');
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
    for (const token of [`${accessToken}x`, none, `${header}.${payload}.AAAA`]) {
      const response = await ctx.app.inject({
        url: '/api/v1/me',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.statusCode).toBe(401);
      expect(response.json().code).toBe('unauthenticated');
    }
  });
});
