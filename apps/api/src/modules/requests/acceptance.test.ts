import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  bookings,
  notificationEvents,
  partProposals,
  requestParts,
  sessions,
} from '@stagebureau/db';
import { aBooking, anOffer, aSession } from '../../../test/activityBuilders';
import { aClass } from '../../../test/builders';
import { aDemandWorld, contact, requestTerms, wednesday } from '../../../test/demandWorld';
import { fetchCalendar, subscribe } from '../../../test/feedBuilders';
import { startTestApp, type TestContext } from '../../../test/harness';
import { runBookingSweep } from '../bookings/sweep';

/**
 * Accepting a company's proposed moment books the class through the one booking path
 * (decision 006); withdrawing a sign-up undoes what it held.
 */
let ctx: TestContext;
let world: Awaited<ReturnType<typeof aDemandWorld>>;
beforeAll(async () => {
  ctx = await startTestApp();
  world = await aDemandWorld(ctx);
});
const call: typeof world.call = (...args) => world.call(...args);
const aRequest: typeof world.aRequest = (...args) => world.aRequest(...args);
const publish: typeof world.publish = (request) => world.publish(request);
const terms = requestTerms;

describe('accepting a proposal', () => {
  it('when the school accepts, then a confirmed booking on the one path appears in both feeds, the company’s year plan and, once held, in the co-financing report with the company’s hours', async () => {
    const request = await aRequest(2);
    await publish(request);
    const signUp = (
      await call('POST', `/requests/${request.id}/sign-ups`, 'company', {
        ...contact,
        parts: [{ partId: request.parts[0].id, ...wednesday('2030-03-13') }],
      })
    ).json();
    const accepted = await call(
      'POST',
      `/part-proposals/${signUp.proposals[0].id}/accept`,
      'school',
    );
    expect(accepted.statusCode, accepted.body).toBe(200);
    const proposal = accepted.json().proposals[0];
    expect(proposal.status).toBe('accepted');
    const [booking] = await ctx.db
      .select()
      .from(bookings)
      .where(eq(bookings.id, proposal.bookingId));
    expect(booking).toMatchObject({ status: 'confirmed', schoolId: world.school.id });
    const view = (await call('GET', `/requests/${request.id}`, 'school')).json();
    expect(view.fill).toMatchObject({ asked: 2, accepted: 1, open: 1, rate: 0.5 });

    // The arranged offer is the asking school's to read, not another school's, and its
    // session takes no other class.
    const offerId = accepted.json().offerId;
    expect((await call('GET', `/offers/${offerId}`, 'school')).statusCode).toBe(200);
    expect((await call('GET', `/offers/${offerId}`, 'otherSchool')).statusCode).toBe(404);
    const another = await aClass(ctx.db, world.regionId, world.school.id, { size: 20 });
    const intruder = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/bookings',
      headers: { ...world.headers.school, 'idempotency-key': crypto.randomUUID() },
      payload: { sessionId: proposal.sessionId, classId: another.id },
    });
    expect(intruder.statusCode).toBe(409);
    expect(intruder.json().code).toBe('wrong_booking_mode');

    for (const [who, scope, id] of [
      ['school', 'school', world.school.id],
      ['company', 'company', world.company.id],
    ] as const) {
      const feed = await subscribe(ctx.app, world.headers[who]!, scope, id);
      const calendar = await fetchCalendar(ctx.app, feed.path);
      expect(calendar.body).toContain('Gastles warmtepompen');
    }

    const plan = await call(
      'GET',
      `/year-plans/companies/${world.company.id}?schoolYear=2029-2030`,
      'company',
    );
    expect(plan.statusCode, plan.body).toBe(200);
    const march = plan.json().months.find((m: { month: string }) => m.month === '2030-03');
    expect(march.items).toContainEqual(
      expect.objectContaining({ sessionId: proposal.sessionId, title: terms.title, hours: 2 }),
    );

    await runBookingSweep(ctx.db, new Date('2030-03-14T12:00:00Z'));
    const report = await call(
      'GET',
      `/reports/co-financing?companyId=${world.company.id}`,
      'bureau',
    );
    expect(report.statusCode, report.body).toBe(200);
    const row = report
      .json()
      .rows.find((r: { sessionId: string }) => r.sessionId === proposal.sessionId);
    expect(row).toMatchObject({ inKindHours: 2, amountCents: 12000, offerTitle: terms.title });
  });

  it('when the class is busy at the proposed moment, then 409 class_busy and nothing is written', async () => {
    const request = await aRequest(1);
    await publish(request);
    const signUp = (
      await call('POST', `/requests/${request.id}/sign-ups`, 'company', {
        ...contact,
        parts: [{ partId: request.parts[0].id, ...wednesday('2030-03-20') }],
      })
    ).json();
    const [part] = await ctx.db
      .select()
      .from(requestParts)
      .where(eq(requestParts.id, request.parts[0].id));
    const other = await anOffer(ctx.db, world.regionId, world.company.id);
    const busy = await aSession(ctx.db, world.regionId, other.id, {
      startsAt: new Date('2030-03-20T12:30:00Z'),
      endsAt: new Date('2030-03-20T14:30:00Z'),
    });
    await aBooking(ctx.db, busy, world.school, { id: part!.classId, size: 20 });
    const sessionsBefore = (await ctx.db.select({ n: count() }).from(sessions))[0]!.n;
    const response = await call(
      'POST',
      `/part-proposals/${signUp.proposals[0].id}/accept`,
      'school',
    );
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('class_busy');
    expect((await ctx.db.select({ n: count() }).from(sessions))[0]!.n).toBe(sessionsBefore);
    const [after] = await ctx.db
      .select()
      .from(partProposals)
      .where(eq(partProposals.id, signUp.proposals[0].id));
    expect(after!.status).toBe('proposed');
  });

  it('when the company withdraws, then its parts are open again, the accepted session is cancelled and the school is told', async () => {
    const request = await aRequest(2);
    await publish(request);
    const signUp = (
      await call('POST', `/requests/${request.id}/sign-ups`, 'company', {
        ...contact,
        parts: request.parts.map((part: { id: string }, i: number) => ({
          partId: part.id,
          ...wednesday(i === 0 ? '2030-03-06' : '2030-03-13'),
        })),
      })
    ).json();
    await call('POST', `/part-proposals/${signUp.proposals[0].id}/accept`, 'school');
    const withdrawn = await call('POST', `/sign-ups/${signUp.id}/withdraw`, 'company', {
      reason: 'Monteur ziek',
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json().proposals.map((p: { status: string }) => p.status)).toEqual([
      'withdrawn',
      'withdrawn',
    ]);
    const view = (await call('GET', `/requests/${request.id}`, 'school')).json();
    expect(view.fill).toMatchObject({ open: 2, accepted: 0 });
    const [session] = await ctx.db
      .select()
      .from(sessions)
      .where(eq(sessions.id, withdrawn.json().proposals[0].sessionId));
    expect(session!.status).toBe('cancelled');
    const events = await ctx.db
      .select()
      .from(notificationEvents)
      .where(eq(notificationEvents.regionId, world.regionId));
    expect(
      events.some(
        (e) =>
          (e.event as { kind: string; signUpId?: string }).kind === 'sign_up.withdrawn' &&
          (e.event as { signUpId: string }).signUpId === signUp.id,
      ),
    ).toBe(true);
  });
});
