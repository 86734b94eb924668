import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, conflicts, sessions } from '@stagebureau/db';
import { startTestApp, type TestContext } from '../../../test/harness';
import {
  aBookingSchool,
  aBookingWorld,
  bookingRequest,
  expectSeatsConsistent,
} from '../../../test/bookingScenario';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});

const seatsOf = async (sessionId: string) =>
  (await ctx.db.select().from(sessions).where(eq(sessions.id, sessionId)))[0]!.bookedSeats;

describe('POST /bookings', () => {
  it('when a class books a session with room, then it is confirmed with all its seats', async () => {
    const world = await aBookingWorld(ctx.app, ctx.db);
    const { coordinator, classes } = await aBookingSchool(ctx.app, ctx.db, world.region.id, [20]);
    const response = await ctx.app.inject(
      bookingRequest(coordinator.headers, {
        sessionId: world.session.id,
        classId: classes[0]!.id,
        teachers: ['Mevr. Jansen'],
      }),
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      status: 'confirmed',
      seats: 20,
      waitlistPosition: null,
    });
    expect(await seatsOf(world.session.id)).toBe(20);
    await expectSeatsConsistent(ctx.db, world.region.id);
  });

  it('when the session is full and the waitlist open, then the class is waitlisted (202) with its position', async () => {
    const world = await aBookingWorld(ctx.app, ctx.db, { session: { capacity: 25 } });
    const a = await aBookingSchool(ctx.app, ctx.db, world.region.id, [20]);
    const b = await aBookingSchool(ctx.app, ctx.db, world.region.id, [10]);
    await ctx.app.inject(
      bookingRequest(a.coordinator.headers, {
        sessionId: world.session.id,
        classId: a.classes[0]!.id,
      }),
    );
    const response = await ctx.app.inject(
      bookingRequest(b.coordinator.headers, {
        sessionId: world.session.id,
        classId: b.classes[0]!.id,
      }),
    );
    expect(response.statusCode, response.body).toBe(202);
    expect(response.json()).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    expect(await seatsOf(world.session.id)).toBe(20);
  });

  it('when the session is full and has no waitlist, then 409 session_full', async () => {
    const world = await aBookingWorld(ctx.app, ctx.db, {
      offer: { waitlistEnabled: false },
      session: { capacity: 10 },
    });
    const { coordinator, classes } = await aBookingSchool(ctx.app, ctx.db, world.region.id, [11]);
    const response = await ctx.app.inject(
      bookingRequest(coordinator.headers, { sessionId: world.session.id, classId: classes[0]!.id }),
    );
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'session_full' });
  });

  it('when booking has not opened yet, then 409 booking_window_closed with the opening time', async () => {
    const opensAt = new Date(Date.now() + 3 * 86_400_000);
    const world = await aBookingWorld(ctx.app, ctx.db, { offer: { opensAt } });
    const { coordinator, classes } = await aBookingSchool(ctx.app, ctx.db, world.region.id);
    const response = await ctx.app.inject(
      bookingRequest(coordinator.headers, { sessionId: world.session.id, classId: classes[0]!.id }),
    );
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'booking_window_closed',
      opensAt: opensAt.toISOString(),
    });
  });

  it('when the offer needs approval, then the booking is requested (202) and holds its seats', async () => {
    const world = await aBookingWorld(ctx.app, ctx.db, { offer: { requiresApproval: true } });
    const { coordinator, classes } = await aBookingSchool(ctx.app, ctx.db, world.region.id, [12]);
    const response = await ctx.app.inject(
      bookingRequest(coordinator.headers, { sessionId: world.session.id, classId: classes[0]!.id }),
    );
    expect(response.statusCode).toBe(202);
    expect(response.json()).toMatchObject({ status: 'requested' });
    expect(await seatsOf(world.session.id)).toBe(12);
  });

  it('when the class is not in the audience, then 409 audience_mismatch', async () => {
    const world = await aBookingWorld(ctx.app, ctx.db, { offer: { levels: ['havo'] } });
    const { coordinator, classes } = await aBookingSchool(ctx.app, ctx.db, world.region.id);
    const response = await ctx.app.inject(
      bookingRequest(coordinator.headers, { sessionId: world.session.id, classId: classes[0]!.id }),
    );
    expect(response.json()).toMatchObject({ status: 409, code: 'audience_mismatch' });
  });

  it('when seats differ from the class size, then 422 and nothing is booked', async () => {
    const world = await aBookingWorld(ctx.app, ctx.db);
    const { coordinator, classes } = await aBookingSchool(ctx.app, ctx.db, world.region.id, [20]);
    const response = await ctx.app.inject(
      bookingRequest(coordinator.headers, {
        sessionId: world.session.id,
        classId: classes[0]!.id,
        seats: 5,
      }),
    );
    expect(response.statusCode).toBe(422);
    expect(await seatsOf(world.session.id)).toBe(0);
  });

  it('when the Idempotency-Key is missing, then 422 idempotency_key_required', async () => {
    const world = await aBookingWorld(ctx.app, ctx.db);
    const { coordinator, classes } = await aBookingSchool(ctx.app, ctx.db, world.region.id);
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/bookings',
      headers: coordinator.headers,
      payload: { sessionId: world.session.id, classId: classes[0]!.id },
    });
    expect(response.json()).toMatchObject({ status: 422, code: 'idempotency_key_required' });
  });

  it('when a request is replayed with the same key, then the first answer comes back; with another body, 422', async () => {
    const world = await aBookingWorld(ctx.app, ctx.db);
    const { coordinator, classes } = await aBookingSchool(ctx.app, ctx.db, world.region.id, [5, 6]);
    const body = { sessionId: world.session.id, classId: classes[0]!.id };
    const first = await ctx.app.inject(bookingRequest(coordinator.headers, body, 'key-replay-1'));
    const again = await ctx.app.inject(bookingRequest(coordinator.headers, body, 'key-replay-1'));
    expect(again.statusCode).toBe(first.statusCode);
    expect(again.json()).toEqual(first.json());
    const other = await ctx.app.inject(
      bookingRequest(coordinator.headers, { ...body, classId: classes[1]!.id }, 'key-replay-1'),
    );
    expect(other.json()).toMatchObject({ status: 422, code: 'idempotency_key_reused' });
    expect(await seatsOf(world.session.id)).toBe(5);
  });

  it('when the same class is booked into two overlapping sessions, then the second is 409 class_busy', async () => {
    const world = await aBookingWorld(ctx.app, ctx.db);
    const { aSession } = await import('../../../test/activityBuilders');
    const overlapping = await aSession(ctx.db, world.region.id, world.offer.id, {
      startsAt: new Date(world.session.startsAt.getTime() + 3_600_000),
    });
    const { coordinator, classes } = await aBookingSchool(ctx.app, ctx.db, world.region.id);
    await ctx.app.inject(
      bookingRequest(coordinator.headers, { sessionId: world.session.id, classId: classes[0]!.id }),
    );
    const response = await ctx.app.inject(
      bookingRequest(coordinator.headers, { sessionId: overlapping.id, classId: classes[0]!.id }),
    );
    expect(response.json()).toMatchObject({ status: 409, code: 'class_busy' });
    expect(await seatsOf(overlapping.id)).toBe(0);
  });

  it('when a school reaches its per-session cap, then 409 school_cap_reached', async () => {
    const world = await aBookingWorld(ctx.app, ctx.db, {
      settings: { capPerSchoolPerSession: 30 },
    });
    const { coordinator, classes } = await aBookingSchool(
      ctx.app,
      ctx.db,
      world.region.id,
      [20, 20],
    );
    await ctx.app.inject(
      bookingRequest(coordinator.headers, { sessionId: world.session.id, classId: classes[0]!.id }),
    );
    const response = await ctx.app.inject(
      bookingRequest(coordinator.headers, { sessionId: world.session.id, classId: classes[1]!.id }),
    );
    expect(response.json()).toMatchObject({
      status: 409,
      code: 'school_cap_reached',
      cap: 'session',
      limit: 30,
    });
  });

  it("when a school books another school's class, then 404", async () => {
    const world = await aBookingWorld(ctx.app, ctx.db);
    const a = await aBookingSchool(ctx.app, ctx.db, world.region.id);
    const b = await aBookingSchool(ctx.app, ctx.db, world.region.id);
    const response = await ctx.app.inject(
      bookingRequest(a.coordinator.headers, {
        sessionId: world.session.id,
        classId: b.classes[0]!.id,
      }),
    );
    expect(response.statusCode).toBe(404);
  });

  it('when demand passes the oversubscription ratio, then one oversubscribed conflict is raised', async () => {
    const world = await aBookingWorld(ctx.app, ctx.db, {
      settings: { oversubscriptionRatio: 1 },
      session: { capacity: 10 },
    });
    for (let i = 0; i < 3; i++) {
      const { coordinator, classes } = await aBookingSchool(ctx.app, ctx.db, world.region.id, [8]);
      await ctx.app.inject(
        bookingRequest(coordinator.headers, {
          sessionId: world.session.id,
          classId: classes[0]!.id,
        }),
      );
    }
    const raised = await ctx.db
      .select()
      .from(conflicts)
      .where(eq(conflicts.sessionId, world.session.id));
    expect(raised.map((c) => c.type)).toEqual(['oversubscribed']);
  });
});

describe('cap override', () => {
  it('when the bureau books past a cap with overrideCaps, then it is booked and the override is in the audit trail; a school may not', async () => {
    const world = await aBookingWorld(ctx.app, ctx.db, {
      settings: { capPerSchoolPerSession: 20 },
    });
    const { coordinator, classes } = await aBookingSchool(
      ctx.app,
      ctx.db,
      world.region.id,
      [20, 5],
    );
    await ctx.app.inject(
      bookingRequest(coordinator.headers, { sessionId: world.session.id, classId: classes[0]!.id }),
    );
    const body = { sessionId: world.session.id, classId: classes[1]!.id, overrideCaps: true };
    const bySchool = await ctx.app.inject(bookingRequest(coordinator.headers, body));
    expect(bySchool.statusCode).toBe(403);
    const byBureau = await ctx.app.inject(bookingRequest(world.bureau.headers, body));
    expect(byBureau.statusCode, byBureau.body).toBe(201);
    const [trail] = await ctx.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, byBureau.json().id));
    expect(trail!.reason).toMatch(/caps overridden/);
  });
});
