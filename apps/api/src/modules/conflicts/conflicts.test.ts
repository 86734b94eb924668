import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, bookings, sessions } from '@stagebureau/db';
import { aBooking, anOffer, aSession } from '../../../test/activityBuilders';
import { expectSeatsConsistent } from '../../../test/bookingScenario';
import { aClass, aCompany, aLoggedInUser, aRegion, aSchool } from '../../../test/builders';
import { startTestApp, type TestContext } from '../../../test/harness';

let ctx: TestContext;
const days = (n: number, hour = 9) => {
  const at = new Date(Date.now() + n * 86_400_000);
  at.setUTCHours(hour, 0, 0, 0);
  return at;
};

beforeAll(async () => {
  ctx = await startTestApp();
});

const call = (method: 'GET' | 'POST' | 'PATCH', url: string, headers: object, payload?: object) =>
  ctx.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: headers as Record<string, string>,
    payload,
  });

/**
 * A company cancels a session two classes of one school were booked into. Around it: a later
 * and a full session of the same offer, a session of a similar offer, one of an unrelated offer,
 * and one of the same offer at a time class A is busy elsewhere.
 */
async function aCancelledSessionWorld() {
  const region = await aRegion(ctx.db);
  const company = await aCompany(ctx.db, region.id);
  const school = await aSchool(ctx.db, region.id);
  const otherSchool = await aSchool(ctx.db, region.id);
  const sectorTags = ['techniek'];
  const offer = await anOffer(ctx.db, region.id, company.id, { sectorTags });
  const similar = await anOffer(ctx.db, region.id, company.id, { sectorTags });
  const unrelated = await anOffer(ctx.db, region.id, company.id, { type: 'workshop' });
  const elsewhere = await anOffer(ctx.db, region.id, company.id, { type: 'guest_lesson' });
  const origin = await aSession(ctx.db, region.id, offer.id, {
    startsAt: days(14),
    capacity: 40,
  });
  const sameLater = await aSession(ctx.db, region.id, offer.id, { startsAt: days(21) });
  const sameFull = await aSession(ctx.db, region.id, offer.id, {
    startsAt: days(15),
    capacity: 20,
  });
  const sameBusy = await aSession(ctx.db, region.id, offer.id, { startsAt: days(13) });
  const similarSoon = await aSession(ctx.db, region.id, similar.id, {
    startsAt: days(14, 13),
    capacity: 40,
  });
  const unrelatedSoon = await aSession(ctx.db, region.id, unrelated.id, { startsAt: days(14) });
  const classA = await aClass(ctx.db, region.id, school.id, { size: 20 });
  const classB = await aClass(ctx.db, region.id, school.id, { size: 20 });
  const filler = await aClass(ctx.db, region.id, otherSchool.id, { size: 20 });
  await aBooking(ctx.db, sameFull, otherSchool, filler);
  const busyAt = await aSession(ctx.db, region.id, elsewhere.id, { startsAt: days(13) });
  await aBooking(ctx.db, busyAt, school, classA);
  const bookingA = await aBooking(ctx.db, origin, school, classA);
  const bookingB = await aBooking(ctx.db, origin, school, classB);
  const companyUser = await aLoggedInUser(ctx.app, ctx.db, region.id, 'company_admin', company.id);
  const bureau = await aLoggedInUser(ctx.app, ctx.db, region.id, 'bureau_staff');
  const cancelled = await call('POST', `/sessions/${origin.id}/cancel`, companyUser.headers, {
    reason: 'Machine defect',
  });
  expect(cancelled.statusCode).toBe(200);
  const conflictId: string = cancelled.json().conflictId;
  return {
    region,
    school,
    companyUser,
    bureau,
    offer,
    similar,
    conflictId,
    sessions: { origin, sameLater, sameFull, sameBusy, similarSoon, unrelatedSoon },
    bookingA,
    bookingB,
  };
}

type World = Awaited<ReturnType<typeof aCancelledSessionWorld>>;
type Suggestion = { kind: string; bookingId?: string; toSessionId?: string; sameOffer?: boolean };

describe('a session cancelled with bookings', () => {
  let world: World;
  beforeAll(async () => {
    world = await aCancelledSessionWorld();
  });

  it('when the bureau opens the conflict, then it lists both bookings and suggests the same offer first, then the similar one, leaving out full, busy and unrelated sessions', async () => {
    const response = await call('GET', `/conflicts/${world.conflictId}`, world.bureau.headers);
    expect(response.statusCode).toBe(200);
    const conflict = response.json();
    expect(conflict).toMatchObject({
      type: 'session_cancelled_with_bookings',
      severity: 'high',
      status: 'open',
      offer: { id: world.offer.id, title: world.offer.title },
    });
    expect(conflict.bookings.map((b: { id: string }) => b.id).sort()).toEqual(
      [world.bookingA.id, world.bookingB.id].sort(),
    );
    const s = world.sessions;
    const movesFor = (bookingId: string) =>
      (conflict.suggestedActions as Suggestion[])
        .filter((a) => a.kind === 'move_booking' && a.bookingId === bookingId)
        .map((a) => a.toSessionId);
    // Class A is busy on day 13; the full session never appears; the workshop is unrelated.
    expect(movesFor(world.bookingA.id)).toEqual([s.sameLater.id, s.similarSoon.id]);
    expect(movesFor(world.bookingB.id)).toEqual([s.sameBusy.id, s.sameLater.id, s.similarSoon.id]);
    expect(conflict.allowedActions).toContain('move_booking');
  });

  it('when the bureau moves a booking into a full session, then 409 session_full and nothing is written', async () => {
    const auditBefore = await ctx.db.select().from(auditEvents);
    const response = await call(
      'POST',
      `/conflicts/${world.conflictId}/actions/move-booking`,
      world.bureau.headers,
      { bookingId: world.bookingB.id, toSessionId: world.sessions.sameFull.id, reason: 'Probeer' },
    );
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('session_full');
    expect(await ctx.db.select().from(auditEvents)).toHaveLength(auditBefore.length);
    const [full] = await ctx.db
      .select()
      .from(sessions)
      .where(eq(sessions.id, world.sessions.sameFull.id));
    expect(full!.bookedSeats).toBe(20);
    const detail = await call('GET', `/conflicts/${world.conflictId}`, world.bureau.headers);
    expect(detail.json().log.moves).toEqual([]);
  });

  it('when a class is moved to a time it is busy, then 409 class_busy', async () => {
    const response = await call(
      'POST',
      `/conflicts/${world.conflictId}/actions/move-booking`,
      world.bureau.headers,
      { bookingId: world.bookingA.id, toSessionId: world.sessions.sameBusy.id, reason: 'Probeer' },
    );
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('class_busy');
  });

  it('when the bureau moves both bookings and resolves, then seats are consistent, history is kept and audited, and the conflict is resolved', async () => {
    const move = (bookingId: string, toSessionId: string) =>
      call('POST', `/conflicts/${world.conflictId}/actions/move-booking`, world.bureau.headers, {
        bookingId,
        toSessionId,
        reason: 'Vervangende sessie',
      });
    const first = await move(world.bookingA.id, world.sessions.sameLater.id);
    expect(first.statusCode).toBe(200);
    const second = await move(world.bookingB.id, world.sessions.similarSoon.id);
    expect(second.statusCode).toBe(200);
    const again = await move(world.bookingB.id, world.sessions.sameLater.id);
    expect(again.statusCode, again.body).toBe(409);

    const newA = first.json().newBookingId as string;
    const [oldRow] = await ctx.db.select().from(bookings).where(eq(bookings.id, world.bookingA.id));
    expect(oldRow!.status).toBe('cancelled');
    expect(oldRow!.statusReason).toMatch(/^verplaatst naar /);
    const [newRow] = await ctx.db.select().from(bookings).where(eq(bookings.id, newA));
    expect(newRow).toMatchObject({
      status: 'confirmed',
      sessionId: world.sessions.sameLater.id,
      classId: world.bookingA.classId,
      seats: 20,
    });
    await expectSeatsConsistent(ctx.db, world.region.id);
    const [later] = await ctx.db
      .select()
      .from(sessions)
      .where(eq(sessions.id, world.sessions.sameLater.id));
    expect(later!.bookedSeats).toBe(20);

    const trail = await call(
      'GET',
      `/audit?entity=booking&entityId=${world.bookingA.id}`,
      world.bureau.headers,
    );
    const moved = trail.json().items.find((e: { action: string }) => e.action === 'booking.moved');
    expect(moved).toMatchObject({
      actorUserId: world.bureau.user.id,
      reason: 'Vervangende sessie',
      after: { movedTo: newA },
    });

    const detail = second.json().conflict;
    expect(detail.log.moves).toHaveLength(2);
    expect(detail.suggestedActions.some((a: Suggestion) => a.kind === 'move_booking')).toBe(false);

    const resolved = await call(
      'POST',
      `/conflicts/${world.conflictId}/resolve`,
      world.bureau.headers,
      {
        note: 'Beide klassen verplaatst',
      },
    );
    expect(resolved.statusCode).toBe(200);
    expect(resolved.json()).toMatchObject({
      status: 'resolved',
      resolvedBy: world.bureau.user.id,
      resolutionNote: 'Beide klassen verplaatst',
      suggestedActions: [],
    });
    const twice = await call(
      'POST',
      `/conflicts/${world.conflictId}/resolve`,
      world.bureau.headers,
      {
        note: 'nog eens',
      },
    );
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('invalid_transition');
    const conflictTrail = await call(
      'GET',
      `/audit?entity=conflict&entityId=${world.conflictId}`,
      world.bureau.headers,
    );
    expect(conflictTrail.json().items.map((e: { action: string }) => e.action)).toEqual([
      'conflict.resolved',
      'conflict.booking_moved',
      'conflict.booking_moved',
    ]);
  });
});

describe('the queue', () => {
  it('when conflicts of several types exist, then the list is most severe first and counts per type and status', async () => {
    const world = await aCancelledSessionWorld();
    const { bureau } = world;
    const reduced = await call('PATCH', `/sessions/${world.sessions.sameFull.id}`, bureau.headers, {
      capacity: 10,
    });
    expect(reduced.statusCode).toBe(200);
    const list = await call('GET', '/conflicts', bureau.headers);
    expect(list.statusCode).toBe(200);
    const body = list.json();
    expect(body.items.map((c: { type: string }) => c.type)).toEqual([
      'session_cancelled_with_bookings',
      'capacity_reduced_below_booked',
    ]);
    expect(body.counts.byType).toMatchObject({
      session_cancelled_with_bookings: 1,
      capacity_reduced_below_booked: 1,
      late_cancellation: 0,
    });
    expect(body.counts.byStatus).toEqual({ open: 2, resolved: 0, dismissed: 0 });
    expect(body.counts.open).toBe(2);

    const filtered = await call(
      'GET',
      '/conflicts?type=capacity_reduced_below_booked&status=open',
      bureau.headers,
    );
    expect(filtered.json().items).toHaveLength(1);
    expect(filtered.json().total).toBe(1);

    const dismissed = await call(
      'POST',
      `/conflicts/${filtered.json().items[0].id}/dismiss`,
      bureau.headers,
      { note: 'Bewust zo gelaten' },
    );
    expect(dismissed.json().status).toBe('dismissed');
    const after = await call('GET', '/conflicts', bureau.headers);
    expect(after.json().counts.byStatus).toEqual({ open: 1, resolved: 0, dismissed: 1 });
  });

  it('when a school or company user asks, then 403; another region’s bureau gets 404', async () => {
    const world = await aCancelledSessionWorld();
    const coordinator = await aLoggedInUser(
      ctx.app,
      ctx.db,
      world.region.id,
      'school_coordinator',
      world.school.id,
    );
    for (const headers of [coordinator.headers, world.companyUser.headers]) {
      expect((await call('GET', '/conflicts', headers)).statusCode).toBe(403);
      expect((await call('GET', `/conflicts/${world.conflictId}`, headers)).statusCode).toBe(403);
      const resolve = await call('POST', `/conflicts/${world.conflictId}/resolve`, headers, {
        note: 'x',
      });
      expect(resolve.statusCode).toBe(403);
    }
    const otherRegion = await aRegion(ctx.db);
    const otherBureau = await aLoggedInUser(ctx.app, ctx.db, otherRegion.id, 'bureau_admin');
    expect(
      (await call('GET', `/conflicts/${world.conflictId}`, otherBureau.headers)).statusCode,
    ).toBe(404);
    const move = await call(
      'POST',
      `/conflicts/${world.conflictId}/actions/move-booking`,
      otherBureau.headers,
      { bookingId: world.bookingA.id, toSessionId: world.sessions.sameLater.id, reason: 'x' },
    );
    expect(move.statusCode).toBe(404);
    expect((await call('GET', '/conflicts', otherBureau.headers)).json().total).toBe(0);
  });
});
