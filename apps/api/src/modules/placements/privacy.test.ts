import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { bookings, participants, placements } from '@stagebureau/db';
import { startTestApp, type TestContext } from '../../../test/harness';
import { aPlacementWorld, type PlacementWorld } from '../../../test/placementWorld';
import { eraseExpiredParticipants } from './erasure/sweep';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});

/** Everything one reader learns about the pupil over every placement endpoint. */
async function seenBy(
  world: PlacementWorld,
  who: Parameters<PlacementWorld['call']>[2],
  ids: { pupil: string; placement: string },
) {
  const bodies = await Promise.all(
    [`/pupils/${ids.pupil}`, `/placements/${ids.placement}`, '/placements', '/pupils'].map(
      async (url) => {
        const response = await world.call('GET', url, who);
        return `${response.statusCode} ${response.body}`;
      },
    ),
  );
  return bodies.join('\n');
}

describe('the privacy matrix', () => {
  it('when each reader reads every placement endpoint, then only the school and the accepted host see the name, only the school the guardian', async () => {
    const world = await aPlacementWorld(ctx);
    const place = await world.aPlace();
    const pupil = await world.aPupil('Fenna', 'Oosterhuis');
    const proposed = (await world.propose(place.id, pupil.id)).json();
    const ids = { pupil: pupil.id, placement: proposed.id };
    const name = /Fenna|Oosterhuis/;
    const guardian = /ouder\.fenna@thuis\.example/;

    const school = await seenBy(world, 'school', ids);
    expect(school).toMatch(name);
    expect(school).toMatch(guardian);
    expect(await seenBy(world, 'company', ids)).not.toMatch(name);
    await world.ok('POST', `/placements/${proposed.id}/accept`, 'company', undefined, 200);
    const host = await seenBy(world, 'company', ids);
    expect(host).toMatch(name);
    expect(host).not.toMatch(guardian);
    for (const outsider of ['otherCompany', 'otherSchool', 'bureau'] as const) {
      const seen = await seenBy(world, outsider, ids);
      expect(seen, outsider).not.toMatch(name);
      expect(seen, outsider).not.toMatch(guardian);
    }
    expect(await seenBy(world, 'bureau', ids)).toContain(pupil.pseudonym);
    for (const url of [`/pupils/${pupil.id}`, `/placements/${proposed.id}`, '/placements'])
      expect((await world.call('GET', url, null)).statusCode).toBe(401);
  });
});

describe('retention and erasure', () => {
  it('when the retention period has ended, then the sweep removes the names and keeps every count', async () => {
    const world = await aPlacementWorld(ctx);
    const place = await world.aPlace();
    const pupil = await world.aPupil('Fenna', 'Oosterhuis');
    const placement = await world.accepted(place.id, pupil.id);
    // School year 2029-2030 ends 31 July 2030; three months later is 31 October.
    expect(placement.participant.erased).toBe(false);
    const [row] = await ctx.db.select().from(placements).where(eq(placements.id, placement.id));
    expect(row!.retainUntil).toBe('2030-10-31');

    await eraseExpiredParticipants(ctx.db, new Date('2030-10-31T12:00:00Z'));
    const kept = await world.ok('GET', `/pupils/${pupil.id}`, 'school');
    expect(kept.firstName).toBe('Fenna');

    await eraseExpiredParticipants(ctx.db, new Date('2030-11-01T12:00:00Z'));
    const [erased] = await ctx.db.select().from(participants).where(eq(participants.id, pupil.id));
    expect(erased).toMatchObject({
      firstName: pupil.pseudonym,
      surname: pupil.pseudonym,
      guardianEmail: null,
    });
    expect(erased!.erasedAt).not.toBeNull();
    const seen = await world.ok('GET', `/pupils/${pupil.id}`, 'school');
    expect(seen).toMatchObject({ erased: true, firstName: null, guardianEmail: null });
    // The counts stay: the placement and its booking are still there.
    expect((await world.ok('GET', '/placements', 'school')).items).toHaveLength(1);
    const [booking] = await ctx.db
      .select()
      .from(bookings)
      .where(eq(bookings.id, placement.bookingId));
    expect(booking!.status).toBe('confirmed');
    expect(await eraseExpiredParticipants(ctx.db, new Date('2030-11-02T12:00:00Z'))).toBe(0);
  });

  it('when the school exports a pupil, then it gets her data and placements; another school gets 404', async () => {
    const world = await aPlacementWorld(ctx);
    const place = await world.aPlace();
    const pupil = await world.aPupil();
    await world.propose(place.id, pupil.id);
    const exported = await world.ok('GET', `/pupils/${pupil.id}/export`, 'school');
    expect(exported.participant).toMatchObject({
      firstName: 'Sanne',
      guardianEmail: 'ouder.sanne@thuis.example',
    });
    expect(exported.placements).toHaveLength(1);
    expect((await world.call('GET', `/pupils/${pupil.id}/export`, 'otherSchool')).statusCode).toBe(
      404,
    );
  });

  it('when the school erases a pupil on request, then the host company no longer sees her name', async () => {
    const world = await aPlacementWorld(ctx);
    const place = await world.aPlace();
    const pupil = await world.aPupil();
    await world.accepted(place.id, pupil.id);
    const erased = await world.ok('POST', `/pupils/${pupil.id}/erase`, 'school', undefined, 200);
    expect(erased).toMatchObject({ erased: true, firstName: null });
    const host = await world.ok('GET', `/pupils/${pupil.id}`, 'company');
    expect(host).toMatchObject({ firstName: null, surname: null });
    expect((await world.call('POST', `/pupils/${pupil.id}/erase`, 'company')).statusCode).toBe(404);
  });
});
