import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, invitations, users } from '@stagebureau/db';
import { aCompany, aLoggedInUser, aRegion, aSchool, aUser } from '../../../test/builders';
import { startTestApp, type TestContext } from '../../../test/harness';
import { hashSecret } from '../auth/secrets';

let ctx: TestContext;
let regionId: string;
let bureau: Record<string, string>;
const webUrl = 'https://app.stagebureau.test';
beforeAll(async () => {
  ctx = await startTestApp({ WEB_URL: webUrl });
  regionId = (await aRegion(ctx.db)).id;
  bureau = (await aLoggedInUser(ctx.app, ctx.db, regionId, 'bureau_staff')).headers;
});

let counter = 0;
const freshEmail = () => `nieuw-${Date.now()}-${counter++}@school.test`;
const invite = (payload: object, headers = bureau) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/invitations', headers, payload });
const accept = (token: string, payload: object) =>
  ctx.app.inject({ method: 'POST', url: `/api/v1/invitations/${token}/accept`, payload });
const newUser = { name: 'Nieuwe Docent', password: 'een-lang-wachtwoord', language: 'en' };

async function anInvitation(role = 'teacher', organisationId?: string | null) {
  const orgId =
    organisationId === undefined ? (await aSchool(ctx.db, regionId)).id : organisationId;
  const response = await invite({ email: freshEmail(), role, organisationId: orgId });
  expect(response.statusCode).toBe(201);
  return response.json<{ id: string; token: string; email: string; acceptUrl: string }>();
}

describe('creating invitations', () => {
  it('when the bureau invites a teacher, then the token is shown once, only its hash is stored, and the link points at the web app', async () => {
    const invitation = await anInvitation();
    expect(invitation.acceptUrl).toBe(`${webUrl}/uitnodiging/${invitation.token}`);
    const [row] = await ctx.db.select().from(invitations).where(eq(invitations.id, invitation.id));
    expect(row!.tokenHash).not.toContain(invitation.token.split('.')[1]);
    expect(row!.tokenHash).toBe(hashSecret(invitation.token.split('.')[1]!));
    const days = (row!.expiresAt.getTime() - row!.createdAt.getTime()) / 86_400_000;
    expect(Math.round(days)).toBe(7);

    const listed = await ctx.app.inject({ url: '/api/v1/invitations', headers: bureau });
    const item = listed.json().items.find((i: { id: string }) => i.id === invitation.id);
    expect(item).toMatchObject({ email: invitation.email, acceptedAt: null });
    expect(item.token).toBeUndefined();
  });

  it.each([
    ['bureau_staff', 'school'],
    ['company_admin', 'school'],
    ['teacher', 'company'],
    ['company_member', null],
  ] as const)('when a %s is invited into %s, then 422 on organisationId', async (role, kind) => {
    const organisationId =
      kind === 'school'
        ? (await aSchool(ctx.db, regionId)).id
        : kind === 'company'
          ? (await aCompany(ctx.db, regionId)).id
          : null;
    const response = await invite({ email: freshEmail(), role, organisationId });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([
      expect.objectContaining({ path: 'body.organisationId' }),
    ]);
  });

  it('when the organisation is in another region or does not exist, then 404', async () => {
    const otherRegion = (await aRegion(ctx.db)).id;
    const elsewhere = await aSchool(ctx.db, otherRegion);
    for (const organisationId of [elsewhere.id, '00000000-0000-4000-8000-000000000000']) {
      const response = await invite({ email: freshEmail(), role: 'teacher', organisationId });
      expect(response.statusCode).toBe(404);
    }
  });

  it('when the address already has an account, then 409 email_taken', async () => {
    const existing = await aUser(ctx.db, regionId, 'bureau_staff');
    const response = await invite({ email: existing.email, role: 'bureau_staff' });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('email_taken');
  });

  it('when a school coordinator invites a teacher into their own school, then 201; into another school, 404', async () => {
    const school = await aSchool(ctx.db, regionId);
    const other = await aSchool(ctx.db, regionId);
    const coordinator = await aLoggedInUser(
      ctx.app,
      ctx.db,
      regionId,
      'school_coordinator',
      school.id,
    );
    const own = await invite(
      { email: freshEmail(), role: 'teacher', organisationId: school.id },
      coordinator.headers,
    );
    expect(own.statusCode).toBe(201);
    expect(own.json()).toMatchObject({ role: 'teacher', organisationId: school.id });
    const elsewhere = await invite(
      { email: freshEmail(), role: 'teacher', organisationId: other.id },
      coordinator.headers,
    );
    expect(elsewhere.statusCode).toBe(404);
  });
});

describe('organisation admins invite colleagues', () => {
  let company: { id: string };
  let admin: Record<string, string>;
  beforeAll(async () => {
    company = await aCompany(ctx.db, regionId);
    admin = (await aLoggedInUser(ctx.app, ctx.db, regionId, 'company_admin', company.id)).headers;
  });
  const invitationsTo = (email: string) =>
    ctx.db.select().from(invitations).where(eq(invitations.email, email));

  it('when a company admin invites a colleague into their own company, then 201 and the link is e-mailed', async () => {
    const email = freshEmail();
    const response = await invite(
      { email, role: 'company_member', organisationId: company.id },
      admin,
    );
    expect(response.statusCode).toBe(201);
    expect(await invitationsTo(email)).toEqual([
      expect.objectContaining({ role: 'company_member', organisationId: company.id }),
    ]);
    const listed = await ctx.app.inject({ url: '/api/v1/invitations', headers: admin });
    expect(listed.statusCode).toBe(200);
    const items = listed.json<{ items: { email: string; organisationId: string }[] }>().items;
    expect(items.map((item) => item.email)).toEqual([email]);
  });

  it('when a company admin names another company, then 404 and nothing is written', async () => {
    const other = await aCompany(ctx.db, regionId);
    const email = freshEmail();
    const response = await invite(
      { email, role: 'company_member', organisationId: other.id },
      admin,
    );
    expect(response.statusCode).toBe(404);
    expect(await invitationsTo(email)).toEqual([]);
  });

  it.each([
    // Another organisation (here a school) does not exist for a company admin: 404, as for ids.
    ['a bureau role', 'bureau_admin', 'none', 403],
    ['a teacher into a school', 'teacher', 'school', 404],
  ] as const)(
    'when a company admin invites %s, then %i and nothing is written',
    async (_what, role, target, status) => {
      const organisationId = target === 'school' ? (await aSchool(ctx.db, regionId)).id : null;
      const email = freshEmail();
      const response = await invite({ email, role, organisationId }, admin);
      expect(response.statusCode).toBe(status);
      expect(await invitationsTo(email)).toEqual([]);
    },
  );

  it('when a company member or a teacher invites, then 403', async () => {
    const member = await aLoggedInUser(ctx.app, ctx.db, regionId, 'company_member', company.id);
    const response = await invite(
      { email: freshEmail(), role: 'company_member', organisationId: company.id },
      member.headers,
    );
    expect(response.statusCode).toBe(403);
    const list = await ctx.app.inject({ url: '/api/v1/invitations', headers: member.headers });
    expect(list.statusCode).toBe(403);
  });
});

describe('accepting invitations', () => {
  it('when accepted, then the user exists in the invited role and organisation, can log in, and the accept is audited', async () => {
    const school = await aSchool(ctx.db, regionId);
    const invitation = await anInvitation('teacher', school.id);
    const response = await accept(invitation.token, newUser);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      email: invitation.email,
      role: 'teacher',
      organisationId: school.id,
    });
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: invitation.email, password: newUser.password },
    });
    expect(login.statusCode).toBe(200);
    const [user] = await ctx.db.select().from(users).where(eq(users.email, invitation.email));
    expect(user).toMatchObject({ regionId, language: 'en', name: 'Nieuwe Docent' });
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    const trail = await ctx.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, invitation.id));
    expect(trail.map((row) => row.action)).toEqual(['create', 'accept']);
  });

  it('when a bureau invitation is accepted, then the user has no organisation', async () => {
    const invitation = await anInvitation('bureau_admin', null);
    const response = await accept(invitation.token, newUser);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ role: 'bureau_admin', organisationId: null });
  });

  it('when accepted a second time, then 410 invitation_invalid', async () => {
    const invitation = await anInvitation();
    expect((await accept(invitation.token, newUser)).statusCode).toBe(201);
    const again = await accept(invitation.token, { ...newUser, password: 'nog-een-wachtwoord' });
    expect(again.statusCode).toBe(410);
    expect(again.json().code).toBe('invitation_invalid');
  });

  it('when accepted twice at the same moment, then exactly one user is created', async () => {
    const invitation = await anInvitation();
    const answers = await Promise.all([
      accept(invitation.token, newUser),
      accept(invitation.token, newUser),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 410]);
    const created = await ctx.db.select().from(users).where(eq(users.email, invitation.email));
    expect(created).toHaveLength(1);
  });

  it('when the invitation has expired, then 410 and no user', async () => {
    const invitation = await anInvitation();
    await ctx.db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.id, invitation.id));
    const response = await accept(invitation.token, newUser);
    expect(response.statusCode).toBe(410);
    expect(response.json().code).toBe('invitation_invalid');
    expect(await ctx.db.select().from(users).where(eq(users.email, invitation.email))).toHaveLength(
      0,
    );
  });

  it('when the token is unknown or garbled, then 410', async () => {
    const invitation = await anInvitation();
    const forged = `${invitation.token.slice(0, -4)}AAAA`;
    expect((await accept(forged, newUser)).statusCode).toBe(410);
    expect((await accept('not-a-token-at-all-but-long-enough', newUser)).statusCode).toBe(410);
  });

  it('when the address got an account meanwhile, then 409 email_taken and the invitation stays open', async () => {
    const invitation = await anInvitation();
    await ctx.db
      .update(users)
      .set({ email: invitation.email })
      .where(eq(users.id, (await aUser(ctx.db, regionId, 'bureau_staff')).id));
    const response = await accept(invitation.token, newUser);
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('email_taken');
    const [row] = await ctx.db.select().from(invitations).where(eq(invitations.id, invitation.id));
    expect(row!.acceptedAt).toBeNull();
  });

  it('when the password is short or a field is unknown, then 422 naming the field and nothing is written', async () => {
    const invitation = await anInvitation();
    const short = await accept(invitation.token, { ...newUser, password: 'kort' });
    expect(short.statusCode).toBe(422);
    expect(short.json().errors[0].path).toBe('body.password');
    const extra = await accept(invitation.token, { ...newUser, role: 'bureau_admin' });
    expect(extra.statusCode).toBe(422);
    expect(await ctx.db.select().from(users).where(eq(users.email, invitation.email))).toHaveLength(
      0,
    );
  });
});
