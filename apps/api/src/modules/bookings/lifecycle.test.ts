import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, bookings, conflicts } from '@stagebureau/db';
import { startTestApp, type TestContext } from '../../../test/harness';
import {
  aBookingSchool,
  aBookingWorld,
  bookingRequest,
  expectSeatsConsistent,
} from '../../../test/bookingScenario';
import { aSession, anOffer } from '../../../test/activityBuilders';
import { runBookingSweep } from './sweep';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});

const hour = 3_600_000;

async function book(headers: Record<string, string>, sessionId: string, classId: string) {
  const response = await ctx.app.inject(bookingRequest(headers, { sessionId, classId }));
  return response.json<{ id: string; status: string; waitlistPosition: number | null }>();
}
const post = (headers: Record<string, string>, url: string, payload?: object) =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/v1${url}`,
    headers,
    ...(payload ? { payload } : {}),
  });
const statusOf = async (id: string) =>
  (await ctx.db.select().from(bookings).where(eq(bookings.id, id)))[0]!;

/** A 20-seat session with one confirmed class of 20 and two waiting classes (12, then 8). */
async function fullSessionWithWaitlist(options: Parameters<typeof aBookingWorld>[2] = {}) {
  const world = await aBookingWorld(ctx.app, ctx.db, {
    ...options,
    session: { capacity: 20, ...options.session },
  });
  const first = await aBookingSchool(ctx.app, ctx.db, world.region.id, [20]);
  const second = await aBookingSchool(ctx.app, ctx.db, world.region.id, [12]);
  const third = await aBookingSchool(ctx.app, ctx.db, world.region.id, [8]);
  const confirmed = await book(first.coordinator.headers, world.session.id, first.classes[0]!.id);
  const waiting12 = await book(second.coordinator.headers, world.session.id, second.classes[0]!.id);
  const waiting8 = await book(third.coordinator.headers, world.session.id, third.classes[0]!.id);
  return { world, first, second, third, confirmed, waiting12, waiting8 };
}

describe('cancel and promotion', () => {
  it('when a confirmed booking is cancelled, then waiting bookings that fit are promoted in order in the same transaction', async () => {
    const s = await fullSessionWithWaitlist();
    expect([s.waiting12.waitlistPosition, s.waiting8.waitlistPosition]).toEqual([1, 2]);
    const response = await post(s.first.coordinator.headers, `/bookings/${s.confirmed.id}/cancel`, {
      reason: 'Bus geannuleerd',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'cancelled',
      statusReason: 'Bus geannuleerd',
      sequence: 1,
    });
    expect((await statusOf(s.waiting12.id)).status).toBe('confirmed');
    expect((await statusOf(s.waiting8.id)).status).toBe('confirmed');
    const trail = await ctx.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, s.waiting12.id));
    expect(trail.map((row) => row.action)).toEqual(['booking.created', 'booking.promoted']);
    await expectSeatsConsistent(ctx.db, s.world.region.id);
  });

  it('when a school cancels after the deadline, then it is cancelled and late_cancellation is raised', async () => {
    const world = await aBookingWorld(ctx.app, ctx.db, {
      offer: { cancellationDeadlineHours: 72 },
      session: { startsAt: new Date(Date.now() + 24 * hour) },
    });
    const school = await aBookingSchool(ctx.app, ctx.db, world.region.id);
    const booking = await book(school.coordinator.headers, world.session.id, school.classes[0]!.id);
    const response = await post(school.coordinator.headers, `/bookings/${booking.id}/cancel`, {
      reason: 'Ziek',
    });
    expect(response.json()).toMatchObject({ status: 'cancelled' });
    const raised = await ctx.db
      .select()
      .from(conflicts)
      .where(eq(conflicts.sessionId, world.session.id));
    expect(raised.map((c) => c.type)).toEqual(['late_cancellation']);
  });

  it('when a cancellation has no reason, then 422', async () => {
    const s = await fullSessionWithWaitlist();
    const response = await post(
      s.first.coordinator.headers,
      `/bookings/${s.confirmed.id}/cancel`,
      {},
    );
    expect(response.statusCode).toBe(422);
  });

  it("when another school cancels someone's booking, then 404", async () => {
    const s = await fullSessionWithWaitlist();
    const response = await post(
      s.second.coordinator.headers,
      `/bookings/${s.confirmed.id}/cancel`,
      { reason: 'x' },
    );
    expect(response.statusCode).toBe(404);
  });
});

describe('approval', () => {
  it('when the company approves a request, then it is confirmed; when it declines one, the seats go to the waitlist', async () => {
    const s = await fullSessionWithWaitlist({ offer: { requiresApproval: true } });
    expect(s.confirmed.status).toBe('requested');
    const declined = await post(
      s.world.companyUser.headers,
      `/bookings/${s.confirmed.id}/decline`,
      { reason: 'Vol' },
    );
    expect(declined.json()).toMatchObject({ status: 'declined' });
    // Promoted bookings of an approval offer wait for the company again, holding their seats.
    expect((await statusOf(s.waiting12.id)).status).toBe('requested');
    const approved = await post(s.world.companyUser.headers, `/bookings/${s.waiting12.id}/approve`);
    expect(approved.json()).toMatchObject({ status: 'confirmed' });
    await expectSeatsConsistent(ctx.db, s.world.region.id);
  });

  it('when a class holds a request, then it cannot be confirmed elsewhere at that time, and the request can still be approved', async () => {
    const world = await aBookingWorld(ctx.app, ctx.db, { offer: { requiresApproval: true } });
    const school = await aBookingSchool(ctx.app, ctx.db, world.region.id, [20]);
    const classId = school.classes[0]!.id;
    const requested = await book(school.coordinator.headers, world.session.id, classId);
    expect(requested.status).toBe('requested');
    const elsewhere = await aSession(
      ctx.db,
      world.region.id,
      (await anOffer(ctx.db, world.region.id, world.company.id)).id,
      { startsAt: new Date(world.session.startsAt.getTime() + hour) },
    );
    const clash = await ctx.app.inject(
      bookingRequest(school.coordinator.headers, { sessionId: elsewhere.id, classId }),
    );
    expect(clash.statusCode).toBe(409);
    expect(clash.json().code).toBe('class_busy');
    const approved = await post(world.companyUser.headers, `/bookings/${requested.id}/approve`);
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'confirmed' });
    await expectSeatsConsistent(ctx.db, world.region.id);
  });

  it('when a school tries to approve, then 403', async () => {
    const s = await fullSessionWithWaitlist({ offer: { requiresApproval: true } });
    const response = await post(s.first.coordinator.headers, `/bookings/${s.confirmed.id}/approve`);
    expect(response.statusCode, response.body).toBe(403);
  });
});

describe('promotion by offer with a hold', () => {
  it('when seats free up in offer mode, then the first in line holds them until it accepts', async () => {
    const s = await fullSessionWithWaitlist({
      settings: { promotionMode: 'offer', holdHours: 48 },
    });
    await post(s.first.coordinator.headers, `/bookings/${s.confirmed.id}/cancel`, {
      reason: 'Weg',
    });
    const held = await statusOf(s.waiting12.id);
    expect(held.status).toBe('waitlisted');
    expect(held.holdExpiresAt).not.toBeNull();
    await expectSeatsConsistent(ctx.db, s.world.region.id);
    const accepted = await post(
      s.second.coordinator.headers,
      `/bookings/${s.waiting12.id}/accept-offer`,
    );
    expect(accepted.json()).toMatchObject({ status: 'confirmed', holdExpiresAt: null });
    await expectSeatsConsistent(ctx.db, s.world.region.id);
  });

  it('when a hold expires, then the sweep passes the seats to the next in line', async () => {
    const s = await fullSessionWithWaitlist({
      settings: { promotionMode: 'offer', holdHours: 1 },
      session: { capacity: 20 },
    });
    await post(s.first.coordinator.headers, `/bookings/${s.confirmed.id}/cancel`, {
      reason: 'Weg',
    });
    // Both fit into 20 seats, so both hold; the 12 lets its hold lapse.
    const result = await runBookingSweep(ctx.db, new Date(Date.now() + 2 * hour));
    expect(result.holdsExpired).toBe(2);
    expect(await statusOf(s.waiting12.id)).toMatchObject({
      status: 'cancelled',
      statusReason: 'hold_expired',
    });
    await expectSeatsConsistent(ctx.db, s.world.region.id);
  });

  it('when a school declines offered seats, then they pass to the next in line', async () => {
    const world = await aBookingWorld(ctx.app, ctx.db, {
      settings: { promotionMode: 'offer' },
      session: { capacity: 10 },
    });
    const a = await aBookingSchool(ctx.app, ctx.db, world.region.id, [10]);
    const b = await aBookingSchool(ctx.app, ctx.db, world.region.id, [10]);
    const c = await aBookingSchool(ctx.app, ctx.db, world.region.id, [10]);
    const first = await book(a.coordinator.headers, world.session.id, a.classes[0]!.id);
    const second = await book(b.coordinator.headers, world.session.id, b.classes[0]!.id);
    const third = await book(c.coordinator.headers, world.session.id, c.classes[0]!.id);
    await post(a.coordinator.headers, `/bookings/${first.id}/cancel`, { reason: 'Weg' });
    expect((await statusOf(second.id)).holdExpiresAt).not.toBeNull();
    expect((await statusOf(third.id)).holdExpiresAt).toBeNull();
    await post(b.coordinator.headers, `/bookings/${second.id}/decline-offer`, {
      reason: 'Past niet',
    });
    expect((await statusOf(second.id)).status).toBe('cancelled');
    expect((await statusOf(third.id)).holdExpiresAt).not.toBeNull();
    await expectSeatsConsistent(ctx.db, world.region.id);
  });
});

describe('several API instances sweeping at once', () => {
  it('when three sweeps run at the same moment, then each expired hold and each ended booking is handled exactly once', async () => {
    const held = await fullSessionWithWaitlist({
      settings: { promotionMode: 'offer', holdHours: 1 },
    });
    await post(held.first.coordinator.headers, `/bookings/${held.confirmed.id}/cancel`, {
      reason: 'Weg',
    });
    const ended = await fullSessionWithWaitlist();
    const now = new Date(Math.max(Date.now() + 2 * hour, ended.world.session.endsAt.getTime() + 1));
    const results = await Promise.all([1, 2, 3].map(() => runBookingSweep(ctx.db, now)));
    expect(results.reduce((sum, r) => sum + r.holdsExpired, 0)).toBeGreaterThanOrEqual(2);
    const auditCount = async (bookingId: string) =>
      (await ctx.db.select().from(auditEvents).where(eq(auditEvents.entityId, bookingId))).filter(
        (row) => row.action.includes('hold_expired') || row.action.includes('completed'),
      ).length;
    for (const id of [held.waiting12.id, held.waiting8.id, ended.confirmed.id])
      expect(await auditCount(id)).toBe(1);
    expect((await statusOf(ended.confirmed.id)).status).toBe('completed');
    await expectSeatsConsistent(ctx.db, held.world.region.id);
    await expectSeatsConsistent(ctx.db, ended.world.region.id);
  });
});

describe('after the session', () => {
  it('when the session has ended, then the sweep completes confirmed bookings and closes the waitlist; the company may report a no-show', async () => {
    const s = await fullSessionWithWaitlist();
    const end = new Date(s.world.session.endsAt.getTime() + 1);
    const result = await runBookingSweep(ctx.db, end);
    expect(result.closed).toBeGreaterThanOrEqual(3);
    expect((await statusOf(s.confirmed.id)).status).toBe('completed');
    expect(await statusOf(s.waiting8.id)).toMatchObject({
      status: 'cancelled',
      statusReason: 'session_ended',
    });
    expect((await runBookingSweep(ctx.db, end)).closed).toBe(0);
    await expectSeatsConsistent(ctx.db, s.world.region.id);
  });

  it('when the company reports a no-show before the start, then 409; a school cannot report one', async () => {
    const s = await fullSessionWithWaitlist();
    const early = await post(s.world.companyUser.headers, `/bookings/${s.confirmed.id}/no-show`);
    expect(early.json()).toMatchObject({ status: 409, code: 'invalid_transition' });
    const bySchool = await post(s.first.coordinator.headers, `/bookings/${s.confirmed.id}/no-show`);
    expect(bySchool.statusCode).toBe(403);
  });
});

describe('reading bookings', () => {
  it('when schools, the company and the bureau list bookings, then each sees only its scope', async () => {
    const s = await fullSessionWithWaitlist();
    const list = async (headers: Record<string, string>) =>
      (
        await ctx.app.inject({
          method: 'GET',
          url: `/api/v1/bookings?sessionId=${s.world.session.id}`,
          headers,
        })
      ).json<{ items: { id: string }[] }>();
    expect((await list(s.first.coordinator.headers)).items.map((b) => b.id)).toEqual([
      s.confirmed.id,
    ]);
    expect((await list(s.world.companyUser.headers)).items).toHaveLength(3);
    expect((await list(s.world.bureau.headers)).items).toHaveLength(3);
    const other = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/bookings/${s.confirmed.id}`,
      headers: s.second.coordinator.headers,
    });
    expect(other.statusCode).toBe(404);
    const outsider = await aBookingWorld(ctx.app, ctx.db);
    const elsewhere = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/bookings/${s.confirmed.id}`,
      headers: outsider.bureau.headers,
    });
    expect(elsewhere.statusCode).toBe(404);
  });

  it('when a school reads the waitlist, then it sees its own entry and aggregates only', async () => {
    const s = await fullSessionWithWaitlist();
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/waitlist?sessionId=${s.world.session.id}`,
      headers: s.third.coordinator.headers,
    });
    expect(response.json()).toMatchObject({
      length: 2,
      freeSeats: 0,
      waitingSeats: 20,
      entries: [{ bookingId: s.waiting8.id, position: 2 }],
    });
    const company = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/waitlist?sessionId=${s.world.session.id}`,
      headers: s.world.companyUser.headers,
    });
    expect(company.json().entries).toHaveLength(2);
  });
});
