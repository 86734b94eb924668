import { beforeAll, describe, expect, it } from 'vitest';
import { schoolYearOf } from '@stagebureau/domain';
import { startTestApp, type TestContext } from '../../../test/harness';
import { aLoggedInUser, aRegion } from '../../../test/builders';
import { aReportYear } from '../../../test/reportScenario';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof aReportYear>>;
beforeAll(async () => {
  ctx = await startTestApp();
  world = await aReportYear(ctx.app, ctx.db);
});

const activityOf = (companyId: string, headers = world.users.bureau.headers) =>
  ctx.app.inject({ url: `/api/v1/companies/${companyId}/activity`, headers });

describe("a company's activity and relationship health", () => {
  it('when the bureau reads company A, then every session, cancellation and no-show is listed newest first', async () => {
    const response = await activityOf(world.companies.a.id);
    expect(response.statusCode).toBe(200);
    const { items, health } = response.json();
    // From the report world: s1, s2, s3 held; s7 cancelled; no-shows on s3 (c3) and s4 (c1).
    // s8 had only a waitlisted and a cancelled booking: it took place for no one.
    expect(
      items.map((item: { kind: string; title: string; hours: number | null }) => [
        item.kind,
        item.hours,
      ]),
    ).toEqual([
      ['no_show', null],
      ['session_held', 3],
      ['no_show', null],
      ['session_held', 2.5],
      ['session_cancelled', null],
      ['session_held', 2.5],
    ]);
    expect(items[0]).toMatchObject({
      schoolName: world.schools.s1.name,
      at: world.sessions.s4.startsAt.toISOString(),
    });
    expect(health).toMatchObject({
      lastActivityAt: world.sessions.s3.startsAt.toISOString(),
      openFollowUps: 0,
      ambassador: false,
    });
    expect(health.trend.at(-1).schoolYear).toBe(schoolYearOf(new Date()));
  });

  it('when the bureau marks an ambassador and plans a follow-up, then the health shows both', async () => {
    const { headers } = world.users.bureau;
    const ambassador = await ctx.app.inject({
      method: 'PUT',
      url: `/api/v1/companies/${world.companies.b.id}/ambassador`,
      headers,
      payload: { ambassador: true },
    });
    expect(ambassador.statusCode).toBe(200);
    const followUp = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/companies/${world.companies.b.id}/follow-ups`,
      headers,
      payload: {
        description: 'Bellen over volgend jaar',
        dueOn: '2026-01-05',
        ownerId: world.users.bureau.user.id,
      },
    });
    expect(followUp.statusCode).toBe(201);
    const { health, items } = (await activityOf(world.companies.b.id)).json();
    expect(health).toMatchObject({ ambassador: true, openFollowUps: 1, overdueFollowUps: 1 });
    // B: s5 (1,5 h, with a cancelled booking of c1 that is no no-show) and s6 held.
    expect(items.map((item: { kind: string }) => item.kind)).toEqual([
      'session_held',
      'session_held',
    ]);
  });

  it('when a company, a school or another region asks, then it is refused', async () => {
    expect(
      (await activityOf(world.companies.a.id, world.users.companyAUser.headers)).statusCode,
    ).toBe(403);
    expect((await activityOf(world.companies.a.id, world.users.s1User.headers)).statusCode).toBe(
      403,
    );
    const other = await aRegion(ctx.db);
    const otherBureau = await aLoggedInUser(ctx.app, ctx.db, other.id, 'bureau_staff');
    expect((await activityOf(world.companies.a.id, otherBureau.headers)).statusCode).toBe(404);
  });
});
