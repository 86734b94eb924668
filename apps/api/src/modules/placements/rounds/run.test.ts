import { and, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, internshipPlaces, sessions } from '@stagebureau/db';
import {
  explainMatch,
  matchPupils,
  sha256Hex,
  type MatchingInput,
  type PlacementRoundView,
} from '@stagebureau/domain';
import { startTestApp, type TestContext } from '../../../../test/harness';
import { aRoundWorld, type RoundWorld } from './testWorld';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});

/** The periods of places, as the draw sees them (their one session). */
async function periodsOf(ids: string[]) {
  const rows = await ctx.db
    .select({ id: internshipPlaces.id, startsAt: sessions.startsAt, endsAt: sessions.endsAt })
    .from(internshipPlaces)
    .innerJoin(sessions, eq(sessions.id, internshipPlaces.sessionId))
    .where(inArray(internshipPlaces.id, ids));
  return new Map(
    rows.map((row) => [
      row.id,
      { startsAt: row.startsAt.toISOString(), endsAt: row.endsAt.toISOString() },
    ]),
  );
}

/**
 * Two places (1 and 2 seats) wanted by five pupils; one of them already holds an accepted
 * placement in the same weeks, so the draw must skip both places for them.
 */
async function aContestedRound(world: RoundWorld) {
  const p = await world.aPlace({ title: 'Stage P', places: 1 });
  const q = await world.aPlace({ title: 'Stage Q', places: 2 });
  const elsewhere = await world.aPlace({ title: 'Elders', places: 1 });
  const names = ['Anna', 'Bas', 'Cem', 'Dewi', 'Eva'];
  const [a, b, c, d, e] = await Promise.all(names.map((name) => world.aPupil(name, 'Jansen')));
  await world.accepted(elsewhere.id, c!.id);
  const round = await world.aRound([p.id, q.id]);
  const preferences: [typeof a, string[]][] = [
    [a, [p.id, q.id]],
    [b, [p.id, q.id]],
    [c, [p.id, q.id]],
    [d, [q.id, p.id]],
    [e, [p.id]],
  ];
  for (const [pupil, placeIds] of preferences) await world.preferred(round.id, pupil.id, placeIds);
  return { round, p, q, elsewhere, busyPupil: c!, preferences };
}

describe('running a matching round', () => {
  it('when a round runs, then the seed is revealed, matches its hash, and the result replays identically with matchPupils', async () => {
    const world = await aRoundWorld(ctx);
    const { round, p, q, elsewhere, busyPupil, preferences } = await aContestedRound(world);
    expect(round.seed).toBeNull();

    const ran = await world.run(round.id);
    expect(ran.status).toBe('run');
    expect(ran.seed).toMatch(/^[0-9a-f]{64}$/);
    expect(sha256Hex(ran.seed!)).toBe(round.seedHash);
    expect(ran.seedHash).toBe(round.seedHash);

    const periods = await periodsOf([p.id, q.id, elsewhere.id]);
    const input: MatchingInput = {
      seed: ran.seed!,
      places: [
        { id: p.id, remaining: 1, ...periods.get(p.id)! },
        { id: q.id, remaining: 2, ...periods.get(q.id)! },
      ],
      pupils: preferences.map(([pupil, placeIds]) => ({
        id: pupil.id,
        preferences: placeIds,
        busy: pupil.id === busyPupil.id ? [periods.get(elsewhere.id)!] : [],
      })),
    };
    const replay = matchPupils(input);
    expect(ran.pupils.map((pupil) => pupil.participant.id)).toEqual(replay.order);
    expect(ran.pupils.map((pupil) => pupil.result)).toEqual(
      replay.matches.map((match) =>
        expect.objectContaining({
          turn: match.turn,
          of: 5,
          placeId: match.placeId,
          preferenceRank: match.preferenceRank,
          drawnPlaceId: match.placeId,
          placementId: null,
          settled: false,
          explanation: match.explanation,
        }),
      ),
    );
    // Not vacuous: three seats for five pupils, one of whom overlaps both places.
    expect(ran.pupils.filter((pupil) => pupil.result!.placeId === null)).toHaveLength(2);
    expect(world.pupilIn(ran, busyPupil.id).result!.explanation).toContain(
      'overlappen met een andere plaatsing van de leerling',
    );

    const [event] = await ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, round.id), eq(auditEvents.action, 'run')));
    const frozen = (event!.after as { input: MatchingInput }).input;
    expect({ ...frozen, pupils: sortById(frozen.pupils) }).toEqual({
      ...input,
      pupils: sortById(input.pupils),
    });
    expect(matchPupils(frozen)).toEqual(replay);
  });

  it('when the round is read in English, then each result is explained in English', async () => {
    const world = await aRoundWorld(ctx);
    const { round, busyPupil } = await aContestedRound(world);
    const ran = await world.run(round.id);
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/placement-rounds/${round.id}`,
      headers: { ...world.users.school.headers, 'accept-language': 'en' },
    });
    const english = response.json<PlacementRoundView>();
    for (const [index, pupil] of english.pupils.entries()) {
      const dutch = ran.pupils[index]!.result!;
      expect(pupil.result!.explanation).not.toBe(dutch.explanation);
      expect(pupil.result!.explanation).toMatch(/^(Placed at preference|Not placed)/);
    }
    // The first free pupil in the draw (the busy one skips everything, whatever its turn) got
    // its first choice with nothing skipped.
    const firstFree = english.pupils.find((pupil) => pupil.participant.id !== busyPupil.id)!;
    const first = firstFree.result!;
    expect(first.explanation).toBe(
      explainMatch(
        {
          pupilId: firstFree.participant.id,
          placeId: first.placeId,
          preferenceRank: first.preferenceRank,
          turn: first.turn,
          skipped: [],
        },
        5,
        'en',
      ),
    );
  });

  it('when a seat was taken between opening and running, then the draw counts the seats left at the run', async () => {
    const world = await aRoundWorld(ctx);
    const p = await world.aPlace({ places: 1 });
    const [pupil, direct] = [await world.aPupil('Fenna'), await world.aPupil('Gijs')];
    const round = await world.aRound([p.id]);
    await world.preferred(round.id, pupil.id, [p.id]);
    expect((await world.propose(p.id, direct.id)).statusCode).toBe(201);
    const ran = await world.run(round.id);
    expect(world.pupilIn(ran, pupil.id).result).toMatchObject({
      placeId: null,
      explanation: 'Niet geplaatst (beurt 1 van 1): voorkeur 1 was vol',
    });
    expect(ran.places[0]).toMatchObject({ places: 1, free: 0 });
  });
});

const sortById = <T extends { id: string }>(items: T[]) =>
  [...items].sort((a, b) => a.id.localeCompare(b.id));
