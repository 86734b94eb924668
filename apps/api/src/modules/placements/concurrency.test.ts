import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { bookings, sessions } from '@stagebureau/db';
import { startTestApp, type TestContext } from '../../../test/harness';
import { aPlacementWorld } from '../../../test/placementWorld';

/** Invariant 9 under concurrency: places never over-filled, a pupil never in two places at once. */
let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});

const codes = (responses: { statusCode: number; body: string }[]) =>
  responses.map((r) => (r.statusCode === 201 ? 'placed' : JSON.parse(r.body).code)).sort();

describe('placements under concurrency', () => {
  it('when two schools propose pupils for the last place at the same moment, then exactly one gets it', async () => {
    const world = await aPlacementWorld(ctx);
    const place = await world.aPlace({ places: 1 });
    const ours = await world.aPupil('Sanne', 'de Boer');
    const theirs = await world.aPupil('Bram', 'Smit', 'otherSchool');
    const responses = await Promise.all([
      world.propose(place.id, ours.id, 'school'),
      world.propose(place.id, theirs.id, 'otherSchool'),
    ]);
    expect(codes(responses)).toEqual(['place_full', 'placed']);
    const [session] = await ctx.db.select().from(sessions).where(eq(sessions.id, place.sessionId));
    expect(session).toMatchObject({ capacity: 1, bookedSeats: 1 });
    const live = await ctx.db
      .select()
      .from(bookings)
      .where(eq(bookings.sessionId, place.sessionId));
    expect(live.filter((b) => b.status === 'requested')).toHaveLength(1);
  });

  it('when one pupil is proposed for two overlapping places at the same moment, then exactly one holds', async () => {
    const world = await aPlacementWorld(ctx);
    const first = await world.aPlace();
    const second = await world.aPlace(
      { startsOn: '2030-03-18', endsOn: '2030-04-04' },
      'otherCompany',
    );
    const pupil = await world.aPupil();
    const responses = await Promise.all([
      world.propose(first.id, pupil.id),
      world.propose(second.id, pupil.id),
    ]);
    expect(codes(responses)).toEqual(['participant_busy', 'placed']);
    const frees = [
      (await world.ok('GET', `/places/${first.id}`, 'school')).free,
      (await world.ok('GET', `/places/${second.id}`, 'school')).free,
    ].sort();
    expect(frees).toEqual([1, 2]);
  });

  it('when two pupils of one class go on overlapping placements, then both are placed: the class is not busy', async () => {
    const world = await aPlacementWorld(ctx);
    const place = await world.aPlace();
    const pupil = await world.aPupil();
    await world.accepted(place.id, pupil.id);
    const second = await world.aPupil('Bram', 'Smit');
    // Another pupil of the same class in an overlapping place: the class is not "busy".
    const other = await world.aPlace(
      { startsOn: '2030-03-11', endsOn: '2030-03-14' },
      'otherCompany',
    );
    expect((await world.propose(other.id, second.id)).statusCode).toBe(201);
  });

  it('when a declined pupil is proposed again, then the freed place takes her', async () => {
    const world = await aPlacementWorld(ctx);
    const place = await world.aPlace({ places: 1 });
    const pupil = await world.aPupil();
    const first = (await world.propose(place.id, pupil.id)).json();
    await world.ok('POST', `/placements/${first.id}/decline`, 'company', { reason: 'Vol' }, 200);
    expect((await world.propose(place.id, pupil.id)).statusCode).toBe(201);
  });
});
