import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '@stagebureau/db';
import { aSession } from '../../../test/activityBuilders';
import {
  aBookingSchool,
  aBookingWorld,
  bookingRequest,
  expectSeatsConsistent,
} from '../../../test/bookingScenario';
import { startTestApp, type TestContext } from '../../../test/harness';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});

const call = (method: 'GET' | 'POST', url: string, headers: object, payload?: object) =>
  ctx.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: headers as Record<string, string>,
    payload,
  });

describe('cap exceptions', () => {
  it('when a school at its cap asks for an exception and the bureau grants it, then the class is confirmed beyond the cap and the override is in the audit trail', async () => {
    const world = await aBookingWorld(ctx.app, ctx.db, {
      settings: { capPerSchoolPerSession: 30 },
      session: { capacity: 50 },
    });
    const { school, coordinator, classes } = await aBookingSchool(
      ctx.app,
      ctx.db,
      world.region.id,
      [20, 20],
    );
    const [first, second] = classes as [(typeof classes)[0], (typeof classes)[0]];
    const booked = await ctx.app.inject(
      bookingRequest(coordinator.headers, { sessionId: world.session.id, classId: first.id }),
    );
    expect(booked.statusCode).toBe(201);
    const refused = await ctx.app.inject(
      bookingRequest(coordinator.headers, { sessionId: world.session.id, classId: second.id }),
    );
    expect(refused.json().code).toBe('school_cap_reached');

    const asked = await call('POST', '/cap-exceptions', coordinator.headers, {
      sessionId: world.session.id,
      classId: second.id,
      reason: 'Twee klassen met hetzelfde profiel',
    });
    expect(asked.statusCode).toBe(201);
    const conflictId: string = asked.json().conflictId;
    const duplicate = await call('POST', '/cap-exceptions', coordinator.headers, {
      sessionId: world.session.id,
      classId: second.id,
      reason: 'Nogmaals',
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().code).toBe('duplicate');

    const detail = await call('GET', `/conflicts/${conflictId}`, world.bureau.headers);
    expect(detail.json()).toMatchObject({
      type: 'cap_exception_requested',
      status: 'open',
      school: { id: school.id },
      suggestedActions: [
        { kind: 'grant_cap_exception', sessionId: world.session.id, classId: second.id },
        { kind: 'resolve' },
        { kind: 'dismiss' },
      ],
    });

    const forbidden = await call(
      'POST',
      `/conflicts/${conflictId}/actions/grant-cap-exception`,
      coordinator.headers,
      { reason: 'zelf doen' },
    );
    expect(forbidden.statusCode).toBe(403);

    const granted = await call(
      'POST',
      `/conflicts/${conflictId}/actions/grant-cap-exception`,
      world.bureau.headers,
      { reason: 'Profielklas, eenmalig' },
    );
    expect(granted.statusCode).toBe(200);
    expect(granted.json()).toMatchObject({
      bookingStatus: 'confirmed',
      conflict: { status: 'resolved', resolutionNote: 'Profielklas, eenmalig' },
    });
    const [session] = await ctx.db.select().from(sessions).where(eq(sessions.id, world.session.id));
    expect(session!.bookedSeats).toBe(40);
    await expectSeatsConsistent(ctx.db, world.region.id);

    const trail = await call(
      'GET',
      `/audit?entity=booking&entityId=${granted.json().bookingId}`,
      world.bureau.headers,
    );
    expect(trail.json().items[0]).toMatchObject({
      action: 'booking.created',
      actorUserId: world.bureau.user.id,
      reason: 'cap exception: Profielklas, eenmalig',
      after: { capOverride: { cap: 'session', limit: 30, used: 20 } },
    });

    const again = await call(
      'POST',
      `/conflicts/${conflictId}/actions/grant-cap-exception`,
      world.bureau.headers,
      { reason: 'nog eens' },
    );
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('invalid_transition');
  });

  it('when no cap is in the way, or the class is another school’s, then no exception is raised', async () => {
    const world = await aBookingWorld(ctx.app, ctx.db, {
      settings: { capPerSchoolPerSession: 30 },
    });
    const own = await aBookingSchool(ctx.app, ctx.db, world.region.id, [20]);
    const other = await aBookingSchool(ctx.app, ctx.db, world.region.id, [20]);
    const free = await call('POST', '/cap-exceptions', own.coordinator.headers, {
      sessionId: world.session.id,
      classId: own.classes[0]!.id,
      reason: 'Voor de zekerheid',
    });
    expect(free.statusCode).toBe(409);
    expect(free.json().code).toBe('conflict');
    const foreign = await call('POST', '/cap-exceptions', other.coordinator.headers, {
      sessionId: world.session.id,
      classId: own.classes[0]!.id,
      reason: 'Niet van ons',
    });
    expect(foreign.statusCode).toBe(404);
    const later = await aSession(ctx.db, world.region.id, world.offer.id);
    const unknown = await call('POST', '/cap-exceptions', own.coordinator.headers, {
      sessionId: later.id,
      classId: own.classes[0]!.id,
      reason: 'x',
      extra: true,
    });
    expect(unknown.statusCode).toBe(422);
  });
});
