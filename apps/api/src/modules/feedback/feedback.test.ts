import { beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestContext } from '../../../test/harness';
import { aBooking, aSession } from '../../../test/activityBuilders';
import { aReportYear } from '../../../test/reportScenario';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof aReportYear>>;
beforeAll(async () => {
  ctx = await startTestApp();
  world = await aReportYear(ctx.app, ctx.db);
});

const give = (bookingId: string, headers: Record<string, string>, payload: unknown) =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/v1/bookings/${bookingId}/feedback`,
    headers,
    payload: payload as Record<string, unknown>,
  });

describe('feedback after an activity', () => {
  it('when the rating is outside 1–5 or a field is unknown, then 422', async () => {
    const id = world.bookings.s1c1.id;
    const headers = world.users.s1User.headers;
    expect((await give(id, headers, { rating: 0 })).statusCode).toBe(422);
    expect((await give(id, headers, { rating: 6 })).statusCode).toBe(422);
    expect((await give(id, headers, { rating: 3.5 })).statusCode).toBe(422);
    expect((await give(id, headers, { rating: 4, stars: 4 })).statusCode).toBe(422);
  });

  it('when the session has not ended yet, then 409; a no-show booking takes none either', async () => {
    const future = await aSession(ctx.db, world.region.id, world.sessions.s1.offerId);
    const booking = await aBooking(ctx.db, future, world.schools.s1, world.classes.c2);
    const early = await give(booking.id, world.users.s1User.headers, { rating: 4 });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('feedback_not_open');
    const noShow = await give(world.bookings.s4c1.id, world.users.companyAUser.headers, {
      rating: 1,
    });
    expect(noShow.statusCode).toBe(409);
  });

  it("when a school rates another school's booking, or a company a booking on another's offer, then it does not exist", async () => {
    expect(
      (await give(world.bookings.s1c3.id, world.users.s1User.headers, { rating: 5 })).statusCode,
    ).toBe(404);
    expect(
      (await give(world.bookings.s5c2.id, world.users.companyAUser.headers, { rating: 5 }))
        .statusCode,
    ).toBe(404);
    expect(
      (await give(world.bookings.s1c1.id, world.users.bureau.headers, { rating: 5 })).statusCode,
    ).toBe(403);
  });

  it('when each party rates a completed booking and edits it, then there is one per party and both see them', async () => {
    const id = world.bookings.s1c1.id;
    const first = await give(id, world.users.s1User.headers, {
      rating: 4,
      comment: 'Leerzaam; leuk',
    });
    expect(first.statusCode).toBe(201);
    const edited = await give(id, world.users.s1User.headers, { rating: 5, comment: 'Top' });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({
      id: first.json().id,
      party: 'school',
      rating: 5,
      comment: 'Top',
    });
    const company = await give(id, world.users.companyAUser.headers, { rating: 3 });
    expect(company.statusCode).toBe(201);
    expect(company.json()).toMatchObject({
      party: 'company',
      organisationId: world.companies.a.id,
    });

    const asSchool = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/feedback?bookingId=${id}`,
      headers: world.users.s1User.headers,
    });
    expect(
      asSchool
        .json()
        .items.map((f: { party: string; rating: number }) => [f.party, f.rating])
        .sort(),
    ).toEqual([
      ['company', 3],
      ['school', 5],
    ]);
    const otherSchool = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/feedback?bookingId=${id}`,
      headers: world.users.s2User.headers,
    });
    expect(otherSchool.json()).toEqual({ items: [], total: 0 });
    const otherCompany = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/feedback',
      headers: world.users.companyBUser.headers,
    });
    expect(otherCompany.json().items).toEqual([]);
  });
});
