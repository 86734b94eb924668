import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  invitations,
  notificationMessages,
  organisationRegistrations,
  organisations,
  taxonomyTerms,
} from '@stagebureau/db';
import { aCompany, aLoggedInUser, aRegion, aUser } from '../../../test/builders';
import { startTestApp, type TestContext } from '../../../test/harness';
import { renderPendingEvents } from '../notifications/pending';

let ctx: TestContext;
/** A second instance on the same database with a tiny sign-up limit. */
let limited: TestContext;
let region: { id: string; slug: string };
let bureau: Record<string, string>;
const webUrl = 'https://app.stagebureau.test';

beforeAll(async () => {
  ctx = await startTestApp({ WEB_URL: webUrl });
  region = await aRegion(ctx.db);
  await ctx.db.insert(taxonomyTerms).values([
    { regionId: region.id, kind: 'sector', code: 'bouw', label: 'Bouw' },
    { regionId: region.id, kind: 'sector', code: 'zorg', label: 'Zorg' },
  ]);
  bureau = (await aLoggedInUser(ctx.app, ctx.db, region.id, 'bureau_staff')).headers;
  limited = await startTestApp({ REGISTRATION_MAX_PER_IP: '2' }, { databaseUrl: ctx.databaseUrl });
});

let counter = 0;
const unique = () => `${Date.now()}${counter++}`;
const aKvk = () => unique().slice(-8).padStart(8, '1');
const aSignUp = (overrides: Record<string, unknown> = {}) => ({
  companyName: `Bouwbedrijf Nieuw ${unique()}`,
  kvkNumber: aKvk(),
  street: 'Industrieweg 4',
  postcode: '9401ab',
  city: 'Assen',
  sectorTags: ['bouw'],
  contactName: 'Els Jansen',
  contactEmail: `els-${unique()}@bouw.test`,
  contactPhone: '0592 123456',
  ...overrides,
});
const register = (payload: object, slug = region.slug) =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/v1/public/regions/${slug}/registrations`,
    payload,
  });
const listed = async () => {
  const response = await ctx.app.inject({
    url: '/api/v1/registrations?status=pending',
    headers: bureau,
  });
  expect(response.statusCode).toBe(200);
  return response.json<{
    items: { id: string; possibleDuplicates: { name: string; reason: string }[] }[];
  }>().items;
};
async function mailsTo(email: string) {
  await renderPendingEvents(ctx.db);
  return ctx.db
    .select()
    .from(notificationMessages)
    .where(
      and(
        eq(notificationMessages.recipientEmail, email),
        eq(notificationMessages.channel, 'email'),
      ),
    );
}
const logIn = (email: string, password: string) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
const companiesWithKvk = (kvkNumber: string) =>
  ctx.db.select().from(organisations).where(eq(organisations.kvkNumber, kvkNumber));

describe('a company registers itself', () => {
  it('when the form is valid, then a pending company and its contact are stored, the contact is mailed and the bureau sees it', async () => {
    const signUp = aSignUp();
    const response = await register(signUp);
    expect(response.statusCode).toBe(201);
    const { id } = response.json<{ id: string; status: string }>();
    expect(response.json()).toEqual({ id, status: 'pending' });

    const [company] = await companiesWithKvk(signUp.kvkNumber);
    expect(company).toMatchObject({
      regionId: region.id,
      kind: 'company',
      status: 'pending',
      name: signUp.companyName,
      postcode: '9401 AB',
      sectorTags: ['bouw'],
    });
    const [registration] = await ctx.db
      .select()
      .from(organisationRegistrations)
      .where(eq(organisationRegistrations.id, id));
    expect(registration).toMatchObject({
      organisationId: company!.id,
      status: 'pending',
      contactName: 'Els Jansen',
      contactEmail: signUp.contactEmail,
    });
    const mails = await mailsTo(signUp.contactEmail);
    expect(mails.map((mail) => mail.kind)).toEqual(['registration.received']);
    expect(mails[0]!.subject).toContain(signUp.companyName);
    expect((await listed()).map((item) => item.id)).toContain(id);
    // Pending: nobody can log in for it yet, and it is not in the region's public lists.
    expect((await logIn(signUp.contactEmail, 'een-lang-wachtwoord')).statusCode).toBe(401);
  });

  it.each([
    ['kvkNumber', { kvkNumber: '1234567' }],
    ['kvkNumber', { kvkNumber: '1234567a' }],
    ['postcode', { postcode: '0123 AB' }],
    ['postcode', { postcode: '12345' }],
    ['contactEmail', { contactEmail: 'geen-adres' }],
    ['sectorTags', { sectorTags: ['ruimtevaart'] }],
  ])('when %s is wrong (%j), then 422 naming it and nothing is written', async (field, change) => {
    const signUp = aSignUp(change);
    const response = await register(signUp);
    expect(response.statusCode).toBe(422);
    expect(response.json().errors.map((error: { path: string }) => error.path)).toEqual([
      `body.${field}`,
    ]);
    const written = await ctx.db
      .select()
      .from(organisations)
      .where(eq(organisations.name, signUp.companyName));
    expect(written).toEqual([]);
  });

  it('when the KvK number is known in the region, then 409 kvk_registered and nothing is written', async () => {
    const existing = await aCompany(ctx.db, region.id);
    const signUp = aSignUp({ kvkNumber: existing.kvkNumber });
    const response = await register(signUp);
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('kvk_registered');
    expect(await companiesWithKvk(existing.kvkNumber!)).toHaveLength(1);
    expect(await mailsTo(signUp.contactEmail)).toEqual([]);
  });

  it('when two sign-ups with one KvK number arrive at the same moment, then one is taken and the other is 409', async () => {
    const kvkNumber = aKvk();
    const answers = await Promise.all([
      register(aSignUp({ kvkNumber })),
      register(aSignUp({ kvkNumber })),
    ]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([201, 409]);
    expect(answers.find((answer) => answer.statusCode === 409)!.json().code).toBe('kvk_registered');
    expect(await companiesWithKvk(kvkNumber)).toHaveLength(1);
  });

  it('when the same KvK number is in another region, then it registers here', async () => {
    const elsewhere = await aCompany(ctx.db, (await aRegion(ctx.db)).id);
    expect((await register(aSignUp({ kvkNumber: elsewhere.kvkNumber }))).statusCode).toBe(201);
  });

  it('when the contact e-mail already has an account, then 409 email_taken', async () => {
    const user = await aUser(ctx.db, region.id, 'bureau_staff');
    const response = await register(aSignUp({ contactEmail: user.email }));
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('email_taken');
  });

  it('when the region does not exist, then 404', async () => {
    expect((await register(aSignUp(), 'bestaat-niet')).statusCode).toBe(404);
  });

  it('when one address sends more sign-ups than the hourly limit, then 429 and the rest is not written', async () => {
    const send = (payload: object) =>
      limited.app.inject({
        method: 'POST',
        url: `/api/v1/public/regions/${region.slug}/registrations`,
        payload,
      });
    expect((await send(aSignUp())).statusCode).toBe(201);
    expect((await send(aSignUp())).statusCode).toBe(201);
    const third = aSignUp();
    expect((await send(third)).statusCode).toBe(429);
    expect(await companiesWithKvk(third.kvkNumber)).toEqual([]);
  });

  it('when the sectors are asked for, then anyone gets the region taxonomy', async () => {
    const response = await ctx.app.inject({ url: `/api/v1/public/regions/${region.slug}/sectors` });
    expect(response.statusCode).toBe(200);
    expect(response.json().items).toEqual([
      { code: 'bouw', label: 'Bouw' },
      { code: 'zorg', label: 'Zorg' },
    ]);
  });
});

describe('the bureau reviews registrations', () => {
  it('when a similar name exists, then the bureau sees it as a possible duplicate', async () => {
    const stamp = unique();
    await aCompany(ctx.db, region.id, { name: `Installatiebedrijf Veenstra ${stamp} B.V.` });
    const response = await register(
      aSignUp({ companyName: `installatiebedrijf veenstra ${stamp}` }),
    );
    const { id } = response.json<{ id: string }>();
    const mine = (await listed()).find((item) => item.id === id)!;
    expect(mine.possibleDuplicates).toEqual([
      expect.objectContaining({
        name: `Installatiebedrijf Veenstra ${stamp} B.V.`,
        reason: 'same_name',
      }),
    ]);
  });

  it('when the bureau tries to activate a waiting self-registered company by its status, then 409 and it stays pending', async () => {
    const signUp = aSignUp();
    const { id } = (await register(signUp)).json<{ id: string }>();
    const [company] = await companiesWithKvk(signUp.kvkNumber);
    const response = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${company!.id}/status`,
      headers: bureau,
      payload: { status: 'active' },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('invalid_transition');
    expect(response.json().detail).toContain(id);
    expect((await companiesWithKvk(signUp.kvkNumber))[0]!.status).toBe('pending');
  });

  it('when someone outside the bureau lists or decides, then 403', async () => {
    const company = await aCompany(ctx.db, region.id);
    const admin = await aLoggedInUser(ctx.app, ctx.db, region.id, 'company_admin', company.id);
    const list = await ctx.app.inject({ url: '/api/v1/registrations', headers: admin.headers });
    expect(list.statusCode).toBe(403);
    const { id } = (await register(aSignUp())).json<{ id: string }>();
    const approve = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/registrations/${id}/approve`,
      headers: admin.headers,
    });
    expect(approve.statusCode).toBe(403);
  });

  it('when approved, then the company is active, the contact gets an invitation link, sets a password and logs in as company admin', async () => {
    const signUp = aSignUp();
    const { id } = (await register(signUp)).json<{ id: string }>();
    const approve = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/registrations/${id}/approve`,
      headers: bureau,
    });
    expect(approve.statusCode).toBe(200);
    expect(approve.json()).toMatchObject({
      status: 'approved',
      organisation: { status: 'active' },
    });
    const again = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/registrations/${id}/approve`,
      headers: bureau,
    });
    expect(again.statusCode).toBe(409);

    const invitation = (await mailsTo(signUp.contactEmail)).find(
      (mail) => mail.kind === 'invitation.sent',
    )!;
    const token = invitation.link.match(/\/uitnodiging\/([^/\s]+)$/)![1]!;
    expect(invitation.link.startsWith(webUrl)).toBe(true);
    const accepted = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/invitations/${token}/accept`,
      payload: { name: 'Els Jansen', password: 'een-lang-wachtwoord', language: 'nl' },
    });
    expect(accepted.statusCode).toBe(201);
    const [company] = await companiesWithKvk(signUp.kvkNumber);
    expect(accepted.json()).toMatchObject({ role: 'company_admin', organisationId: company!.id });
    expect((await logIn(signUp.contactEmail, 'een-lang-wachtwoord')).statusCode).toBe(200);
  });

  it('when rejected with a reason, then the contact is mailed the reason, no invitation exists and nobody logs in for it', async () => {
    const signUp = aSignUp();
    const { id } = (await register(signUp)).json<{ id: string }>();
    const reject = (payload: object) =>
      ctx.app.inject({
        method: 'POST',
        url: `/api/v1/registrations/${id}/reject`,
        headers: bureau,
        payload,
      });
    expect((await reject({})).statusCode).toBe(422);
    expect((await reject({ reason: ' ' })).statusCode).toBe(422);
    const response = await reject({ reason: 'Geen bedrijf in de techniek' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'rejected',
      rejectionReason: 'Geen bedrijf in de techniek',
      organisation: { status: 'rejected' },
    });
    const mails = await mailsTo(signUp.contactEmail);
    const rejection = mails.find((mail) => mail.kind === 'registration.rejected')!;
    expect(rejection.text).toContain('Geen bedrijf in de techniek');
    expect(mails.some((mail) => mail.kind === 'invitation.sent')).toBe(false);
    expect(
      await ctx.db.select().from(invitations).where(eq(invitations.email, signUp.contactEmail)),
    ).toEqual([]);
    expect((await logIn(signUp.contactEmail, 'een-lang-wachtwoord')).statusCode).toBe(401);
    // A rejected company stays out: the bureau cannot turn it active by the status route either.
    const [company] = await companiesWithKvk(signUp.kvkNumber);
    const reactivate = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${company!.id}/status`,
      headers: bureau,
      payload: { status: 'active' },
    });
    expect(reactivate.statusCode).toBe(409);

    // Its KvK number is free again: the company may register anew (say, with better papers),
    // while a number still in use keeps answering kvk_registered.
    const again = await register(aSignUp({ kvkNumber: signUp.kvkNumber }));
    expect(again.statusCode).toBe(201);
    const third = await register(aSignUp({ kvkNumber: signUp.kvkNumber }));
    expect(third.statusCode).toBe(409);
    expect(third.json().code).toBe('kvk_registered');
    expect((await companiesWithKvk(signUp.kvkNumber)).map((row) => row.status).sort()).toEqual([
      'pending',
      'rejected',
    ]);
  });
});
