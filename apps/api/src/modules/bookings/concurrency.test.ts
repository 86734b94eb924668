import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, bookings, sessions } from '@stagebureau/db';
import { startTestApp, type TestContext } from '../../../test/harness';
import { aBooking } from '../../../test/activityBuilders';
import {
  aBookingSchool,
  aBookingWorld,
  countBy,
  expectSeatsConsistent,
  retryingPost,
  type RetryingPost,
} from '../../../test/bookingScenario';

/**
 * Invariants under real concurrency (architecture §5): parallel HTTP requests against a listening
 * server and the real database. Clients retry 503 `busy_try_again` with the same
 * Idempotency-Key, as a real client would; every scenario ends with the consistency check.
 */
let ctx: TestContext;
let send: RetryingPost;
beforeAll(async () => {
  ctx = await startTestApp();
  send = retryingPost(await ctx.listen());
});

describe('a flash crowd on one session', () => {
  it(
    'when 25 schools send 300 bookings at once for 30 seats, then exactly 30 are confirmed, caps hold and the rest wait in arrival order',
    { timeout: 180_000 },
    async () => {
      const cap = 4;
      const world = await aBookingWorld(ctx.app, ctx.db, {
        settings: { capPerSchoolPerSession: cap },
        session: { capacity: 30 },
      });
      const schools = [];
      for (let i = 0; i < 25; i++) {
        schools.push(await aBookingSchool(ctx.app, ctx.db, world.region.id, Array(12).fill(1)));
      }
      const attempts = schools.flatMap(({ coordinator, classes }) =>
        classes.map((schoolClass) => ({ coordinator, classId: schoolClass.id })),
      );
      const replies = await Promise.all(
        attempts.map(({ coordinator, classId }) =>
          send('/bookings', {
            headers: { ...coordinator.headers, 'idempotency-key': randomUUID() },
            body: { sessionId: world.session.id, classId },
          }),
        ),
      );

      const retried = replies.reduce((sum, reply) => sum + reply.retries, 0);
      console.info(`flash crowd: 300 attempts, ${retried} retries after 503`);
      expect(replies.filter((reply) => reply.status >= 500)).toEqual([]);
      const outcomes = countBy(
        replies,
        (reply) =>
          `${reply.status} ${String(reply.status >= 400 ? reply.body.code : reply.body.status)}`,
      );
      expect(outcomes).toEqual({
        '201 confirmed': 30,
        '202 waitlisted': 25 * cap - 30,
        '409 school_cap_reached': 300 - 25 * cap,
      });

      const [session] = await ctx.db
        .select()
        .from(sessions)
        .where(eq(sessions.id, world.session.id));
      expect(session!.bookedSeats).toBe(30);
      const rows = await ctx.db
        .select()
        .from(bookings)
        .where(eq(bookings.sessionId, world.session.id));
      const perSchool = countBy(rows, (row) => row.schoolId);
      expect(Math.max(...Object.values(perSchool))).toBeLessThanOrEqual(cap);
      // Arrival order is the order of the session lock: every waiting booking came after every
      // confirmed one, and the waitlist positions follow that order.
      const confirmed = rows.filter((row) => row.status === 'confirmed').map((row) => row.queueNo);
      const waiting = rows.filter((row) => row.status === 'waitlisted').map((row) => row.queueNo);
      expect(Math.max(...confirmed)).toBeLessThan(Math.min(...waiting));
      const positions = replies
        .filter((reply) => reply.body.status === 'waitlisted')
        .map((reply) => reply.body.waitlistPosition as number)
        .sort((a, b) => a - b);
      expect(positions).toEqual(Array.from({ length: 25 * cap - 30 }, (_, i) => i + 1));
      await expectSeatsConsistent(ctx.db, world.region.id);
    },
  );
});

describe('cancellations at once', () => {
  it(
    'when 50 confirmed bookings are cancelled concurrently, then each freed seat is promoted exactly once, in order',
    { timeout: 180_000 },
    async () => {
      const world = await aBookingWorld(ctx.app, ctx.db, { session: { capacity: 50 } });
      const schools = [];
      for (let i = 0; i < 10; i++) {
        schools.push(await aBookingSchool(ctx.app, ctx.db, world.region.id, Array(11).fill(1)));
      }
      const confirmedIds: { id: string; headers: Record<string, string> }[] = [];
      for (const { school, coordinator, classes } of schools) {
        for (const schoolClass of classes.slice(0, 5)) {
          const row = await aBooking(ctx.db, world.session, school, schoolClass);
          confirmedIds.push({ id: row.id, headers: coordinator.headers });
        }
      }
      const waitingIds: string[] = [];
      for (const { school, classes } of schools) {
        for (const schoolClass of classes.slice(5)) {
          const row = await aBooking(ctx.db, world.session, school, schoolClass, {
            status: 'waitlisted',
          });
          waitingIds.push(row.id);
        }
      }
      await expectSeatsConsistent(ctx.db, world.region.id);

      const replies = await Promise.all(
        confirmedIds.map(({ id, headers }) =>
          send(`/bookings/${id}/cancel`, { headers, body: { reason: 'Excursie gaat niet door' } }),
        ),
      );
      expect(countBy(replies, (reply) => `${reply.status} ${String(reply.body.status)}`)).toEqual({
        '200 cancelled': 50,
      });

      const rows = await ctx.db
        .select()
        .from(bookings)
        .where(eq(bookings.sessionId, world.session.id));
      const byId = new Map(rows.map((row) => [row.id, row]));
      const ordered = [...waitingIds].sort((a, b) => byId.get(a)!.queueNo - byId.get(b)!.queueNo);
      expect(ordered.slice(0, 50).map((id) => byId.get(id)!.status)).toEqual(
        Array(50).fill('confirmed'),
      );
      expect(ordered.slice(50).map((id) => byId.get(id)!.status)).toEqual(
        Array(ordered.length - 50).fill('waitlisted'),
      );
      const promotions = await ctx.db
        .select({ entityId: auditEvents.entityId, count: sql<number>`count(*)::int` })
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.regionId, world.region.id),
            eq(auditEvents.action, 'booking.promoted'),
          ),
        )
        .groupBy(auditEvents.entityId);
      expect(promotions).toHaveLength(50);
      expect(promotions.every((row) => row.count === 1)).toBe(true);
      await expectSeatsConsistent(ctx.db, world.region.id);
    },
  );
});

describe('one request, sent twenty times', () => {
  it(
    'when the same idempotent booking arrives 20 times in parallel, then there is one booking and every answer is the same',
    { timeout: 120_000 },
    async () => {
      const world = await aBookingWorld(ctx.app, ctx.db);
      const { coordinator, classes } = await aBookingSchool(ctx.app, ctx.db, world.region.id, [22]);
      const key = randomUUID();
      const replies = await Promise.all(
        Array.from({ length: 20 }, () =>
          send('/bookings', {
            headers: { ...coordinator.headers, 'idempotency-key': key },
            body: { sessionId: world.session.id, classId: classes[0]!.id, note: 'Graag ochtend' },
          }),
        ),
      );
      expect(new Set(replies.map((reply) => reply.status))).toEqual(new Set([201]));
      expect(new Set(replies.map((reply) => JSON.stringify(reply.body))).size).toBe(1);
      const rows = await ctx.db
        .select()
        .from(bookings)
        .where(eq(bookings.sessionId, world.session.id));
      expect(rows).toHaveLength(1);
      await expectSeatsConsistent(ctx.db, world.region.id);
    },
  );
});
