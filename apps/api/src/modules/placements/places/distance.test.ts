import { beforeAll, describe, expect, it } from 'vitest';
import { postcodeAreas } from '@stagebureau/db';
import { startTestApp, type TestContext } from '../../../../test/harness';
import { aPlacementWorld } from '../../../../test/placementWorld';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof aPlacementWorld>>;

beforeAll(async () => {
  ctx = await startTestApp();
  world = await aPlacementWorld(ctx);
  // PC4 centroids of Assen (9401) and Emmen (7811): 33.0 km apart in a straight line.
  await ctx.db.insert(postcodeAreas).values([
    { pc4: '9401', latitude: 52.9925, longitude: 6.5649, source: 'test' },
    { pc4: '7811', latitude: 52.7792, longitude: 6.9069, source: 'test' },
  ]);
  await world.aPlace({ title: 'Stage in Assen' });
  await world.aPlace(
    { title: 'Stage in Emmen', postcode: '7811 AA', city: 'Emmen' },
    'otherCompany',
  );
  await world.aPlace({ title: 'Stage ergens', postcode: '9999 ZZ', city: 'Ergens' });
});

const places = async (query: string) => {
  const body = await world.ok('GET', `/places?${query}`, 'school');
  return (body as { items: { title: string; distanceKm: number | null }[] }).items.map((place) => [
    place.title,
    place.distanceKm,
  ]);
};

describe('place search by distance', () => {
  it('when a school searches from a postcode, then places come nearest first, unknown places last', async () => {
    expect(await places('nearPostcode=9401%20XX')).toEqual([
      ['Stage in Assen', 0],
      ['Stage in Emmen', 33],
      ['Stage ergens', null],
    ]);
  });

  it('when a school limits the distance, then farther and unknown places are left out', async () => {
    expect(await places('nearPostcode=9401&maxKm=10')).toEqual([['Stage in Assen', 0]]);
  });

  it('without an origin, then no distance is given; a bad origin is refused', async () => {
    expect((await places('')).every(([, km]) => km === null)).toBe(true);
    const response = await world.call('GET', '/places?maxKm=5', 'school');
    expect(response.statusCode).toBe(422);
  });
});
