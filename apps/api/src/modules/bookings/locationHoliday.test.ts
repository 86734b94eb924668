import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { blackouts, classes, conflicts, schoolLocations } from '@stagebureau/db';
import { localDateOf } from '@stagebureau/domain';
import { aBookingSchool, aBookingWorld, bookingRequest } from '../../../test/bookingScenario';
import { startTestApp, type TestContext } from '../../../test/harness';

/**
 * A school location keeps DUO's holiday region (VAKANTIEREGIO): a class taught there has the
 * holidays of that region, not the region's own (noord in the test region).
 */
let ctx: TestContext;
let world: Awaited<ReturnType<typeof aBookingWorld>>;
let school: Awaited<ReturnType<typeof aBookingSchool>>;

beforeAll(async () => {
  ctx = await startTestApp();
  world = await aBookingWorld(ctx.app, ctx.db, { session: { capacity: 100 } });
  school = await aBookingSchool(ctx.app, ctx.db, world.region.id, [20, 20]);
  const date = localDateOf(world.session.startsAt);
  // Only holiday region zuid is off on the session's day.
  await ctx.db.insert(blackouts).values({
    regionId: world.region.id,
    kind: 'school_holiday',
    name: 'Voorjaarsvakantie zuid',
    holidayRegion: 'zuid',
    startsOn: date,
    endsOn: date,
  });
  const [southern] = await ctx.db
    .insert(schoolLocations)
    .values({
      regionId: world.region.id,
      organisationId: school.school.id,
      name: 'Vestiging Zuid',
      postcode: '5611 AA',
      city: 'Eindhoven',
      holidayRegion: 'zuid',
    })
    .returning();
  await ctx.db
    .update(classes)
    .set({ locationId: southern!.id })
    .where(eq(classes.id, school.classes[0]!.id));
});

const overlapsOf = (bookingId: string) =>
  ctx.db
    .select()
    .from(conflicts)
    .where(
      and(
        eq(conflicts.type, 'blackout_overlap'),
        eq(conflicts.regionId, world.region.id),
        eq(conflicts.schoolId, school.school.id),
        // The conflict names the booking among its bookings.
        eq(conflicts.bookingIds, [bookingId]),
      ),
    );

const book = async (classId: string) => {
  const response = await ctx.app.inject(
    bookingRequest(school.coordinator.headers, { sessionId: world.session.id, classId }),
  );
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
};

describe("a location's own holiday region on the booking path", () => {
  it('when a class at a location in holiday region zuid is booked on a zuid holiday, then the bureau gets a blackout_overlap conflict', async () => {
    expect(await overlapsOf(await book(school.classes[0]!.id))).toHaveLength(1);
  });

  it('when a class without a location (the region’s own holidays, noord) is booked that day, then no conflict', async () => {
    expect(await overlapsOf(await book(school.classes[1]!.id))).toHaveLength(0);
  });
});
