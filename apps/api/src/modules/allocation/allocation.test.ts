import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { allocationRounds, bookings, sessions } from '@stagebureau/db';
import { allocate, type AllocationInput } from '@stagebureau/domain';
import { aClass, aCompany, aLoggedInUser, aRegion, aSchool } from '../../../test/builders';
import { aSession, anOffer } from '../../../test/activityBuilders';
import { startTestApp, type TestContext } from '../../../test/harness';

let ctx: TestContext;
let regionId: string;
let bureau: { headers: Record<string, string> };
beforeAll(async () => {
  ctx = await startTestApp();
  regionId = (await aRegion(ctx.db)).id;
  bureau = await aLoggedInUser(ctx.app, ctx.db, regionId, 'bureau_staff');
});

const call = (
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  headers: Record<string, string>,
  payload?: object,
) => ctx.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });

async function aSchoolWithClasses(count: number) {
  const school = await aSchool(ctx.db, regionId);
  const coordinator = await aLoggedInUser(
    ctx.app,
    ctx.db,
    regionId,
    'school_coordinator',
    school.id,
  );
  const classes = [];
  for (let i = 0; i < count; i++)
    classes.push(await aClass(ctx.db, regionId, school.id, { size: 20 }));
  return { school, coordinator, classes };
}

/** A round whose window is open now; `closeWindow` moves its close into the past. */
async function anOpenRound(sessionIds: string[]) {
  const response = await call('POST', '/allocation-rounds', bureau.headers, {
    name: 'Bedrijfsbezoeken voorjaar',
    sessionIds,
    requestWindow: {
      opensAt: new Date(Date.now() - 3_600_000).toISOString(),
      closesAt: new Date(Date.now() + 3_600_000).toISOString(),
    },
  });
  expect(response.statusCode).toBe(201);
  return response.json<{ id: string; seedHash: string; seed: string | null; status: string }>();
}

const closeWindow = (roundId: string) =>
  ctx.db
    .update(allocationRounds)
    .set({
      requestWindowOpensAt: new Date(Date.now() - 7_200_000),
      requestWindowClosesAt: new Date(Date.now() - 1000),
    })
    .where(eq(allocationRounds.id, roundId));

describe('an allocation round through the API', () => {
  it('when three schools request, the bureau runs, adjusts and publishes, then bookings exist and counters agree', async () => {
    const company = await aCompany(ctx.db, regionId);
    const offer = await anOffer(ctx.db, regionId, company.id);
    const scarce = await aSession(ctx.db, regionId, offer.id, {
      capacity: 40,
      startsAt: new Date(Date.now() + 20 * 86_400_000),
    });
    const spare = await aSession(ctx.db, regionId, offer.id, {
      capacity: 60,
      startsAt: new Date(Date.now() + 21 * 86_400_000),
    });
    const round = await anOpenRound([scarce.id, spare.id]);
    expect(round).toMatchObject({ status: 'open', seed: null });
    expect(round.seedHash).toMatch(/^[0-9a-f]{64}$/);

    const schools = [
      await aSchoolWithClasses(2),
      await aSchoolWithClasses(2),
      await aSchoolWithClasses(1),
    ];
    for (const { coordinator, classes } of schools)
      for (const schoolClass of classes) {
        const response = await call(
          'POST',
          `/allocation-rounds/${round.id}/requests`,
          coordinator.headers,
          {
            classId: schoolClass.id,
            seats: 20,
            preferences: [scarce.id, spare.id],
          },
        );
        expect(response.statusCode).toBe(201);
      }

    const own = await call(
      'GET',
      `/allocation-rounds/${round.id}/requests`,
      schools[0]!.coordinator.headers,
    );
    expect(own.json().items).toHaveLength(2);
    expect(
      own.json().items.every((r: { schoolId: string }) => r.schoolId === schools[0]!.school.id),
    ).toBe(true);
    expect(
      (await call('GET', `/allocation-rounds/${round.id}/requests`, bureau.headers)).json().items,
    ).toHaveLength(5);

    expect(
      (await call('POST', `/allocation-rounds/${round.id}/run`, bureau.headers)).statusCode,
    ).toBe(409);
    await closeWindow(round.id);
    const late = await call(
      'POST',
      `/allocation-rounds/${round.id}/requests`,
      schools[2]!.coordinator.headers,
      {
        classId: schools[2]!.classes[0]!.id,
        seats: 20,
        preferences: [spare.id],
      },
    );
    expect(late.statusCode).toBe(409);

    const run = await call('POST', `/allocation-rounds/${round.id}/run`, bureau.headers);
    expect(run.statusCode).toBe(200);
    const result = run.json();
    expect(result.round.status).toBe('run');
    expect(createHash('sha256').update(result.round.seed).digest('hex')).toBe(round.seedHash);
    expect(result.placements).toHaveLength(5);
    expect(
      result.placements.filter((p: { sessionId: string }) => p.sessionId === scarce.id),
    ).toHaveLength(2);
    expect(
      result.placements.filter((p: { sessionId: string }) => p.sessionId === spare.id),
    ).toHaveLength(3);
    expect(result.placements[0].explanation).toBe('Geplaatst in voorkeur 1 in ronde 1');
    expect(
      result.placements.some((p: { explanation: string }) =>
        /^Geplaatst in voorkeur 2 in ronde \d; voorkeur 1 (was vol na ronde|raakte vol in ronde)/.test(
          p.explanation,
        ),
      ),
    ).toBe(true);
    expect(result.fairness.schools).toHaveLength(3);
    expect(result.fairness.placedSeats).toBe(100);

    const rerun = await call('POST', `/allocation-rounds/${round.id}/run`, bureau.headers);
    expect(rerun.json().placements).toEqual(result.placements);

    const replay = (
      await call('GET', `/allocation-rounds/${round.id}/replay`, bureau.headers)
    ).json();
    const again = allocate({ ...(replay.input as AllocationInput), seed: replay.seed });
    expect(again.placements.map((p) => [p.requestId, p.sessionId])).toEqual(
      result.placements.map((p: { requestId: string; sessionId: string }) => [
        p.requestId,
        p.sessionId,
      ]),
    );
    const schoolReplay = (
      await call('GET', `/allocation-rounds/${round.id}/replay`, schools[2]!.coordinator.headers)
    ).json();
    const otherSchool = schools[0]!.school.id;
    expect(JSON.stringify(schoolReplay)).not.toContain(otherSchool);
    expect(
      allocate({ ...schoolReplay.input, seed: schoolReplay.seed }).placements.map(
        (p) => p.sessionId,
      ),
    ).toEqual(result.placements.map((p: { sessionId: string }) => p.sessionId));

    const schoolView = (
      await call('GET', `/allocation-rounds/${round.id}/result`, schools[2]!.coordinator.headers)
    ).json();
    expect(schoolView.fairness).toBeNull();
    expect(schoolView.placements).toHaveLength(1);

    const onSpare = result.placements.find((p: { sessionId: string }) => p.sessionId === spare.id);
    const full = await call('POST', `/allocation-rounds/${round.id}/adjust`, bureau.headers, {
      requestId: onSpare.requestId,
      sessionId: scarce.id,
      reason: 'Past beter bij het rooster',
    });
    expect(full.statusCode).toBe(409);
    const adjust = await call('POST', `/allocation-rounds/${round.id}/adjust`, bureau.headers, {
      requestId: onSpare.requestId,
      sessionId: null,
      reason: 'School trekt zich terug voor deze sessie',
    });
    expect(adjust.statusCode).toBe(200);
    const adjusted = adjust
      .json()
      .placements.find((p: { requestId: string }) => p.requestId === onSpare.requestId);
    expect(adjusted.explanation).toContain('Door het stagebureau van de plaatsing gehaald');
    expect(adjusted.adjustment.reason).toBe('School trekt zich terug voor deze sessie');

    const publish = await call('POST', `/allocation-rounds/${round.id}/publish`, bureau.headers);
    expect(publish.statusCode).toBe(200);
    expect(publish.json().confirmedBookingIds).toHaveLength(4);
    expect(publish.json().waitlistedBookingIds).toHaveLength(1);
    const rows = await ctx.db.select().from(bookings).where(eq(bookings.offerId, offer.id));
    for (const session of [scarce, spare]) {
      const [counter] = await ctx.db.select().from(sessions).where(eq(sessions.id, session.id));
      const confirmed = rows.filter((b) => b.sessionId === session.id && b.status === 'confirmed');
      expect(counter!.bookedSeats).toBe(confirmed.reduce((sum, b) => sum + b.seats, 0));
    }
    expect(rows.filter((b) => b.status === 'waitlisted')).toHaveLength(1);
    const waiting = rows.find((b) => b.status === 'waitlisted')!;
    expect(waiting.sessionId).toBe(scarce.id);

    expect(
      (await call('POST', `/allocation-rounds/${round.id}/publish`, bureau.headers)).statusCode,
    ).toBe(409);
    expect(
      (
        await call('POST', `/allocation-rounds/${round.id}/adjust`, bureau.headers, {
          requestId: onSpare.requestId,
          sessionId: spare.id,
          reason: 'x',
        })
      ).statusCode,
    ).toBe(409);
  });

  it('when a school works on requests, then only its own classes, the round sessions and the open window count', async () => {
    const company = await aCompany(ctx.db, regionId);
    const offer = await anOffer(ctx.db, regionId, company.id);
    const session = await aSession(ctx.db, regionId, offer.id);
    const outside = await aSession(ctx.db, regionId, offer.id);
    const round = await anOpenRound([session.id]);
    const mine = await aSchoolWithClasses(1);
    const other = await aSchoolWithClasses(1);
    const url = `/allocation-rounds/${round.id}/requests`;
    const theirs = await call('POST', url, mine.coordinator.headers, {
      classId: other.classes[0]!.id,
      seats: 20,
      preferences: [session.id],
    });
    expect(theirs.statusCode).toBe(404);
    const notInRound = await call('POST', url, mine.coordinator.headers, {
      classId: mine.classes[0]!.id,
      seats: 20,
      preferences: [outside.id],
    });
    expect(notInRound.statusCode).toBe(422);
    const created = await call('POST', url, mine.coordinator.headers, {
      classId: mine.classes[0]!.id,
      seats: 20,
      preferences: [session.id],
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(
      (await call('PUT', `${url}/${id}`, other.coordinator.headers, { preferences: [session.id] }))
        .statusCode,
    ).toBe(404);
    expect((await call('GET', url, other.coordinator.headers)).json().items).toHaveLength(0);
    expect((await call('DELETE', `${url}/${id}`, mine.coordinator.headers)).statusCode).toBe(204);
    const companyUser = await aLoggedInUser(ctx.app, ctx.db, regionId, 'company_admin', company.id);
    expect(
      (await call('GET', `/allocation-rounds/${round.id}`, companyUser.headers)).statusCode,
    ).toBe(403);
    const otherRegion = await aRegion(ctx.db);
    const stranger = await aLoggedInUser(ctx.app, ctx.db, otherRegion.id, 'bureau_staff');
    expect((await call('GET', `/allocation-rounds/${round.id}`, stranger.headers)).statusCode).toBe(
      404,
    );
    const [row] = await ctx.db
      .select()
      .from(allocationRounds)
      .where(and(eq(allocationRounds.id, round.id)));
    expect(createHash('sha256').update(row!.seed).digest('hex')).toBe(round.seedHash);
    expect(
      (await call('GET', `/allocation-rounds/${round.id}`, mine.coordinator.headers)).json().seed,
    ).toBeNull();
  });
});
