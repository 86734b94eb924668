import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, sessions } from '@stagebureau/db';
import { offerTypes } from '@stagebureau/domain';
import { aSession } from '../../../test/activityBuilders';
import { aCompany, aLoggedInUser, aRegion, aSchool } from '../../../test/builders';
import { startTestApp, type TestContext } from '../../../test/harness';
import { anAvailability, anOfferBody } from '../../../test/offerBodies';

let ctx: TestContext;
let regionId: string;
let company: { id: string };
let companyHeaders: Record<string, string>;
let otherCompanyHeaders: Record<string, string>;
let schoolHeaders: Record<string, string>;
let bureauHeaders: Record<string, string>;

beforeAll(async () => {
  ctx = await startTestApp();
  regionId = (await aRegion(ctx.db)).id;
  company = await aCompany(ctx.db, regionId);
  const other = await aCompany(ctx.db, regionId);
  const school = await aSchool(ctx.db, regionId);
  companyHeaders = (await aLoggedInUser(ctx.app, ctx.db, regionId, 'company_admin', company.id))
    .headers;
  otherCompanyHeaders = (await aLoggedInUser(ctx.app, ctx.db, regionId, 'company_member', other.id))
    .headers;
  schoolHeaders = (await aLoggedInUser(ctx.app, ctx.db, regionId, 'school_coordinator', school.id))
    .headers;
  bureauHeaders = (await aLoggedInUser(ctx.app, ctx.db, regionId, 'bureau_staff')).headers;
});

const request = (
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  headers: object,
  payload?: object,
) =>
  ctx.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: headers as Record<string, string>,
    payload,
  });
const createOffer = async (overrides: Record<string, unknown> = {}) => {
  const response = await request('POST', '/offers', companyHeaders, anOfferBody(overrides));
  expect(response.statusCode).toBe(201);
  return response.json<{ id: string; status: string; organisationId: string }>();
};

describe('creating offers', () => {
  it.each(offerTypes)(
    'when a company creates a %s, then it is a draft of that company',
    async (type) => {
      const offer = await createOffer({ type });
      expect(offer).toMatchObject({ type, status: 'draft', organisationId: company.id });
      expect(offer).toMatchObject({ postcode: '9401 AB', contactEmail: 'jan@bedrijf.test' });
    },
  );

  it('when the body carries status, regionId or organisationId, then 422 and nothing is created', async () => {
    for (const field of ['status', 'regionId', 'organisationId']) {
      const response = await request('POST', '/offers', companyHeaders, {
        ...anOfferBody(),
        [field]: field === 'status' ? 'published' : company.id,
      });
      expect(response.statusCode).toBe(422);
    }
  });

  it('when fields are invalid, then 422 names each field path', async () => {
    const response = await request('POST', '/offers', companyHeaders, {
      ...anOfferBody({ type: 'party', defaultSeats: 0 }),
      street: null,
    });
    expect(response.statusCode).toBe(422);
    const paths = response.json<{ errors: { path: string }[] }>().errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body.type', 'body.defaultSeats']));
    const noAddress = await request(
      'POST',
      '/offers',
      companyHeaders,
      anOfferBody({ street: null }),
    );
    expect(noAddress.statusCode).toBe(422);
    expect(noAddress.json().errors).toEqual([expect.objectContaining({ path: 'body.street' })]);
  });

  it('when a school tries to create an offer, then it is refused', async () => {
    const response = await request('POST', '/offers', schoolHeaders, anOfferBody());
    expect(response.statusCode).toBe(403);
  });

  it('when bureau staff create an offer for a company, then it belongs to that company', async () => {
    const response = await request(
      'POST',
      `/offers?companyId=${company.id}`,
      bureauHeaders,
      anOfferBody(),
    );
    expect(response.statusCode).toBe(201);
    expect(response.json().organisationId).toBe(company.id);
    const missing = await request('POST', '/offers', bureauHeaders, anOfferBody());
    expect(missing.statusCode).toBe(422);
  });

  it('when an offer is created, then the audit trail has it', async () => {
    const offer = await createOffer();
    const trail = await ctx.db.select().from(auditEvents).where(eq(auditEvents.entityId, offer.id));
    expect(trail.map((e) => e.action)).toEqual(['created']);
  });
});

describe('offer lifecycle', () => {
  it('when a draft is published and then archived, then each step is taken once', async () => {
    const offer = await createOffer();
    const published = await request('POST', `/offers/${offer.id}/publish`, companyHeaders);
    expect(published.json()).toMatchObject({ status: 'published' });
    const again = await request('POST', `/offers/${offer.id}/publish`, companyHeaders);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('invalid_transition');
    const archived = await request('POST', `/offers/${offer.id}/archive`, companyHeaders);
    expect(archived.json()).toMatchObject({ status: 'archived' });
    expect((await request('POST', `/offers/${offer.id}/publish`, companyHeaders)).statusCode).toBe(
      409,
    );
  });

  it('when an on-request offer has no availability, then it cannot be published', async () => {
    const offer = await createOffer({
      bookingMode: 'on_request',
      type: 'guest_lesson',
      locationKind: 'at_school',
    });
    const refused = await request('POST', `/offers/${offer.id}/publish`, companyHeaders);
    expect(refused.statusCode).toBe(422);
    await request('PATCH', `/offers/${offer.id}`, companyHeaders, {
      availability: anAvailability(),
    });
    expect((await request('POST', `/offers/${offer.id}/publish`, companyHeaders)).statusCode).toBe(
      200,
    );
  });
});

describe('who sees and edits an offer', () => {
  it('when another company edits or reads a draft, then it does not exist for them', async () => {
    const offer = await createOffer();
    expect(
      (await request('PATCH', `/offers/${offer.id}`, otherCompanyHeaders, { title: 'Van mij' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await request('POST', `/offers/${offer.id}/publish`, otherCompanyHeaders)).statusCode,
    ).toBe(404);
    expect((await request('GET', `/offers/${offer.id}`, otherCompanyHeaders)).statusCode).toBe(404);
    expect((await request('GET', `/offers/${offer.id}`, schoolHeaders)).statusCode).toBe(404);
  });

  it('when an offer is published, then a school reads it but cannot edit it', async () => {
    const offer = await createOffer();
    await request('POST', `/offers/${offer.id}/publish`, companyHeaders);
    expect((await request('GET', `/offers/${offer.id}`, schoolHeaders)).statusCode).toBe(200);
    expect(
      (await request('PATCH', `/offers/${offer.id}`, schoolHeaders, { title: 'x' })).statusCode,
    ).toBe(404);
  });

  it('when the bureau edits an offer of its region, then it may; another region’s bureau may not', async () => {
    const offer = await createOffer();
    const edited = await request('PATCH', `/offers/${offer.id}`, bureauHeaders, {
      title: 'Door het bureau',
    });
    expect(edited.json()).toMatchObject({ title: 'Door het bureau' });
    const elsewhere = (await aRegion(ctx.db)).id;
    const foreign = (await aLoggedInUser(ctx.app, ctx.db, elsewhere, 'bureau_admin')).headers;
    expect(
      (await request('PATCH', `/offers/${offer.id}`, foreign, { title: 'x' })).statusCode,
    ).toBe(404);
    expect((await request('GET', `/offers/${offer.id}`, foreign)).statusCode).toBe(404);
  });

  it('when an edit removes the address of an at-company offer, then 422 and nothing changes', async () => {
    const offer = await createOffer();
    const response = await request('PATCH', `/offers/${offer.id}`, companyHeaders, { city: null });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([expect.objectContaining({ path: 'body.city' })]);
    expect((await request('GET', `/offers/${offer.id}`, companyHeaders)).json().city).toBe('Assen');
  });
});

describe('calendar sequence on offer edits', () => {
  it('when a calendar field changes, then its sessions’ SEQUENCE goes up; other edits leave it', async () => {
    const offer = await createOffer();
    const session = await aSession(ctx.db, regionId, offer.id);
    const sequence = async () =>
      (await ctx.db.select().from(sessions).where(eq(sessions.id, session.id)))[0]!.sequence;
    await request('PATCH', `/offers/${offer.id}`, companyHeaders, { defaultSeats: 12 });
    expect(await sequence()).toBe(0);
    await request('PATCH', `/offers/${offer.id}`, companyHeaders, {
      requirements: 'Helm en schoenen',
    });
    expect(await sequence()).toBe(1);
    await request('PATCH', `/offers/${offer.id}`, companyHeaders, { street: 'Havenstraat 2' });
    expect(await sequence()).toBe(2);
    const detail = await request('GET', `/offers/${offer.id}`, companyHeaders);
    expect(detail.json().sessions).toEqual([
      expect.objectContaining({ id: session.id, sequence: 2 }),
    ]);
  });
});
