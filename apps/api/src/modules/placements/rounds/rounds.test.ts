import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, internshipPlaces, placementPreferences, sessions } from '@stagebureau/db';
import { startTestApp, type TestContext } from '../../../../test/harness';
import { aRoundWorld } from './testWorld';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});

describe('opening a matching round', () => {
  it('when a coordinator opens a round, then it is open with the seed hash and no seed anywhere', async () => {
    const world = await aRoundWorld(ctx);
    const place = await world.aPlace();
    const round = await world.aRound([place.id]);
    expect(round).toMatchObject({
      status: 'open',
      schoolId: world.school.id,
      placeIds: [place.id],
      seed: null,
      runAt: null,
      pupils: [],
    });
    expect(round.seedHash).toMatch(/^[0-9a-f]{64}$/);
    expect(round.places).toEqual([
      expect.objectContaining({ id: place.id, places: 2, free: 2, closed: false }),
    ]);
    const listed = (await world.send('GET', '/placement-rounds', 'school')).json();
    expect(listed.items).toEqual([
      expect.objectContaining({ id: round.id, seed: null, pupilCount: 0 }),
    ]);
    const audit = await ctx.db.select().from(auditEvents).where(eq(auditEvents.entityId, round.id));
    expect(audit.map((event) => event.action)).toEqual(['created']);
    expect((await world.round(round.id, 'bureau')).seed).toBeNull();
    const stored = await ctx.db.query.placementRounds.findFirst({
      where: (rounds, { eq: is }) => is(rounds.id, round.id),
    });
    expect(JSON.stringify(audit)).not.toContain(stored!.seed);
  });

  it('when a place is unknown, has started or is a teacher internship, then 422 names it and nothing is written', async () => {
    const world = await aRoundWorld(ctx);
    const place = await world.aPlace();
    const started = await world.aPlace({ title: 'Begonnen' });
    const [row] = await ctx.db
      .select({ sessionId: internshipPlaces.sessionId })
      .from(internshipPlaces)
      .where(eq(internshipPlaces.id, started.id));
    await ctx.db
      .update(sessions)
      .set({ startsAt: new Date(Date.now() - 86_400_000) })
      .where(eq(sessions.id, row!.sessionId));
    const teachers = await world.aPlace({
      type: 'teacher_internship',
      levels: [],
      vmboProfiles: [],
    });
    const unknown = '00000000-0000-4000-8000-000000000000';
    const response = await world.send('POST', '/placement-rounds', 'school', {
      title: 'Ronde',
      placeIds: [place.id, unknown, started.id, teachers.id],
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([
      { path: 'body.placeIds.1', message: `unknown place: ${unknown}` },
      { path: 'body.placeIds.2', message: `has started or is cancelled: ${started.id}` },
      { path: 'body.placeIds.3', message: `a teacher internship: ${teachers.id}` },
    ]);
    expect((await world.send('GET', '/placement-rounds', 'school')).json().items).toEqual([]);
  });

  it('when a company, a teacher or the bureau opens a round, then 403', async () => {
    const world = await aRoundWorld(ctx);
    const place = await world.aPlace();
    for (const who of ['company', 'teacher', 'bureau'] as const) {
      const response = await world.send('POST', '/placement-rounds', who, {
        title: 'Ronde',
        placeIds: [place.id],
      });
      expect(response.statusCode, who).toBe(403);
    }
  });
});

describe("a pupil's preferences", () => {
  it('when the coordinator ranks places, then the round lists the pupil by name; the bureau sees a pseudonym', async () => {
    const world = await aRoundWorld(ctx);
    const [a, b] = [await world.aPlace(), await world.aPlace({ title: 'Stage B' })];
    const pupil = await world.aPupil();
    const round = await world.aRound([a.id, b.id]);
    const view = await world.preferred(round.id, pupil.id, [b.id, a.id]);
    expect(world.pupilIn(view, pupil.id)).toMatchObject({
      participant: { firstName: 'Sanne', surname: 'de Boer' },
      placeIds: [b.id, a.id],
      result: null,
    });
    const bureau = await world.round(round.id, 'bureau');
    expect(world.pupilIn(bureau, pupil.id).participant).toMatchObject({
      firstName: null,
      surname: null,
      pseudonym: pupil.pseudonym,
    });
    const emptied = await world.preferred(round.id, pupil.id, []);
    expect(emptied.pupils).toEqual([]);
  });

  it('when a preference is not a place of the round or does not suit the pupil, then 422 names it and nothing is written', async () => {
    const world = await aRoundWorld(ctx);
    const place = await world.aPlace();
    const havo = await world.aPlace({ title: 'Havo', levels: ['havo'], vmboProfiles: [] });
    const outside = await world.aPlace({ title: 'Buiten de ronde' });
    const pupil = await world.aPupil();
    const round = await world.aRound([place.id, havo.id]);
    const response = await world.prefer(round.id, pupil.id, [place.id, outside.id, havo.id]);
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([
      { path: 'body.placeIds.1', message: `not a place of this round: ${outside.id}` },
      { path: 'body.placeIds.2', message: `does not suit the pupil: ${havo.id}` },
    ]);
    const sixth = await world.prefer(round.id, pupil.id, [place.id, place.id]);
    expect(sixth.statusCode).toBe(422);
    const stored = await ctx.db
      .select()
      .from(placementPreferences)
      .where(eq(placementPreferences.roundId, round.id));
    expect(stored).toEqual([]);
  });

  it("when a coordinator ranks another school's pupil or another school's round, then 404", async () => {
    const world = await aRoundWorld(ctx);
    const place = await world.aPlace();
    const theirs = await world.aPupil('Bram', 'Smit', 'otherSchool');
    const ours = await world.aPupil();
    const round = await world.aRound([place.id]);
    expect((await world.prefer(round.id, theirs.id, [place.id])).statusCode).toBe(404);
    expect((await world.prefer(round.id, ours.id, [place.id], 'otherSchool')).statusCode).toBe(404);
    expect(
      (await world.send('GET', `/placement-rounds/${round.id}`, 'otherSchool')).statusCode,
    ).toBe(404);
    expect((await world.send('GET', `/placement-rounds/${round.id}`, 'company')).statusCode).toBe(
      404,
    );
    expect((await world.send('GET', '/placement-rounds', 'company')).statusCode).toBe(403);
    expect((await world.send('GET', '/placement-rounds', 'otherSchool')).json().items).toEqual([]);
  });

  it('when the round has run, then preferences are closed: 409 and nothing changes', async () => {
    const world = await aRoundWorld(ctx);
    const place = await world.aPlace();
    const pupil = await world.aPupil();
    const round = await world.aRound([place.id]);
    await world.preferred(round.id, pupil.id, [place.id]);
    await world.run(round.id);
    const response = await world.prefer(round.id, pupil.id, []);
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('invalid_transition');
    expect(world.pupilIn(await world.round(round.id), pupil.id).placeIds).toEqual([place.id]);
    const again = await world.send('POST', `/placement-rounds/${round.id}/run`, 'school');
    expect(again.statusCode).toBe(409);
  });
});
