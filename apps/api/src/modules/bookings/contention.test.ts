import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { bookings, sessions } from '@stagebureau/db';
import { aSession } from '../../../test/activityBuilders';
import {
  aBookingSchool,
  aBookingWorld,
  countBy,
  expectSeatsConsistent,
  retryingPost,
  type RetryingPost,
} from '../../../test/bookingScenario';
import { aLoggedInUser } from '../../../test/builders';
import { startTestApp, type TestContext } from '../../../test/harness';

/** Contention on one class (exclusion constraint) and on the last seats, over real HTTP. */
let ctx: TestContext;
let send: RetryingPost;
beforeAll(async () => {
  ctx = await startTestApp();
  send = retryingPost(await ctx.listen());
});

describe('one class, many overlapping sessions at once', () => {
  it(
    'when one class is booked into 8 overlapping sessions concurrently (two coordinators), then exactly one is confirmed and the rest are class_busy',
    { timeout: 120_000 },
    async () => {
      const world = await aBookingWorld(ctx.app, ctx.db);
      const overlapping = [world.session];
      for (let i = 1; i < 8; i++) {
        overlapping.push(
          await aSession(ctx.db, world.region.id, world.offer.id, {
            startsAt: new Date(world.session.startsAt.getTime() + i * 10 * 60_000),
          }),
        );
      }
      const { school, coordinator, classes } = await aBookingSchool(
        ctx.app,
        ctx.db,
        world.region.id,
        [15],
      );
      const colleague = await aLoggedInUser(ctx.app, ctx.db, world.region.id, 'teacher', school.id);
      const replies = await Promise.all(
        overlapping.map((session, index) =>
          send('/bookings', {
            headers: {
              ...(index % 2 ? colleague.headers : coordinator.headers),
              'idempotency-key': randomUUID(),
            },
            body: { sessionId: session.id, classId: classes[0]!.id },
          }),
        ),
      );
      expect(
        countBy(replies, (reply) =>
          String(reply.status >= 400 ? reply.body.code : reply.body.status),
        ),
      ).toEqual({
        confirmed: 1,
        class_busy: 7,
      });
      await expectSeatsConsistent(ctx.db, world.region.id);
    },
  );
});

describe('the last seats, classes of different sizes', () => {
  it(
    'when 40 classes of 1–3 pupils race for 7 seats, then the session never exceeds capacity and no class is split',
    { timeout: 120_000 },
    async () => {
      const world = await aBookingWorld(ctx.app, ctx.db, { session: { capacity: 7 } });
      const attempts = [];
      for (let i = 0; i < 10; i++) {
        const { coordinator, classes } = await aBookingSchool(
          ctx.app,
          ctx.db,
          world.region.id,
          [1, 2, 3, 2],
        );
        attempts.push(...classes.map((schoolClass) => ({ coordinator, schoolClass })));
      }
      const replies = await Promise.all(
        attempts.map(({ coordinator, schoolClass }) =>
          send('/bookings', {
            headers: { ...coordinator.headers, 'idempotency-key': randomUUID() },
            body: { sessionId: world.session.id, classId: schoolClass.id },
          }),
        ),
      );
      expect(replies.filter((reply) => reply.status >= 500)).toEqual([]);
      const rows = await ctx.db
        .select()
        .from(bookings)
        .where(eq(bookings.sessionId, world.session.id));
      const confirmedSeats = rows
        .filter((row) => row.status === 'confirmed')
        .reduce((sum, row) => sum + row.seats, 0);
      // Ten 1-pupil classes cannot all fit in 7 seats, and one of them waits only when no seat
      // at all is left: so the session ends exactly full, never over.
      expect(confirmedSeats).toBe(7);
      const [session] = await ctx.db
        .select()
        .from(sessions)
        .where(eq(sessions.id, world.session.id));
      expect(session!.bookedSeats).toBe(confirmedSeats);
      expect(rows).toHaveLength(40);
      const sizeOf = new Map(attempts.map(({ schoolClass }) => [schoolClass.id, schoolClass.size]));
      expect(rows.filter((row) => row.seats !== sizeOf.get(row.classId!))).toEqual([]);
      await expectSeatsConsistent(ctx.db, world.region.id);
    },
  );
});
