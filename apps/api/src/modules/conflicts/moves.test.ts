import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { bookings } from '@stagebureau/db';
import { aBooking, aSession } from '../../../test/activityBuilders';
import {
  aBookingSchool,
  aBookingWorld,
  expectSeatsConsistent,
} from '../../../test/bookingScenario';
import { startTestApp, type TestContext } from '../../../test/harness';

let ctx: TestContext;
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
const bookingRow = async (id: string) =>
  (await ctx.db.select().from(bookings).where(eq(bookings.id, id)))[0]!;

describe('moving a booking out of a session that stays scheduled', () => {
  it('when the bureau moves a class out of an overbooked session, then its seats go to the waitlist in the same transaction', async () => {
    const world = await aBookingWorld(ctx.app, ctx.db, { session: { capacity: 40 } });
    const first = await aBookingSchool(ctx.app, ctx.db, world.region.id, [20, 20]);
    const waiting = await aBookingSchool(ctx.app, ctx.db, world.region.id, [10]);
    const target = await aSession(ctx.db, world.region.id, world.offer.id, {
      startsAt: new Date(world.session.startsAt.getTime() + 7 * 86_400_000),
    });
    const [a, b] = first.classes as [(typeof first.classes)[0], (typeof first.classes)[0]];
    const bookingA = await aBooking(ctx.db, world.session, first.school, a);
    await aBooking(ctx.db, world.session, first.school, b);
    const bookingC = await aBooking(ctx.db, world.session, waiting.school, waiting.classes[0]!, {
      status: 'waitlisted',
    });
    const reduced = await call('PATCH', `/sessions/${world.session.id}`, world.bureau.headers, {
      capacity: 30,
    });
    expect(reduced.statusCode).toBe(200);
    const conflictId: string = reduced.json().conflictId;

    const detail = (await call('GET', `/conflicts/${conflictId}`, world.bureau.headers)).json();
    expect(detail.type).toBe('capacity_reduced_below_booked');
    expect(detail.bookings).toHaveLength(3);
    const movable = detail.suggestedActions
      .filter((action: { kind: string }) => action.kind === 'move_booking')
      .map((action: { bookingId: string; toSessionId: string }) => action.bookingId);
    expect(movable).toContain(bookingA.id);
    expect(movable).not.toContain(bookingC.id);

    const moved = await call(
      'POST',
      `/conflicts/${conflictId}/actions/move-booking`,
      world.bureau.headers,
      { bookingId: bookingA.id, toSessionId: target.id, reason: 'Capaciteit verlaagd' },
    );
    expect(moved.statusCode).toBe(200);
    expect(moved.json().promotedBookingIds).toEqual([bookingC.id]);
    const old = await bookingRow(bookingA.id);
    expect(old.status).toBe('cancelled');
    expect(old.sequence).toBeGreaterThan(bookingA.sequence);
    expect((await bookingRow(bookingC.id)).status).toBe('confirmed');
    expect((await bookingRow(moved.json().newBookingId)).sessionId).toBe(target.id);
    await expectSeatsConsistent(ctx.db, world.region.id);
  });

  it('when the booking is not part of the conflict, then 404, and a conflict type without moves answers 409', async () => {
    const world = await aBookingWorld(ctx.app, ctx.db, { session: { capacity: 40 } });
    const school = await aBookingSchool(ctx.app, ctx.db, world.region.id, [20, 20]);
    const elsewhere = await aSession(ctx.db, world.region.id, world.offer.id);
    const inside = await aBooking(ctx.db, world.session, school.school, school.classes[0]!);
    const outside = await aBooking(ctx.db, elsewhere, school.school, school.classes[1]!);
    const reduced = await call('PATCH', `/sessions/${world.session.id}`, world.bureau.headers, {
      capacity: 10,
    });
    const conflictId: string = reduced.json().conflictId;
    const notInvolved = await call(
      'POST',
      `/conflicts/${conflictId}/actions/move-booking`,
      world.bureau.headers,
      { bookingId: outside.id, toSessionId: world.session.id, reason: 'x' },
    );
    expect(notInvolved.statusCode).toBe(404);
    const dismissed = await call('POST', `/conflicts/${conflictId}/dismiss`, world.bureau.headers, {
      note: 'Bedrijf regelt het zelf',
    });
    expect(dismissed.statusCode).toBe(200);
    const afterClose = await call(
      'POST',
      `/conflicts/${conflictId}/actions/move-booking`,
      world.bureau.headers,
      { bookingId: inside.id, toSessionId: elsewhere.id, reason: 'x' },
    );
    expect(afterClose.statusCode).toBe(409);
    expect(afterClose.json().code).toBe('invalid_transition');
    const extra = await call(
      'POST',
      `/conflicts/${conflictId}/actions/request-extra-session`,
      world.bureau.headers,
      { message: 'Kunnen jullie een extra middag doen?' },
    );
    expect(extra.statusCode).toBe(409);
  });

  it('when the bureau asks the company for an extra session, then it is logged on the open conflict and audited', async () => {
    const world = await aBookingWorld(ctx.app, ctx.db, { session: { capacity: 40 } });
    const school = await aBookingSchool(ctx.app, ctx.db, world.region.id, [20]);
    await aBooking(ctx.db, world.session, school.school, school.classes[0]!);
    const reduced = await call('PATCH', `/sessions/${world.session.id}`, world.bureau.headers, {
      capacity: 10,
    });
    const conflictId: string = reduced.json().conflictId;
    const extra = await call(
      'POST',
      `/conflicts/${conflictId}/actions/request-extra-session`,
      world.bureau.headers,
      { message: 'Kunnen jullie een extra middag doen?' },
    );
    expect(extra.statusCode).toBe(200);
    expect(extra.json()).toMatchObject({
      status: 'open',
      log: { extraSessionRequests: [{ message: 'Kunnen jullie een extra middag doen?' }] },
    });
    const trail = await call(
      'GET',
      `/audit?entity=conflict&entityId=${conflictId}`,
      world.bureau.headers,
    );
    expect(trail.json().items[0]).toMatchObject({
      action: 'conflict.extra_session_requested',
      actorUserId: world.bureau.user.id,
    });
  });
});
