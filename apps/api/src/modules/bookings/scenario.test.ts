import { beforeAll, describe, expect, it } from 'vitest';
import { aClass, aCompany, aLoggedInUser, aRegion, aSchool } from '../../../test/builders';
import { expectSeatsConsistent } from '../../../test/bookingScenario';
import { startTestApp, type TestContext } from '../../../test/harness';
import { anOfferBody } from '../../../test/offerBodies';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});

const call = async (
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  headers: Record<string, string>,
  payload?: object,
) => {
  const response = await ctx.app.inject({ method, url: `/api/v1${url}`, headers, payload });
  return { status: response.statusCode, body: response.json() };
};

describe('the issue, through the API alone', () => {
  it('when a company publishes a weekly series and two schools book, then one is waitlisted and promoted when the other cancels', async () => {
    const region = await aRegion(ctx.db);
    const company = await aCompany(ctx.db, region.id);
    const companyUser = await aLoggedInUser(
      ctx.app,
      ctx.db,
      region.id,
      'company_admin',
      company.id,
    );
    const schools = await Promise.all(
      [24, 18].map(async (size) => {
        const school = await aSchool(ctx.db, region.id);
        const klas = await aClass(ctx.db, region.id, school.id, { size, vmboProfile: 'PIE' });
        const coordinator = await aLoggedInUser(
          ctx.app,
          ctx.db,
          region.id,
          'school_coordinator',
          school.id,
        );
        return { school, klas, headers: coordinator.headers };
      }),
    );
    const [amsterdamCollege, drentheCollege] = schools as [
      (typeof schools)[0],
      (typeof schools)[0],
    ];

    const offer = await call(
      'POST',
      '/offers',
      companyUser.headers,
      anOfferBody({ title: 'Techniekochtend' }),
    );
    expect(offer.status).toBe(201);
    expect(
      (await call('POST', `/offers/${offer.body.id}/publish`, companyUser.headers)).status,
    ).toBe(200);
    const year = new Date().getUTCFullYear() + 1;
    const series = await call(
      'POST',
      `/offers/${offer.body.id}/sessions/series`,
      companyUser.headers,
      {
        startDate: `${year}-03-01`,
        endDate: `${year}-03-31`,
        weekdays: [3],
        startTime: '09:00',
        endTime: '12:00',
        capacity: 30,
      },
    );
    expect(series.status).toBe(201);
    const firstSession = series.body.sessions[0].id as string;
    expect(series.body.sessions.length).toBeGreaterThanOrEqual(4);

    const bookFor = (school: (typeof schools)[0], key: string) =>
      call(
        'POST',
        '/bookings',
        { ...school.headers, 'idempotency-key': key },
        {
          sessionId: firstSession,
          classId: school.klas.id,
          teachers: ['Dhr. Bakker'],
        },
      );
    const first = await bookFor(amsterdamCollege, 'scenario-booking-a');
    expect(first).toMatchObject({ status: 201, body: { status: 'confirmed', seats: 24 } });
    const second = await bookFor(drentheCollege, 'scenario-booking-b');
    expect(second).toMatchObject({
      status: 202,
      body: { status: 'waitlisted', waitlistPosition: 1 },
    });

    const seen = await call('GET', `/bookings?sessionId=${firstSession}`, companyUser.headers);
    expect(seen.body.items.map((b: { school: { name: string } }) => b.school.name).sort()).toEqual(
      [amsterdamCollege.school.name, drentheCollege.school.name].sort(),
    );

    const cancelled = await call(
      'POST',
      `/bookings/${first.body.id}/cancel`,
      amsterdamCollege.headers,
      {
        reason: 'Toetsweek verschoven',
      },
    );
    expect(cancelled).toMatchObject({ status: 200, body: { status: 'cancelled' } });
    const promoted = await call('GET', `/bookings/${second.body.id}`, drentheCollege.headers);
    expect(promoted.body).toMatchObject({
      status: 'confirmed',
      waitlistPosition: null,
      sequence: 1,
    });
    const session = await call('GET', `/sessions/${firstSession}`, companyUser.headers);
    expect(session.status).toBe(200);
    await expectSeatsConsistent(ctx.db, region.id);
  });

  it('when the company raises capacity or cancels a session, then the bookings module applies it in the same transaction', async () => {
    const region = await aRegion(ctx.db);
    const company = await aCompany(ctx.db, region.id);
    const companyUser = await aLoggedInUser(
      ctx.app,
      ctx.db,
      region.id,
      'company_admin',
      company.id,
    );
    const offer = await call(
      'POST',
      '/offers',
      companyUser.headers,
      anOfferBody({ levels: [], schoolYears: [], vmboProfiles: [] }),
    );
    await call('POST', `/offers/${offer.body.id}/publish`, companyUser.headers);
    const year = new Date().getUTCFullYear() + 1;
    const created = await call('POST', `/offers/${offer.body.id}/sessions`, companyUser.headers, {
      startsAt: `${year}-04-07T08:00:00.000Z`,
      endsAt: `${year}-04-07T10:00:00.000Z`,
      capacity: 20,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const sessionId = (created.body.id ?? created.body.session?.id) as string;
    const answers = [];
    for (const size of [20, 10]) {
      const school = await aSchool(ctx.db, region.id);
      const klas = await aClass(ctx.db, region.id, school.id, { size });
      const coordinator = await aLoggedInUser(
        ctx.app,
        ctx.db,
        region.id,
        'school_coordinator',
        school.id,
      );
      answers.push(
        await call(
          'POST',
          '/bookings',
          { ...coordinator.headers, 'idempotency-key': `cap-${size}-${school.id}` },
          { sessionId, classId: klas.id },
        ),
      );
    }
    expect(answers.map((a) => a.body.status)).toEqual(['confirmed', 'waitlisted']);
    const raised = await call('PATCH', `/sessions/${sessionId}`, companyUser.headers, {
      capacity: 30,
    });
    expect(raised.status, JSON.stringify(raised.body)).toBe(200);
    const bureau = await aLoggedInUser(ctx.app, ctx.db, region.id, 'bureau_staff');
    const afterRaise = await call('GET', `/bookings?sessionId=${sessionId}`, bureau.headers);
    expect(afterRaise.body.items.map((b: { status: string }) => b.status)).toEqual([
      'confirmed',
      'confirmed',
    ]);

    const cancel = await call('POST', `/sessions/${sessionId}/cancel`, companyUser.headers, {
      reason: 'Machine defect',
    });
    expect(cancel.status, JSON.stringify(cancel.body)).toBe(200);
    const afterCancel = await call('GET', `/bookings?sessionId=${sessionId}`, bureau.headers);
    expect(
      afterCancel.body.items.map((b: { status: string; statusReason: string }) => [
        b.status,
        b.statusReason,
      ]),
    ).toEqual([
      ['cancelled', 'Machine defect'],
      ['cancelled', 'Machine defect'],
    ]);
    await expectSeatsConsistent(ctx.db, region.id);
  });
});
