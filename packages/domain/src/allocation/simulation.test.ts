import { describe, expect, it } from 'vitest';
import { comparePolicies, generateRegion, derivedSeed, type RegionShape } from './simulation';

const small: RegionShape = { schools: 8, sessions: 24, requests: 160, demand: 'equal' };
const byPolicy = (rows: ReturnType<typeof comparePolicies>) =>
  Object.fromEntries(rows.map((row) => [row.policy, row]));

describe('allocation simulation', () => {
  it('when a region is generated, then it has the asked shape and is the same for the same seed', () => {
    const region = generateRegion({ ...small, demand: 'by_pupils' }, derivedSeed('shape'));
    expect(region.sessions).toHaveLength(24);
    expect(region.requests).toHaveLength(160);
    expect(new Set(region.requests.map((r) => r.schoolId)).size).toBe(8);
    expect(generateRegion({ ...small, demand: 'by_pupils' }, derivedSeed('shape'))).toEqual(region);
  });

  it('when demand is equal, then the snake draft spreads seats no wider than first-come-first-served', () => {
    for (const regionSeed of ['noord', 'midden', 'zuid']) {
      const rows = byPolicy(comparePolicies(small, regionSeed, 12));
      expect(rows.snake_draft!.placedShareSpread).toBeLessThanOrEqual(
        rows.first_come_first_served!.placedShareSpread,
      );
      expect(rows.snake_draft!.placedSeatsSpread).toBeLessThanOrEqual(
        rows.first_come_first_served!.placedSeatsSpread,
      );
    }
  });

  it('when demand follows school size, then the pupil-weighted snake draft spreads placed shares no wider than first-come-first-served', () => {
    for (const regionSeed of ['noord', 'midden', 'zuid']) {
      const rows = byPolicy(comparePolicies({ ...small, demand: 'by_pupils' }, regionSeed, 12));
      expect(rows.snake_draft_weighted!.placedShareSpread).toBeLessThanOrEqual(
        rows.first_come_first_served!.placedShareSpread,
      );
    }
  });
});
