import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { placementEvaluations, placements } from '@stagebureau/db';
import { addDays } from '@stagebureau/domain';
import { startTestApp, type TestContext } from '../../../../test/harness';
import {
  aRunningPlacement,
  at,
  latestPath,
  type RunningPlacement,
} from '../attendance/attendance.testWorld';
import { requestEvaluations } from './sweep';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});

const full = { punctuality: 4, motivation: 5, skills: 3, cooperation: 4 };
const submitByLink = (token: string, payload: object) =>
  ctx.app.inject({ method: 'POST', url: `/api/v1/public/evaluation/${token}`, payload });

async function linkOf(running: RunningPlacement) {
  await requestEvaluations(ctx.db, at(addDays(running.endsOn, 1)));
  const [row] = await ctx.db
    .select()
    .from(placementEvaluations)
    .where(eq(placementEvaluations.placementId, running.placementId));
  return latestPath(ctx, 'placement.evaluation_requested', 'evaluationId', row!.id);
}

async function stored(placementId: string) {
  const [placement] = await ctx.db.select().from(placements).where(eq(placements.id, placementId));
  const [evaluation] = await ctx.db
    .select()
    .from(placementEvaluations)
    .where(eq(placementEvaluations.placementId, placementId));
  return { status: placement!.status, evaluation };
}

describe('the evaluation by the link', () => {
  it('when a criterion is missing or rated 6, then 422 names it and nothing is written', async () => {
    const running = await aRunningPlacement(ctx);
    const token = await linkOf(running);
    const { skills: _skills, ...missing } = full;

    const incomplete = await submitByLink(token, { ratings: missing, comment: '' });
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json().errors).toEqual([{ path: 'body.ratings.skills', message: 'missing' }]);
    const six = await submitByLink(token, { ratings: { ...full, skills: 6 } });
    expect(six.statusCode).toBe(422);
    expect(JSON.stringify(six.json().errors)).toContain('skills');
    const unknown = await submitByLink(token, { ratings: { ...full, looks: 2 } });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors).toEqual([
      { path: 'body.ratings.looks', message: 'not a criterion' },
    ]);

    const after = await stored(running.placementId);
    expect(after.status).toBe('signed');
    expect(after.evaluation).toMatchObject({ submittedAt: null, ratings: {}, comment: '' });
  });

  it('when the supervisor submits, then the placement is completed, the school reads it, another company gets 404, and the link is used', async () => {
    const running = await aRunningPlacement(ctx);
    const { world } = running;
    const token = await linkOf(running);
    const submitted = await submitByLink(token, {
      ratings: full,
      comment: 'Leergierig en op tijd.',
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
    expect(submitted.json()).toMatchObject({ score: 4, ratings: full });

    const after = await stored(running.placementId);
    expect(after.status).toBe('completed');
    expect(after.evaluation!.submittedAt).not.toBeNull();
    const placement = await world.ok('GET', `/placements/${running.placementId}`, 'school');
    expect(placement.status).toBe('completed');

    const url = `/placements/${running.placementId}/evaluation`;
    for (const who of ['school', 'company'] as const) {
      const read = await world.ok('GET', url, who);
      expect(read).toMatchObject({
        placementId: running.placementId,
        ratings: full,
        score: 4,
        comment: 'Leergierig en op tijd.',
      });
      expect(read.criteria[0]).toEqual({ key: 'punctuality', label: 'Op tijd en aanwezig' });
    }
    for (const who of ['otherCompany', 'otherSchool', 'bureau'] as const)
      expect((await world.call('GET', url, who)).statusCode, who).toBe(404);

    const again = await submitByLink(token, { ratings: full });
    expect(again.statusCode).toBe(410);
    const form = await ctx.app.inject({ method: 'GET', url: `/api/v1/public/evaluation/${token}` });
    expect(form.statusCode).toBe(410);
  });
});

describe('the evaluation by the host company', () => {
  it('when the company fills it after the end, then the placement is completed; before the end 409; another company 404', async () => {
    const running = await aRunningPlacement(ctx);
    const { world } = running;
    const url = `/placements/${running.placementId}/evaluation`;
    expect((await world.call('GET', url, 'school')).statusCode).toBe(404); // none in yet
    expect((await world.call('POST', url, 'otherCompany', { ratings: full })).statusCode).toBe(404);
    const filled = await world.call('POST', url, 'company', { ratings: full, comment: '' });
    expect(filled.statusCode, filled.body).toBe(201);
    expect((await stored(running.placementId)).status).toBe('completed');
    const twice = await world.call('POST', url, 'company', { ratings: full });
    expect(twice.statusCode).toBe(409);

    const future = await aRunningPlacement(ctx, { world, pupilName: 'Noa', stayInFuture: true });
    const early = await world.call(
      'POST',
      `/placements/${future.placementId}/evaluation`,
      'company',
      {
        ratings: full,
      },
    );
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('invalid_transition');
    expect((await stored(future.placementId)).status).toBe('signed');
  });
});

describe('the best-leerbedrijf ranking', () => {
  it('when companies are evaluated and hours confirmed, then the ranking equals the hand computation', async () => {
    const first = await aRunningPlacement(ctx);
    const { world } = first;
    const second = await aRunningPlacement(ctx, { world, pupilName: 'Daan' });
    const other = await aRunningPlacement(ctx, { world, pupilName: 'Lotte', host: 'otherCompany' });
    const evaluate = (
      running: RunningPlacement,
      who: 'company' | 'otherCompany',
      ratings: object,
    ) => world.ok('POST', `/placements/${running.placementId}/evaluation`, who, { ratings });
    const confirm = (running: RunningPlacement, who: 'company' | 'otherCompany', days: number) =>
      world.ok(
        'POST',
        `/placements/${running.placementId}/attendance`,
        who,
        { weekOf: running.weeks[0], presentDays: running.daysOf(running.weeks[0]!).slice(0, days) },
        200,
      );
    await evaluate(first, 'company', { punctuality: 5, motivation: 4, skills: 4, cooperation: 5 }); // 4.5
    await evaluate(second, 'company', { punctuality: 3, motivation: 3, skills: 4, cooperation: 4 }); // 3.5
    await evaluate(other, 'otherCompany', {
      punctuality: 4,
      motivation: 4,
      skills: 4,
      cooperation: 5,
    }); // 4.25
    await confirm(first, 'company', 4); // 32 h
    await confirm(second, 'company', 3); // 24 h
    await confirm(other, 'otherCompany', 1); // 8 h

    const ranking = await world.ok('GET', '/evaluations/ranking', 'bureau');
    expect(ranking).toEqual({
      schoolYear: null,
      items: [
        {
          companyId: world.otherCompany.id,
          companyName: 'Bouwbedrijf Zuid',
          averageScore: 4.25,
          evaluations: 1,
          confirmedHours: 8,
        },
        {
          companyId: world.company.id,
          companyName: 'Installatiebedrijf Noord',
          averageScore: 4, // (4.5 + 3.5) / 2
          evaluations: 2,
          confirmedHours: 56,
        },
      ],
    });
    const lastYear = await world.ok('GET', '/evaluations/ranking?schoolYear=2000-2001', 'bureau');
    expect(lastYear.items).toEqual([]);
    expect((await world.call('GET', '/evaluations/ranking', 'school')).statusCode).toBe(403);
    expect(
      (await world.call('GET', '/evaluations/ranking?schoolYear=2029-2031', 'bureau')).statusCode,
    ).toBe(422);
  });
});
