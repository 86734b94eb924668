import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { classes, organisations, postcodeAreas, schoolLocations } from '@stagebureau/db';
import { aClass } from '../../../test/builders';
import { aDemandWorld, requestTerms } from '../../../test/demandWorld';
import { startTestApp, type TestContext } from '../../../test/harness';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof aDemandWorld>>;
let inEmmen: string;
let nearby: string;

// The company has no coordinates: its postcode area 9401 (Assen) stands in. Emmen is 33.0 km
// from there in a straight line.
const assen = { latitude: 52.9925, longitude: 6.5649 };
const emmen = { latitude: 52.7792, longitude: 6.9069 };

beforeAll(async () => {
  ctx = await startTestApp();
  world = await aDemandWorld(ctx);
  await ctx.db.insert(postcodeAreas).values({ pc4: '9401', ...assen, source: 'test' });
  // The Nassau College sits in Assen, but this class is taught at its Emmen location.
  await ctx.db.update(organisations).set(assen).where(eq(organisations.id, world.school.id));
  const [location] = await ctx.db
    .insert(schoolLocations)
    .values({
      regionId: world.regionId,
      organisationId: world.school.id,
      name: 'Emmen',
      postcode: '7811 AA',
      city: 'Emmen',
      ...emmen,
    })
    .returning();
  const emmenClass = await aClass(ctx.db, world.regionId, world.school.id);
  await ctx.db
    .update(classes)
    .set({ locationId: location!.id })
    .where(eq(classes.id, emmenClass.id));
  const asked = async (who: string, classId: string, title: string) => {
    const response = await world.call('POST', '/requests', who, {
      ...requestTerms,
      title,
      classIds: [classId],
    });
    expect(response.statusCode, response.body).toBe(201);
    await world.publish(response.json());
    return response.json().id as string;
  };
  inEmmen = await asked('school', emmenClass.id, 'Gastles in Emmen');
  const [otherSchool] = await ctx.db
    .select()
    .from(organisations)
    .where(eq(organisations.name, 'Esdal College'));
  await ctx.db.update(organisations).set(assen).where(eq(organisations.id, otherSchool!.id));
  const nearClass = await aClass(ctx.db, world.regionId, otherSchool!.id);
  nearby = await asked('otherSchool', nearClass.id, 'Gastles in Assen');
});

const listed = async (query: string, who = 'company') => {
  const response = await world.call('GET', `/requests?${query}`, who);
  expect(response.statusCode, response.body).toBe(200);
  return response
    .json<{ items: { id: string; distanceKm: number | null }[] }>()
    .items.map((item) => [item.id, item.distanceKm]);
};

describe('the menu card by distance, for a company', () => {
  it('when a company sorts by distance, then the nearest asking school comes first, with its km', async () => {
    expect(await listed('sort=distance')).toEqual([
      [nearby, 0],
      [inEmmen, 33],
    ]);
  });

  it('when a company limits the distance, then requests farther away are left out', async () => {
    expect(await listed('maxKm=25')).toEqual([[nearby, 0]]);
  });

  it('when a school or the bureau reads requests, then no distance is given; asking for one is refused', async () => {
    expect((await listed('', 'bureau')).every(([, km]) => km === null)).toBe(true);
    const refused = await world.call('GET', '/requests?maxKm=10', 'bureau');
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('origin_unknown');
  });
});
