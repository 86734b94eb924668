import { beforeAll, describe, expect, it } from 'vitest';
import { aBooking, anOffer, aSession } from '../../../../test/activityBuilders';
import { aLoggedInUser } from '../../../../test/builders';
import { startTestApp, type TestContext } from '../../../../test/harness';
import { aDemandScenario, aRequest, aSignUp } from '../../../../test/requestBuilders';

/** The follow-up's reads: fill rates, demand by week, week suggestions (no mail involved). */
let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});

describe('fill rates, demand by week and week suggestions', () => {
  async function withAcceptedPart() {
    const s = await aDemandScenario(ctx.db);
    const offer = await anOffer(ctx.db, s.region.id, s.fitting.id, { status: 'arranged' });
    const session = await aSession(ctx.db, s.region.id, offer.id, {
      startsAt: new Date('2028-02-16T12:00:00Z'),
      schoolId: s.schoolB.id,
    });
    const booking = await aBooking(ctx.db, session, s.schoolB, s.classes.b1);
    await aSignUp(ctx.db, s.request, s.fitting.id, [
      {
        partId: s.partOf(s.classes.b1.id).id,
        startsAt: session.startsAt,
        status: 'accepted',
        sessionId: session.id,
        bookingId: booking.id,
      },
    ]);
    // A second request, of school A only, with nothing taken yet.
    const own = await aRequest(ctx.db, s.card, [s.classes.a1], {
      title: 'Bezoek',
      type: 'company_visit',
    });
    return { ...s, own: own.request };
  }

  it('when the bureau asks, then every request, the card and each school has its fill', async () => {
    const s = await withAcceptedPart();
    const bureau = await aLoggedInUser(ctx.app, ctx.db, s.region.id, 'bureau_admin');
    const response = await ctx.app.inject({
      url: '/api/v1/requests/fill?schoolYear=2027-2028',
      headers: bureau.headers,
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    const byRequest = Object.fromEntries(
      body.requests.map((r: { requestId: string; fill: unknown }) => [r.requestId, r.fill]),
    );
    expect(byRequest[s.request.id]).toEqual({
      asked: 3,
      proposed: 1,
      accepted: 1,
      open: 1,
      rate: 0.33,
    });
    expect(byRequest[s.own.id]).toEqual({ asked: 1, proposed: 0, accepted: 0, open: 1, rate: 0 });
    expect(body.menuCards).toEqual([
      {
        menuCardId: s.card.id,
        title: s.card.title,
        fill: { asked: 4, proposed: 1, accepted: 1, open: 2, rate: 0.25 },
      },
    ]);
    expect(body.schools).toEqual([
      {
        schoolId: s.schoolB.id,
        schoolName: 'Dollard College',
        fill: { asked: 1, proposed: 0, accepted: 1, open: 0, rate: 1 },
      },
      {
        schoolId: s.schoolA.id,
        schoolName: 'Noorderpoort',
        fill: { asked: 3, proposed: 1, accepted: 0, open: 2, rate: 0 },
      },
    ]);
  });

  it('when a school asks, then it sees only its own parts and row; a company is refused', async () => {
    const s = await withAcceptedPart();
    const school = await aLoggedInUser(
      ctx.app,
      ctx.db,
      s.region.id,
      'school_coordinator',
      s.schoolA.id,
    );
    const response = await ctx.app.inject({
      url: '/api/v1/requests/fill?schoolYear=2027-2028',
      headers: school.headers,
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.schools.map((row: { schoolId: string }) => row.schoolId)).toEqual([s.schoolA.id]);
    expect(
      body.requests.find((r: { requestId: string }) => r.requestId === s.request.id).fill,
    ).toEqual({ asked: 2, proposed: 1, accepted: 0, open: 1, rate: 0 });

    const company = await aLoggedInUser(
      ctx.app,
      ctx.db,
      s.region.id,
      'company_admin',
      s.fitting.id,
    );
    const refused = await ctx.app.inject({
      url: '/api/v1/requests/fill?schoolYear=2027-2028',
      headers: company.headers,
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('forbidden');
    const invalid = await ctx.app.inject({
      url: '/api/v1/requests/fill?schoolYear=2027-2029',
      headers: school.headers,
    });
    expect(invalid.statusCode).toBe(422);
  });

  it('when the bureau reads demand by week, then asked parts spread over their weeks and free catalogue seats count as classes', async () => {
    const s = await withAcceptedPart();
    const offer = await anOffer(ctx.db, s.region.id, s.quiet.id, { type: 'guest_lesson' });
    await aSession(ctx.db, s.region.id, offer.id, {
      startsAt: new Date('2028-02-08T09:00:00Z'),
      capacity: 50,
    });
    const bureau = await aLoggedInUser(ctx.app, ctx.db, s.region.id, 'bureau_staff');
    const response = await ctx.app.inject({
      url: '/api/v1/requests/demand-by-week?schoolYear=2027-2028',
      headers: bureau.headers,
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.seatsPerClass).toBe(25);
    const guestLessons = body.items.filter(
      (item: { type: string }) => item.type === 'guest_lesson',
    );
    // 3 parts over the 5 Wednesday weeks 6–10; the arranged session is no catalogue supply.
    expect(guestLessons[0]).toEqual({
      week: '2028-W06',
      from: '2028-02-07',
      type: 'guest_lesson',
      asked: 0.6,
      offered: 2,
    });
    expect(guestLessons.map((item: { week: string }) => item.week)).toEqual([
      '2028-W06',
      '2028-W07',
      '2028-W08',
      '2028-W09',
      '2028-W10',
    ]);

    const school = await aLoggedInUser(
      ctx.app,
      ctx.db,
      s.region.id,
      'school_coordinator',
      s.schoolA.id,
    );
    const refused = await ctx.app.inject({
      url: '/api/v1/requests/demand-by-week?schoolYear=2027-2028',
      headers: school.headers,
    });
    expect(refused.statusCode).toBe(403);
  });

  it('when a school asks for weeks without supply, then it hears the period is overbooked and which weeks have room', async () => {
    const s = await withAcceptedPart();
    const offer = await anOffer(ctx.db, s.region.id, s.quiet.id, { type: 'guest_lesson' });
    await aSession(ctx.db, s.region.id, offer.id, {
      startsAt: new Date('2028-03-21T09:00:00Z'),
      capacity: 75,
    });
    const school = await aLoggedInUser(
      ctx.app,
      ctx.db,
      s.region.id,
      'school_coordinator',
      s.schoolA.id,
    );
    const response = await ctx.app.inject({
      url: '/api/v1/requests/week-suggestions?type=guest_lesson&periodFrom=2028-02-07&periodUntil=2028-02-18&sectorTags=techniek,zorg',
      headers: school.headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      overbooked: true,
      weeks: [{ week: '2028-W12', from: '2028-03-20', room: 3 }],
    });
    const company = await aLoggedInUser(
      ctx.app,
      ctx.db,
      s.region.id,
      'company_member',
      s.fitting.id,
    );
    const refused = await ctx.app.inject({
      url: '/api/v1/requests/week-suggestions?type=guest_lesson&periodFrom=2028-02-07&periodUntil=2028-02-18',
      headers: company.headers,
    });
    expect(refused.statusCode).toBe(403);
  });
});

describe('the follow-up in the OpenAPI document', () => {
  it('when the document is served, then the three reads are in it with their query parameters', async () => {
    const response = await ctx.app.inject({ url: '/openapi.json' });
    expect(response.statusCode).toBe(200);
    const paths = response.json().paths as Record<
      string,
      { get: { description: string; parameters: { name: string }[] } }
    >;
    expect(paths['/api/v1/requests/fill']!.get.description).toContain('Fill rates');
    expect(paths['/api/v1/requests/demand-by-week']!.get.parameters.map((p) => p.name)).toEqual([
      'schoolYear',
    ]);
    expect(
      paths['/api/v1/requests/week-suggestions']!.get.parameters.map((p) => p.name).sort(),
    ).toEqual(['parts', 'periodFrom', 'periodUntil', 'sectorTags', 'type']);
  });
});
