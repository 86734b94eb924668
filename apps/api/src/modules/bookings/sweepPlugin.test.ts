import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { bookings } from '@stagebureau/db';
import { aBooking, aSession } from '../../../test/activityBuilders';
import { aBookingSchool, aBookingWorld } from '../../../test/bookingScenario';
import { startTestApp, type TestContext } from '../../../test/harness';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp({ BOOKING_SWEEP_INTERVAL_MS: '50' });
});

describe('the sweep inside the API process', () => {
  it('when the API runs with a sweep interval, then a session that has ended gets its bookings completed without any request', async () => {
    const world = await aBookingWorld(ctx.app, ctx.db);
    const past = await aSession(ctx.db, world.region.id, world.offer.id, {
      startsAt: new Date(Date.now() - 5 * 3_600_000),
    });
    const { school, classes } = await aBookingSchool(ctx.app, ctx.db, world.region.id, [10]);
    const booking = await aBooking(ctx.db, past, school, classes[0]!);
    await expect
      .poll(
        async () =>
          (await ctx.db.select().from(bookings).where(eq(bookings.id, booking.id)))[0]!.status,
        { timeout: 20_000, interval: 100 },
      )
      .toBe('completed');
  });
});
