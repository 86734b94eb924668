import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { bookings, complianceDocuments, placements } from '@stagebureau/db';
import { addDays, localDateOf, type ComplianceOverview } from '@stagebureau/domain';
import { anOffer, aSession } from '../../../test/activityBuilders';
import { aBookingSchool, bookingRequest } from '../../../test/bookingScenario';
import { aClass, aLoggedInUser } from '../../../test/builders';
import { startTestApp, type TestContext } from '../../../test/harness';
import { anOfferBody } from '../../../test/offerBodies';
import { placeTerms, pupilOf } from '../../../test/placementWorld';
import { tableSnapshot } from '../../../test/security/snapshot';
import { aDiskBackend } from '../storage/storage.testWorld';
import { aComplianceWorld, type ComplianceWorld } from './compliance.testWorld';

/**
 * Invariant 9 (issue 18): an offer or place is not published, and a booking or placement not
 * confirmed, while the company lacks a document its type requires — refused with the
 * documents named and nothing written.
 */
let ctx: TestContext;
beforeAll(async () => {
  // No outbox worker: the snapshots around a refusal see only what the request wrote.
  ctx = await startTestApp({
    STORAGE_DIR: (await aDiskBackend()).dir,
    NOTIFICATION_INTERVAL_MS: '0',
  });
});

const missingKinds = (body: { documents?: { key: string }[] }) =>
  (body.documents ?? []).map((document) => document.key);

/** A paper that was approved but whose last valid day was yesterday (the sweep has not run). */
async function expireYesterday(world: ComplianceWorld, kind: string) {
  const paper = await world.anApprovedPaper(kind);
  await ctx.db
    .update(complianceDocuments)
    .set({ validUntil: addDays(localDateOf(new Date()), -1) })
    .where(eq(complianceDocuments.id, paper.id));
}

describe('publishing an offer', () => {
  it('when a visit is published without the papers, then 409 naming both, and nothing is written', async () => {
    const world = await aComplianceWorld(ctx);
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/offers',
      headers: world.users.company.headers,
      payload: anOfferBody({ type: 'company_visit' }),
    });
    expect(created.statusCode, created.body).toBe(201);
    const offerId = created.json<{ id: string }>().id;
    const publish = () =>
      ctx.app.inject({
        method: 'POST',
        url: `/api/v1/offers/${offerId}/publish`,
        headers: world.users.company.headers,
      });
    const before = await tableSnapshot(ctx.db);
    const refused = await publish();
    expect(refused.statusCode).toBe(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({
      code: 'compliance_documents_missing',
      title: 'Het bedrijf mist een verplicht document',
      detail:
        'Het bedrijf heeft nog geen goedgekeurd, geldig document voor: Aansprakelijkheidsverzekering, Veiligheidsinstructie.',
    });
    expect(missingKinds(refused.json())).toEqual(['liability_insurance', 'safety_instructions']);
    expect(await tableSnapshot(ctx.db)).toEqual(before);

    await world.anApprovedPaper('liability_insurance');
    const half = await publish();
    expect(missingKinds(half.json())).toEqual(['safety_instructions']);
    await world.anApprovedPaper('safety_instructions');
    const published = await publish();
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().status).toBe('published');
  });

  it('when the only insurance ran out yesterday, then publishing is refused naming it', async () => {
    const world = await aComplianceWorld(ctx);
    await expireYesterday(world, 'liability_insurance');
    await world.anApprovedPaper('safety_instructions');
    const offer = await anOffer(ctx.db, world.regionId, world.company.id, { status: 'draft' });
    const response = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/offers/${offer.id}/publish`,
      headers: world.users.company.headers,
    });
    expect(response.statusCode).toBe(409);
    expect(missingKinds(response.json())).toEqual(['liability_insurance']);
  });

  it('when the type needs nothing (a guest lesson, or a region without requirements), then it publishes', async () => {
    const world = await aComplianceWorld(ctx);
    const offer = await anOffer(ctx.db, world.regionId, world.company.id, {
      status: 'draft',
      type: 'guest_lesson',
      locationKind: 'at_school',
    });
    const response = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/offers/${offer.id}/publish`,
      headers: world.users.company.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
  });
});

describe('confirming a booking', () => {
  async function aVisit(world: ComplianceWorld, values: Parameters<typeof anOffer>[3] = {}) {
    const offer = await anOffer(ctx.db, world.regionId, world.company.id, values);
    const session = await aSession(ctx.db, world.regionId, offer.id);
    const school = await aBookingSchool(ctx.app, ctx.db, world.regionId, [20]);
    const book = () =>
      ctx.app.inject(
        bookingRequest(school.coordinator.headers, {
          sessionId: session.id,
          classId: school.classes[0]!.id,
          teachers: ['Mevr. Jansen'],
        }),
      );
    return { offer, session, school, book };
  }

  it('when a school books a visit whose company’s insurance expired, then 409 naming it and no booking', async () => {
    const world = await aComplianceWorld(ctx);
    await world.anApprovedPaper('safety_instructions');
    await expireYesterday(world, 'liability_insurance');
    const visit = await aVisit(world);
    const before = await tableSnapshot(ctx.db);
    const response = await visit.book();
    expect(response.statusCode, response.body).toBe(409);
    expect(response.json().code).toBe('compliance_documents_missing');
    expect(missingKinds(response.json())).toEqual(['liability_insurance']);
    expect(await tableSnapshot(ctx.db)).toEqual(before);

    await world.anApprovedPaper('liability_insurance');
    expect((await visit.book()).statusCode).toBe(201);
  });

  it('when a booking awaits the company, then it may be requested but not approved until the papers are there', async () => {
    const world = await aComplianceWorld(ctx);
    const visit = await aVisit(world, { requiresApproval: true });
    const requested = await visit.book();
    expect(requested.statusCode, requested.body).toBe(202);
    const id = requested.json<{ id: string }>().id;
    const approve = () =>
      ctx.app.inject({
        method: 'POST',
        url: `/api/v1/bookings/${id}/approve`,
        headers: world.users.company.headers,
        payload: {},
      });
    const before = await tableSnapshot(ctx.db);
    const refused = await approve();
    expect(refused.statusCode, refused.body).toBe(409);
    expect(missingKinds(refused.json())).toEqual(['liability_insurance', 'safety_instructions']);
    expect(await tableSnapshot(ctx.db)).toEqual(before);
    await world.papersFor(['liability_insurance', 'safety_instructions']);
    const approved = await approve();
    expect(approved.statusCode, approved.body).toBe(200);
    const [row] = await ctx.db.select().from(bookings).where(eq(bookings.id, id));
    expect(row!.status).toBe('confirmed');
  });

  it('when the offer needs nothing, then a school books as before', async () => {
    const world = await aComplianceWorld(ctx);
    const lesson = await aVisit(world, { type: 'guest_lesson', locationKind: 'at_school' });
    expect((await lesson.book()).statusCode).toBe(201);
  });
});

describe('internship places and placements', () => {
  it('when a place is published without the papers, then 409 naming all three and no place', async () => {
    const world = await aComplianceWorld(ctx);
    const before = await tableSnapshot(ctx.db);
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/places',
      headers: world.users.company.headers,
      payload: placeTerms,
    });
    expect(response.statusCode, response.body).toBe(409);
    expect(missingKinds(response.json())).toEqual([
      'liability_insurance',
      'vog',
      'risk_assessment',
    ]);
    expect(await tableSnapshot(ctx.db)).toEqual(before);
  });

  it('when the VOG expired after the pupil was proposed, then the company cannot accept until it is renewed', async () => {
    const world = await aComplianceWorld(ctx);
    await world.papersFor(['liability_insurance', 'risk_assessment']);
    const vog = await world.anApprovedPaper('vog');
    const place = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/places',
      headers: world.users.company.headers,
      payload: placeTerms,
    });
    expect(place.statusCode, place.body).toBe(201);
    const schoolClass = await aClass(ctx.db, world.regionId, world.school.id, {
      educationLevel: 'vmbo-kb',
      schoolYear: 3,
      vmboProfile: 'PIE',
    });
    const pupil = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/pupils',
      headers: world.users.school.headers,
      payload: pupilOf(schoolClass.id),
    });
    const proposed = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/placements',
      headers: world.users.school.headers,
      payload: { placeId: place.json().id, participantId: pupil.json().id },
    });
    expect(proposed.statusCode, proposed.body).toBe(201);
    await ctx.db
      .update(complianceDocuments)
      .set({ validUntil: addDays(localDateOf(new Date()), -1) })
      .where(eq(complianceDocuments.id, vog.id));
    const accept = () =>
      ctx.app.inject({
        method: 'POST',
        url: `/api/v1/placements/${proposed.json().id}/accept`,
        headers: world.users.company.headers,
      });
    const before = await tableSnapshot(ctx.db);
    const refused = await accept();
    expect(refused.statusCode, refused.body).toBe(409);
    expect(missingKinds(refused.json())).toEqual(['vog']);
    expect(await tableSnapshot(ctx.db)).toEqual(before);
    await world.anApprovedPaper('vog');
    expect((await accept()).statusCode).toBe(200);
    const [row] = await ctx.db
      .select()
      .from(placements)
      .where(eq(placements.id, proposed.json().id));
    expect(row!.status).toBe('accepted');
  });
});

describe("what a school sees of an offer's company", () => {
  it('when a school opens a visit, then it reads per required paper whether it is valid, expiring or missing', async () => {
    const world = await aComplianceWorld(ctx);
    const offer = await anOffer(ctx.db, world.regionId, world.company.id);
    await world.anApprovedPaper('liability_insurance', {
      validFrom: addDays(localDateOf(new Date()), -100),
      validUntil: addDays(localDateOf(new Date()), 10),
    });
    const response = await ctx.app.inject({
      url: `/api/v1/offers/${offer.id}/compliance`,
      headers: world.users.teacher.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    const overview = response.json<ComplianceOverview>();
    expect(overview).toMatchObject({ offerType: 'company_visit', complete: false });
    expect(overview.items.map((item) => [item.kind, item.state])).toEqual([
      ['liability_insurance', 'expiring'],
      ['safety_instructions', 'missing'],
    ]);
    expect(JSON.stringify(overview)).not.toContain('fileName');
  });
});

describe("the region's requirement settings", () => {
  it('when a requirement names a kind the region does not know, then 422; a region kind may be required', async () => {
    const world = await aComplianceWorld(ctx);
    const admin = await aLoggedInUser(ctx.app, ctx.db, world.regionId, 'bureau_admin');
    const patch = (payload: object) =>
      ctx.app.inject({
        method: 'PATCH',
        url: '/api/v1/region/settings',
        headers: admin.headers,
        payload,
      });
    const unknown = await patch({ complianceRequirements: { workshop: ['bhv'] } });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors).toEqual([
      { path: 'body.complianceRequirements.workshop', message: 'unknown document kind: bhv' },
    ]);
    const known = await patch({
      complianceDocumentTypes: [{ key: 'bhv', label: 'BHV-certificaat' }],
      complianceRequirements: { workshop: ['bhv'] },
    });
    expect(known.statusCode, known.body).toBe(200);
  });
});
