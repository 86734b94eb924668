import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invitations, organisations, regions, ssoIdentities, users } from '@stagebureau/db';
import { aRegion, aSchool, aUser, loginAs } from '../../../test/builders';
import { startTestApp, type TestContext } from '../../../test/harness';
import { loginAtProvider, startTestProvider, type TestProvider } from '../../../test/oidcProvider';

const redirectUri = 'http://localhost:3000/inloggen/sso/terug';
const slug = `sso-${randomBytes(4).toString('hex')}`;
let provider: TestProvider;
let ctx: TestContext;
let regionId: string;
let schoolId: string;

beforeAll(async () => {
  provider = await startTestProvider(redirectUri);
  ctx = await startTestApp({
    SSO_PROVIDERS: provider.configFor(slug, 'Entree Test'),
    SSO_REDIRECT_URL: redirectUri,
  });
  regionId = (await aRegion(ctx.db)).id;
  await ctx.db.update(regions).set({ slug }).where(eq(regions.id, regionId));
  schoolId = (await aSchool(ctx.db, regionId, { status: 'active' })).id;
});
afterAll(() => provider?.close());

const post = (url: string, payload: object) =>
  ctx.app.inject({ method: 'POST', url: `/api/v1${url}`, payload });

/** A teacher with an account, and the same person at the provider. */
async function aTeacherAtProvider(emailVerified = true) {
  const user = await aUser(ctx.db, regionId, 'teacher', schoolId);
  const subject = `sub-${randomBytes(6).toString('hex')}`;
  provider.addAccount({ subject, email: user.email, emailVerified });
  return { user, subject };
}

/** Start at the API, log in at the provider as `subject`; the provider's redirect parameters. */
async function callbackFor(subject: string) {
  const start = await post('/auth/sso/start', { region: slug });
  expect(start.statusCode).toBe(200);
  return loginAtProvider(start.json().authorizationUrl, subject, redirectUri);
}

async function ssoLogin(subject: string) {
  return post('/auth/sso/callback', await callbackFor(subject));
}

const linksOf = (userId: string) =>
  ctx.db.select().from(ssoIdentities).where(eq(ssoIdentities.userId, userId));

describe('single sign-on against a real OpenID provider', () => {
  it('lists the region with its provider name for the login page', async () => {
    const response = await ctx.app.inject({ url: '/api/v1/auth/sso/providers' });
    expect(response.json().items).toEqual([
      { region: slug, regionName: expect.any(String), name: 'Entree Test' },
    ]);
  });

  it('when the verified e-mail belongs to an account, then it logs in and links the identity', async () => {
    const { user, subject } = await aTeacherAtProvider();
    const response = await ssoLogin(subject);
    expect(response.statusCode).toBe(200);
    const me = await ctx.app.inject({
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${response.json().accessToken}` },
    });
    expect(me.json()).toMatchObject({ id: user.id, role: 'teacher' });
    expect(await linksOf(user.id)).toMatchObject([{ issuer: provider.issuer, subject }]);

    // Later logins go by subject: a changed, unverified e-mail at the provider still finds them.
    provider.addAccount({ subject, email: 'changed@elsewhere.nl', emailVerified: false });
    const again = await ssoLogin(subject);
    expect(again.statusCode).toBe(200);
    const refreshed = await post('/auth/refresh', { refreshToken: again.json().refreshToken });
    expect(refreshed.statusCode).toBe(200);
    // Password login remains.
    await expect(loginAs(ctx.app, user.email)).resolves.toBeTruthy();
  });

  it('when an invitation is open for the verified e-mail, then the first login accepts it', async () => {
    const bureau = await aUser(ctx.db, regionId, 'bureau_admin');
    const email = `invited-${randomBytes(4).toString('hex')}@school.nl`;
    const [invitation] = await ctx.db
      .insert(invitations)
      .values({
        regionId,
        organisationId: schoolId,
        email,
        role: 'teacher',
        tokenHash: randomBytes(32).toString('hex'),
        expiresAt: new Date(Date.now() + 86_400_000),
        createdBy: bureau.id,
      })
      .returning();
    const subject = `sub-${randomBytes(6).toString('hex')}`;
    provider.addAccount({ subject, email, emailVerified: true, name: 'Ines de Vries' });

    const response = await ssoLogin(subject);
    expect(response.statusCode).toBe(200);
    const me = await ctx.app.inject({
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${response.json().accessToken}` },
    });
    expect(me.json()).toMatchObject({
      email,
      name: 'Ines de Vries',
      role: 'teacher',
      organisation: { id: schoolId },
    });
    const [accepted] = await ctx.db
      .select()
      .from(invitations)
      .where(eq(invitations.id, invitation!.id));
    expect(accepted!.acceptedUserId).toBe(me.json().id);
    expect(await linksOf(me.json().id)).toMatchObject([{ subject }]);
  });

  it('when an invitation is open but the e-mail is not verified, then nothing is accepted', async () => {
    const bureau = await aUser(ctx.db, regionId, 'bureau_admin');
    const email = `invited-${randomBytes(4).toString('hex')}@school.nl`;
    const [invitation] = await ctx.db
      .insert(invitations)
      .values({
        regionId,
        organisationId: schoolId,
        email,
        role: 'teacher',
        tokenHash: randomBytes(32).toString('hex'),
        expiresAt: new Date(Date.now() + 86_400_000),
        createdBy: bureau.id,
      })
      .returning();
    const subject = `sub-${randomBytes(6).toString('hex')}`;
    provider.addAccount({ subject, email, emailVerified: false });
    const response = await ssoLogin(subject);
    expect(response.json()).toMatchObject({ code: 'sso_email_unverified' });
    const [open] = await ctx.db
      .select()
      .from(invitations)
      .where(eq(invitations.id, invitation!.id));
    expect(open!.acceptedAt).toBeNull();
  });

  it('when the ID token names another audience, then it is refused and nothing is linked', async () => {
    const { user, subject } = await aTeacherAtProvider();
    const callback = await callbackFor(subject);
    provider.tamperNextIdToken({ aud: 'another-client' });
    const response = await post('/auth/sso/callback', callback);
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: 'sso_wrong_audience' });
    expect(response.json().title).toMatch(/niet voor Stagebureau bestemd/);
    expect(await linksOf(user.id)).toEqual([]);
  });

  it('when the ID token carries another nonce, then it is refused', async () => {
    const { user, subject } = await aTeacherAtProvider();
    const callback = await callbackFor(subject);
    provider.tamperNextIdToken({ nonce: 'a-nonce-from-another-attempt' });
    const response = await post('/auth/sso/callback', callback);
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: 'sso_wrong_nonce' });
    expect(await linksOf(user.id)).toEqual([]);
  });

  it('when the account is disabled, then it is refused', async () => {
    const { user, subject } = await aTeacherAtProvider();
    await ctx.db.update(users).set({ status: 'disabled' }).where(eq(users.id, user.id));
    const response = await ssoLogin(subject);
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'account_inactive' });
    expect(await linksOf(user.id)).toEqual([]);
  });

  it("when a linked account's organisation is suspended, then it is refused", async () => {
    const school = await aSchool(ctx.db, regionId, { status: 'active' });
    const user = await aUser(ctx.db, regionId, 'school_coordinator', school.id);
    const subject = `sub-${randomBytes(6).toString('hex')}`;
    provider.addAccount({ subject, email: user.email, emailVerified: true });
    expect((await ssoLogin(subject)).statusCode).toBe(200);
    await ctx.db
      .update(organisations)
      .set({ status: 'suspended' })
      .where(eq(organisations.id, school.id));
    const response = await ssoLogin(subject);
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'account_inactive' });
  });

  it('when the provider has not verified the e-mail, then it is refused and not linked', async () => {
    const { user, subject } = await aTeacherAtProvider(false);
    const response = await ssoLogin(subject);
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'sso_email_unverified' });
    expect(await linksOf(user.id)).toEqual([]);
  });

  it('when no invited account has the e-mail, then it is refused', async () => {
    const subject = `sub-${randomBytes(6).toString('hex')}`;
    provider.addAccount({ subject, email: `nobody-${subject}@school.nl`, emailVerified: true });
    const response = await ssoLogin(subject);
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'sso_account_unknown' });
  });

  it('when the state is unknown or the callback is replayed, then it is refused', async () => {
    const { subject } = await aTeacherAtProvider();
    const callback = await callbackFor(subject);
    const forged = await post('/auth/sso/callback', { ...callback, state: 'x'.repeat(43) });
    expect(forged.statusCode).toBe(400);
    expect(forged.json()).toMatchObject({ code: 'sso_state_invalid' });

    expect((await post('/auth/sso/callback', callback)).statusCode).toBe(200);
    const replay = await post('/auth/sso/callback', callback);
    expect(replay.statusCode).toBe(400);
    expect(replay.json()).toMatchObject({ code: 'sso_state_invalid' });
  });

  it('when a used code is presented with a fresh attempt, then the provider refuses it', async () => {
    const { subject } = await aTeacherAtProvider();
    const used = await callbackFor(subject);
    expect((await post('/auth/sso/callback', used)).statusCode).toBe(200);
    const fresh = await post('/auth/sso/start', { region: slug });
    const state = new URL(fresh.json().authorizationUrl).searchParams.get('state')!;
    const response = await post('/auth/sso/callback', { ...used, state });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'sso_code_invalid' });
  });

  it('when the region has no provider, then starting is refused', async () => {
    const response = await post('/auth/sso/start', { region: 'geen-sso' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'sso_not_configured' });
  });
});
