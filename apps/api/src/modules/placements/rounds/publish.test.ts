import { and, eq, notInArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { bookings, internshipPlaces, placements, sessions } from '@stagebureau/db';
import { startTestApp, type TestContext } from '../../../../test/harness';
import { aRoundWorld, type RoundWorld } from './testWorld';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});

/** The seats of a place as the database holds them: counter and live bookings agree. */
async function seatsOf(placeId: string) {
  const [place] = await ctx.db
    .select({ sessionId: sessions.id, booked: sessions.bookedSeats, capacity: sessions.capacity })
    .from(internshipPlaces)
    .innerJoin(sessions, eq(sessions.id, internshipPlaces.sessionId))
    .where(eq(internshipPlaces.id, placeId));
  const live = await ctx.db
    .select()
    .from(bookings)
    .where(
      and(
        eq(bookings.sessionId, place!.sessionId),
        notInArray(bookings.status, ['cancelled', 'declined']),
      ),
    );
  expect(live).toHaveLength(place!.booked);
  return place!;
}

const placementsOf = (participantId: string) =>
  ctx.db.select().from(placements).where(eq(placements.participantId, participantId));

async function declineAs(world: RoundWorld, placementId: string, reason: string) {
  const response = await world.send('POST', `/placements/${placementId}/decline`, 'company', {
    reason,
  });
  expect(response.statusCode, response.body).toBe(200);
}

describe('publishing a matching round', () => {
  it('when a round is published, then each placed pupil is proposed to the company with its round and rank', async () => {
    const world = await aRoundWorld(ctx);
    const place = await world.aPlace();
    const pupil = await world.aPupil();
    const round = await world.aRound([place.id]);
    await world.preferred(round.id, pupil.id, [place.id]);
    expect(
      (await world.send('POST', `/placement-rounds/${round.id}/publish`, 'school')).statusCode,
    ).toBe(409);
    await world.run(round.id);
    const published = await world.publish(round.id);
    expect(published.status).toBe('published');
    const result = world.pupilIn(published, pupil.id).result!;
    expect(result).toMatchObject({ placeId: place.id, placementStatus: 'proposed', settled: true });
    const [placement] = await placementsOf(pupil.id);
    expect(placement).toMatchObject({
      id: result.placementId,
      status: 'proposed',
      roundId: round.id,
      preferenceRank: 1,
    });
    const again = await world.send('POST', `/placement-rounds/${round.id}/publish`, 'school');
    expect(again.statusCode).toBe(409);
    expect(await placementsOf(pupil.id)).toHaveLength(1);
  });

  it("when two schools' rounds publish for the same last place at once, then exactly one pupil gets it and the other is moved on with a reason", async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const world = await aRoundWorld(ctx);
      const last = await world.aPlace({ title: 'Laatste plaats', places: 1 });
      const spare = await world.aPlace({ title: 'Reserve', places: 2 });
      const ours = await world.aPupil('Ilse', 'Bakker');
      const theirs = await world.aPupil('Joost', 'Visser', 'otherSchool');
      const ourRound = await world.aRound([last.id, spare.id]);
      const theirRound = await world.aRound([last.id], 'otherSchool');
      await world.preferred(ourRound.id, ours.id, [last.id, spare.id]);
      await world.preferred(theirRound.id, theirs.id, [last.id], 'otherSchool');
      for (const [id, who] of [
        [ourRound.id, 'school'],
        [theirRound.id, 'otherSchool'],
      ] as const)
        expect(
          world.pupilIn(await world.run(id, who), who === 'school' ? ours.id : theirs.id).result!
            .placeId,
        ).toBe(last.id);

      const [mine, other] = await Promise.all([
        world.publish(ourRound.id),
        world.publish(theirRound.id, 'otherSchool'),
      ]);
      const lastSeats = await seatsOf(last.id);
      expect(lastSeats.booked).toBe(1);
      const ourResult = world.pupilIn(mine, ours.id).result!;
      const theirResult = world.pupilIn(other, theirs.id).result!;
      const winners = [ourResult, theirResult].filter((result) => result.placeId === last.id);
      expect(winners).toHaveLength(1);
      if (ourResult.placeId === last.id) {
        expect(theirResult).toMatchObject({ placeId: null, placementId: null, settled: true });
        expect(theirResult.explanation).toBe(
          'Geplaatst bij voorkeur 1 (beurt 1 van 1); voorkeur 1 was vol; geen volgende voorkeur met plek; niet geplaatst',
        );
        expect(await placementsOf(theirs.id)).toEqual([]);
      } else {
        expect(ourResult).toMatchObject({ placeId: spare.id, preferenceRank: 2 });
        expect(ourResult.explanation).toBe(
          'Geplaatst bij voorkeur 1 (beurt 1 van 1); voorkeur 1 was vol; geplaatst bij voorkeur 2',
        );
        expect(await placementsOf(ours.id)).toEqual([
          expect.objectContaining({ placeId: spare.id, preferenceRank: 2, roundId: ourRound.id }),
        ]);
        expect((await seatsOf(spare.id)).booked).toBe(1);
      }
    }
  });
});

describe('a company declines a pupil of the round', () => {
  it('when the company declines, then the next preference with room is proposed in the same step and the result says why', async () => {
    const world = await aRoundWorld(ctx);
    const first = await world.aPlace({ title: 'Eerste keus', places: 1 });
    const full = await world.aPlace({ title: 'Vol', places: 1 });
    const third = await world.aPlace({ title: 'Derde keus', places: 1 });
    const pupil = await world.aPupil();
    const round = await world.aRound([first.id, full.id, third.id]);
    await world.preferred(round.id, pupil.id, [first.id, full.id, third.id]);
    await world.run(round.id);
    const published = await world.publish(round.id);
    const proposed = world.pupilIn(published, pupil.id).result!;
    expect(proposed).toMatchObject({ placeId: first.id, preferenceRank: 1 });
    // The second preference fills up after publishing (a direct proposal of another pupil).
    expect((await world.propose(full.id, (await world.aPupil('Kees')).id)).statusCode).toBe(201);

    await declineAs(world, proposed.placementId!, 'Geen begeleider in die weken');
    const after = world.pupilIn(await world.round(round.id), pupil.id).result!;
    expect(after).toMatchObject({
      placeId: third.id,
      preferenceRank: 3,
      placementStatus: 'proposed',
    });
    expect(after.explanation).toBe(
      'Geplaatst bij voorkeur 1 (beurt 1 van 1); voorkeur 1 afgewezen door het bedrijf; voorkeur 2 was vol; geplaatst bij voorkeur 3',
    );
    const rows = await placementsOf(pupil.id);
    expect(rows.map((row) => [row.placeId, row.status, row.preferenceRank, row.roundId])).toEqual(
      expect.arrayContaining([
        [first.id, 'declined', 1, round.id],
        [third.id, 'proposed', 3, round.id],
      ]),
    );
    expect(rows).toHaveLength(2);
    expect((await seatsOf(first.id)).booked).toBe(0);
    expect((await seatsOf(third.id)).booked).toBe(1);

    await declineAs(world, after.placementId!, 'Toch geen plek');
    const last = world.pupilIn(await world.round(round.id), pupil.id).result!;
    expect(last).toMatchObject({ placeId: null, placementId: null });
    expect(last.explanation).toMatch(
      /voorkeur 3 afgewezen door het bedrijf; geen volgende voorkeur met plek; niet geplaatst$/,
    );
  });

  it('when a pupil proposed directly (not through a round) is declined, then nothing else is proposed', async () => {
    const world = await aRoundWorld(ctx);
    const place = await world.aPlace();
    const pupil = await world.aPupil();
    const proposed = (await world.propose(place.id, pupil.id)).json();
    await declineAs(world, proposed.id, 'Vol');
    expect((await placementsOf(pupil.id)).map((row) => row.status)).toEqual(['declined']);
  });
});
