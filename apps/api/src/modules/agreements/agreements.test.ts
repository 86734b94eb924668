import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, regions, taxonomyTerms } from '@stagebureau/db';
import { defaultRegionSettings } from '@stagebureau/domain';
import { aBooking, anOffer, aSession } from '../../../test/activityBuilders';
import { aCompany, aLoggedInUser, aRegion } from '../../../test/builders';
import { startTestApp, type TestContext } from '../../../test/harness';
import { aPlacementWorld, type PlacementWorld } from '../../../test/placementWorld';
import { aMenuCard, aRequest, aSignUp } from '../../../test/requestBuilders';

/**
 * A company's year 2029-2030 (the placement world's places are in March 2030): one guest
 * lesson held (a completed booking) and one only booked, one assignment of 3 hours held, one
 * placement accepted; on the year's menu card one sign-up with an accepted proposal (the booked
 * guest lesson) and one still only proposed. Hourly rate € 60 (the default), subsidy € 1.500.
 */
let ctx: TestContext;
let world: PlacementWorld;
const year = '2029-2030';

beforeAll(async () => {
  ctx = await startTestApp();
  world = await aPlacementWorld(ctx);
  const { db, regionId } = { db: ctx.db, regionId: world.regionId };
  await db
    .update(regions)
    .set({ settings: { ...defaultRegionSettings, subsidyAmountEuro: 1500 } })
    .where(eq(regions.id, regionId));
  await db.insert(taxonomyTerms).values([
    { regionId, kind: 'sector', code: 'techniek', label: 'Techniek' },
    { regionId, kind: 'sector', code: 'zorg', label: 'Zorg' },
  ]);
  const held = async (
    type: 'guest_lesson' | 'assignment',
    hours: number,
    status: 'completed' | 'confirmed',
  ) => {
    const offer = await anOffer(db, regionId, world.company.id, {
      type,
      inKindHoursPerSession: hours,
    });
    const session = await aSession(db, regionId, offer.id, {
      startsAt: new Date('2029-10-01T08:00:00Z'),
    });
    const booking = await aBooking(db, session, world.school, world.schoolClass, { status });
    return { session, booking };
  };
  await held('guest_lesson', 2, 'completed');
  const booked = await held('guest_lesson', 2, 'confirmed');
  await held('assignment', 3, 'completed');
  const card = await aMenuCard(db, regionId, { schoolYear: year });
  const { request, parts } = await aRequest(db, card, [world.schoolClass, world.otherClass]);
  const startsAt = booked.session.startsAt;
  await aSignUp(db, request, world.company.id, [
    { partId: parts[0]!.id, startsAt, status: 'accepted', ...ids(booked) },
  ]);
  await aSignUp(db, request, world.company.id, [{ partId: parts[1]!.id, startsAt }]);
  const place = await world.aPlace();
  const pupil = await world.aPupil();
  await world.accepted(place.id, pupil.id);
});

function ids(held: { session: { id: string }; booking: { id: string } }) {
  return { sessionId: held.session.id, bookingId: held.booking.id };
}

const call = (method: 'GET' | 'PUT' | 'DELETE', url: string, headers: object, payload?: object) =>
  ctx.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: headers as Record<string, string>,
    payload,
  });
const agreementUrl = () => `/companies/${world.company.id}/agreements`;
const auditCount = async (entity: string, entityId?: string) =>
  (
    await ctx.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entity, entity),
          entityId ? eq(auditEvents.entityId, entityId) : undefined,
        ),
      )
  ).length;

const commitments = {
  items: [
    { measure: 'guest_lessons', quantity: 2 },
    { measure: 'internship_places', quantity: 1 },
    { measure: 'assignment_hours', quantity: 6 },
    { measure: 'request_sign_ups', quantity: 2 },
    { measure: 'in_kind_hours', quantity: 10 },
  ],
  notes: 'Afgesproken bij het jaargesprek',
};

describe('company agreements', () => {
  it('when the bureau sets an agreement, then its fulfilment counts the held sessions, the placement and the hours', async () => {
    const put = await call(
      'PUT',
      `${agreementUrl()}/${year}`,
      world.users.bureau.headers,
      commitments,
    );
    expect(put.statusCode, put.body).toBe(200);
    const agreement = put.json();
    expect(agreement.items).toEqual([
      { measure: 'guest_lessons', committed: 2, done: 1, share: 0.5, status: 'on_track' },
      { measure: 'internship_places', committed: 1, done: 1, share: 1, status: 'met' },
      { measure: 'assignment_hours', committed: 6, done: 3, share: 0.5, status: 'on_track' },
      // One sign-up has an accepted proposal; the other is still only proposed.
      { measure: 'request_sign_ups', committed: 2, done: 1, share: 0.5, status: 'on_track' },
      // 2 hours of the held guest lesson + 3 of the assignment; the booked one did not happen.
      { measure: 'in_kind_hours', committed: 10, done: 5, share: 0.5, status: 'on_track' },
    ]);
    expect(await auditCount('company_agreement', agreement.id)).toBe(1);

    const again = await call(
      'PUT',
      `${agreementUrl()}/${year}`,
      world.users.bureau.headers,
      commitments,
    );
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(agreement.id);
    expect(await auditCount('company_agreement', agreement.id)).toBe(1);
  });

  it('when the input is bad, then 422 and the agreement stays as it was', async () => {
    for (const body of [
      { items: [{ measure: 'guest_lessons', quantity: 0 }] },
      {
        items: [
          { measure: 'guest_lessons', quantity: 1 },
          { measure: 'guest_lessons', quantity: 2 },
        ],
      },
      { items: [{ measure: 'fun', quantity: 1 }] },
      { items: [] },
    ]) {
      const response = await call(
        'PUT',
        `${agreementUrl()}/${year}`,
        world.users.bureau.headers,
        body,
      );
      expect(response.statusCode, JSON.stringify(body)).toBe(422);
    }
    const bad = await call(
      'PUT',
      `${agreementUrl()}/2029-2031`,
      world.users.bureau.headers,
      commitments,
    );
    expect(bad.statusCode).toBe(422);
    const list = (await call('GET', agreementUrl(), world.users.bureau.headers)).json();
    expect(list.items).toHaveLength(1);
    expect(list.items[0].items.map((item: { committed: number }) => item.committed)).toEqual([
      2, 1, 6, 2, 10,
    ]);
  });

  it('when a company reads agreements, then it sees its own and another company’s does not exist', async () => {
    const own = await call('GET', agreementUrl(), world.users.company.headers);
    expect(own.statusCode).toBe(200);
    expect(own.json().items[0].schoolYear).toBe(year);
    const other = await call('GET', agreementUrl(), world.users.otherCompany.headers);
    expect(other.statusCode).toBe(404);
    // The policy's own-organisation scope: to a school, a company's agreements do not exist.
    expect((await call('GET', agreementUrl(), world.users.school.headers)).statusCode).toBe(404);
    const write = await call(
      'PUT',
      `${agreementUrl()}/${year}`,
      world.users.company.headers,
      commitments,
    );
    expect(write.statusCode).toBe(403);
    expect(
      (await call('GET', `/agreements?schoolYear=${year}`, world.users.company.headers)).statusCode,
    ).toBe(403);
  });

  it('when a company asks for its in-kind statement, then it gets its own and not another’s', async () => {
    const own = await call(
      'GET',
      `/companies/${world.company.id}/co-financing-statement?schoolYear=${year}`,
      world.users.company.headers,
    );
    expect(own.statusCode).toBe(200);
    expect(own.body).toContain('Installatiebedrijf Noord');
    const other = await call(
      'GET',
      `/companies/${world.otherCompany.id}/co-financing-statement`,
      world.users.company.headers,
    );
    expect(other.statusCode).toBe(404);
  });

  it('when another region’s bureau asks, then the company does not exist', async () => {
    const region = await aRegion(ctx.db);
    const bureau = await aLoggedInUser(ctx.app, ctx.db, region.id, 'bureau_admin');
    expect((await call('GET', agreementUrl(), bureau.headers)).statusCode).toBe(404);
    expect(
      (await call('PUT', `${agreementUrl()}/${year}`, bureau.headers, commitments)).statusCode,
    ).toBe(404);
    expect(
      (await call('GET', `/agreements?schoolYear=${year}`, bureau.headers)).json().items,
    ).toEqual([]);
  });

  it('when the bureau lists a year, then each company’s agreement comes with its fulfilment', async () => {
    const response = await call(
      'GET',
      `/agreements?schoolYear=${year}`,
      world.users.bureau.headers,
    );
    expect(response.statusCode).toBe(200);
    expect(response.json().items).toEqual([
      expect.objectContaining({ companyName: 'Installatiebedrijf Noord', status: 'on_track' }),
    ]);
  });

  it('when a past year ended with commitments not met, then they are shortfalls; a later year has none before May', async () => {
    const past = await aCompany(ctx.db, world.regionId, { name: 'Achterblijver BV' });
    const put = await call(
      'PUT',
      `/companies/${past.id}/agreements/2025-2026`,
      world.users.bureau.headers,
      {
        items: [{ measure: 'workshops', quantity: 3 }],
      },
    );
    expect(put.json().items[0]).toMatchObject({ done: 0, status: 'behind' });
    const shortfalls = (
      await call('GET', '/agreements/shortfalls?schoolYear=2025-2026', world.users.bureau.headers)
    ).json();
    expect(shortfalls.items).toEqual([
      expect.objectContaining({
        companyName: 'Achterblijver BV',
        measure: 'workshops',
        committed: 3,
        done: 0,
      }),
    ]);
    const future = (
      await call('GET', `/agreements/shortfalls?schoolYear=${year}`, world.users.bureau.headers)
    ).json();
    expect(future.items).toEqual([]);
  });

  it('when the bureau deletes an agreement, then it is gone and a second delete finds nothing', async () => {
    const url = `/companies/${(await aCompany(ctx.db, world.regionId)).id}/agreements/2028-2029`;
    await call('PUT', url, world.users.bureau.headers, {
      items: [{ measure: 'workshops', quantity: 1 }],
    });
    expect((await call('DELETE', url, world.users.bureau.headers)).statusCode).toBe(204);
    expect((await call('DELETE', url, world.users.bureau.headers)).statusCode).toBe(404);
  });
});
