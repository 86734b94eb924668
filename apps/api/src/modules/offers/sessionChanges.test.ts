import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { bookings, conflicts, sessions } from '@stagebureau/db';
import { aBooking, anOffer, aSession } from '../../../test/activityBuilders';
import { aClass, aCompany, aLoggedInUser, aRegion, aSchool } from '../../../test/builders';
import { startTestApp, type TestContext } from '../../../test/harness';

let ctx: TestContext;
let regionId: string;
let company: { id: string };
let school: { id: string };
let companyHeaders: Record<string, string>;
let bureauHeaders: Record<string, string>;

beforeAll(async () => {
  ctx = await startTestApp();
  regionId = (await aRegion(ctx.db)).id;
  company = await aCompany(ctx.db, regionId);
  school = await aSchool(ctx.db, regionId);
  companyHeaders = (await aLoggedInUser(ctx.app, ctx.db, regionId, 'company_member', company.id))
    .headers;
  bureauHeaders = (await aLoggedInUser(ctx.app, ctx.db, regionId, 'bureau_admin')).headers;
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
const stored = async (id: string) =>
  (await ctx.db.select().from(sessions).where(eq(sessions.id, id)))[0]!;
const aFixedOffer = () => anOffer(ctx.db, regionId, company.id);
const conflictsOf = (sessionId: string, type: string) =>
  ctx.db
    .select()
    .from(conflicts)
    .where(and(eq(conflicts.sessionId, sessionId), eq(conflicts.type, type)));

describe('changing capacity', () => {
  it('when a company reduces capacity below the booked seats, then 409 and nothing changes', async () => {
    const offer = await aFixedOffer();
    const session = await aSession(ctx.db, regionId, offer.id, { capacity: 30 });
    await aBooking(
      ctx.db,
      session,
      school,
      await aClass(ctx.db, regionId, school.id, { size: 25 }),
    );
    const response = await request('PATCH', `/sessions/${session.id}`, companyHeaders, {
      capacity: 20,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('capacity_below_booked');
    expect(await stored(session.id)).toMatchObject({ capacity: 30, sequence: 0 });
  });

  it('when the bureau reduces capacity below the booked seats, then it is overbooked and a conflict is raised', async () => {
    const offer = await aFixedOffer();
    const session = await aSession(ctx.db, regionId, offer.id, { capacity: 30 });
    await aBooking(
      ctx.db,
      session,
      school,
      await aClass(ctx.db, regionId, school.id, { size: 25 }),
    );
    const response = await request('PATCH', `/sessions/${session.id}`, bureauHeaders, {
      capacity: 20,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().session).toMatchObject({
      capacity: 20,
      bookedSeats: 25,
      freeSeats: 0,
      overbookedByBureau: true,
      sequence: 1,
    });
    const raised = await conflictsOf(session.id, 'capacity_reduced_below_booked');
    expect(raised).toHaveLength(1);
    expect(response.json().conflictId).toBe(raised[0]!.id);
  });

  it('when capacity is raised, then the waitlist is promoted in the same change', async () => {
    const offer = await aFixedOffer();
    const session = await aSession(ctx.db, regionId, offer.id, { capacity: 20 });
    await aBooking(
      ctx.db,
      session,
      school,
      await aClass(ctx.db, regionId, school.id, { size: 20 }),
    );
    const waiting = await aBooking(
      ctx.db,
      session,
      school,
      await aClass(ctx.db, regionId, school.id, { size: 10 }),
      { status: 'waitlisted' },
    );
    const response = await request('PATCH', `/sessions/${session.id}`, companyHeaders, {
      capacity: 30,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().promotedBookingIds).toEqual([waiting.id]);
    expect(await stored(session.id)).toMatchObject({ capacity: 30, bookedSeats: 30 });
  });

  it('when the editor saw an old sequence, then 409 conflict and the change is not applied', async () => {
    const offer = await aFixedOffer();
    const session = await aSession(ctx.db, regionId, offer.id, { capacity: 20 });
    await request('PATCH', `/sessions/${session.id}`, companyHeaders, {
      capacity: 22,
      expectedSequence: 0,
    });
    const stale = await request('PATCH', `/sessions/${session.id}`, companyHeaders, {
      capacity: 25,
      expectedSequence: 0,
    });
    expect(stale.statusCode).toBe(409);
    expect(await stored(session.id)).toMatchObject({ capacity: 22, sequence: 1 });
  });
});

describe('moving and cancelling', () => {
  it('when a session moves, then its bookings move along and the sequence goes up', async () => {
    const offer = await aFixedOffer();
    const session = await aSession(ctx.db, regionId, offer.id);
    const booking = await aBooking(
      ctx.db,
      session,
      school,
      await aClass(ctx.db, regionId, school.id),
    );
    const response = await request('PATCH', `/sessions/${session.id}`, companyHeaders, {
      startsAt: '2030-09-10T07:00:00Z',
      endsAt: '2030-09-10T09:00:00Z',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().session).toMatchObject({
      localDate: '2030-09-10',
      localStartTime: '09:00',
      sequence: 1,
    });
    const [moved] = await ctx.db.select().from(bookings).where(eq(bookings.id, booking.id));
    expect(moved!.startsAt.toISOString()).toBe('2030-09-10T07:00:00.000Z');
  });

  it('when a session moves onto a time at which a booked class is elsewhere, then the company gets 409 naming no other school and the bureau a conflict', async () => {
    const offer = await aFixedOffer();
    const session = await aSession(ctx.db, regionId, offer.id);
    const otherCompany = await aCompany(ctx.db, regionId);
    const elsewhere = await aSession(
      ctx.db,
      regionId,
      (await anOffer(ctx.db, regionId, otherCompany.id, { title: 'Rondleiding bij de buren' })).id,
      { startsAt: new Date('2030-09-10T07:00:00Z'), endsAt: new Date('2030-09-10T09:00:00Z') },
    );
    const schoolClass = await aClass(ctx.db, regionId, school.id, { name: 'Klas-Geheim' });
    const booking = await aBooking(ctx.db, session, school, schoolClass);
    const there = await aBooking(ctx.db, elsewhere, school, schoolClass);

    const response = await request('PATCH', `/sessions/${session.id}`, companyHeaders, {
      startsAt: '2030-09-10T07:30:00Z',
      endsAt: '2030-09-10T09:30:00Z',
      reason: 'Machine in onderhoud',
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('session_change_blocked');
    for (const secret of [
      elsewhere.id,
      there.id,
      'Rondleiding bij de buren',
      'Klas-Geheim',
      school.id,
    ])
      expect(response.body).not.toContain(secret);
    expect((await stored(session.id)).startsAt).toEqual(session.startsAt);
    const [raised] = await conflictsOf(session.id, 'session_change_blocked');
    expect(raised).toMatchObject({ status: 'open', bookingIds: [booking.id] });
    expect(raised!.details).toMatchObject({
      reason: 'Machine in onderhoud',
      clashes: [{ bookingId: booking.id, otherBookingId: there.id, otherSessionId: elsewhere.id }],
    });
    const queue = await request('GET', `/conflicts/${raised!.id}`, bureauHeaders);
    expect(queue.statusCode).toBe(200);
  });

  it('when a session with bookings is cancelled, then bookings are cancelled, kept, and a conflict is raised', async () => {
    const offer = await aFixedOffer();
    const session = await aSession(ctx.db, regionId, offer.id);
    const booking = await aBooking(
      ctx.db,
      session,
      school,
      await aClass(ctx.db, regionId, school.id),
    );
    const response = await request('POST', `/sessions/${session.id}/cancel`, companyHeaders, {
      reason: 'Machine defect',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().session).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Machine defect',
      freeSeats: 0,
      sequence: 1,
    });
    const [kept] = await ctx.db.select().from(bookings).where(eq(bookings.id, booking.id));
    expect(kept!.status).toBe('cancelled');
    const raised = await conflictsOf(session.id, 'session_cancelled_with_bookings');
    expect(raised).toHaveLength(1);
    expect(raised[0]!.bookingIds).toEqual([booking.id]);
    const again = await request('POST', `/sessions/${session.id}/cancel`, companyHeaders, {
      reason: 'Nogmaals',
    });
    expect(again.statusCode).toBe(409);
    const edit = await request('PATCH', `/sessions/${session.id}`, companyHeaders, {
      capacity: 40,
    });
    expect(edit.statusCode).toBe(409);
  });

  it('when a session without bookings is cancelled, then no conflict is raised', async () => {
    const offer = await aFixedOffer();
    const session = await aSession(ctx.db, regionId, offer.id);
    const response = await request('POST', `/sessions/${session.id}/cancel`, companyHeaders, {
      reason: 'Te weinig animo',
    });
    expect(response.json().conflictId).toBeNull();
    expect(await conflictsOf(session.id, 'session_cancelled_with_bookings')).toEqual([]);
  });
});
