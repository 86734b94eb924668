import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { notificationEvents } from '@stagebureau/db';
import { addDays } from '@stagebureau/domain';
import { startTestApp, type TestContext } from '../../../../test/harness';
import {
  aRunningPlacement,
  at,
  latestPath,
  weekRows,
  type RunningPlacement,
} from './attendance.testWorld';
import { sweepAttendance } from './sweep';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});

const confirmByLink = (token: string, payload: object = {}) =>
  ctx.app.inject({ method: 'POST', url: `/api/v1/public/attendance/${token}`, payload });

/** The running placement with its first week's link sent (the sweep on that Friday). */
async function withFirstLink(running: RunningPlacement) {
  await sweepAttendance(ctx.db, at(addDays(running.startsOn, 4)));
  const [week] = await weekRows(ctx, running.placementId);
  return {
    week: week!,
    token: await latestPath(ctx, 'placement.attendance_requested', 'weekId', week!.id),
  };
}

const absenceEvents = (weekId: string) =>
  ctx.db
    .select()
    .from(notificationEvents)
    .where(
      sql`${notificationEvents.event}->>'kind' = 'placement.absence_reported' and ${notificationEvents.event}->>'weekId' = ${weekId}`,
    );

describe('confirming a week by the link', () => {
  it('when the supervisor confirms with one click, then every working day and its hours are stored; a second use answers 410', async () => {
    const running = await aRunningPlacement(ctx);
    const { token } = await withFirstLink(running);

    const confirmed = await confirmByLink(token);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({
      weekOf: running.weeks[0],
      presentDays: running.daysOf(running.weeks[0]!),
      absentDays: [],
      hours: 32,
    });
    const [row] = await weekRows(ctx, running.placementId);
    expect(row).toMatchObject({ hours: 32, confirmedBy: null });
    expect(row!.confirmedAt).not.toBeNull();

    const again = await confirmByLink(token, { presentDays: [running.weeks[0]] });
    expect(again.statusCode).toBe(410);
    expect(again.json().code).toBe('signing_link_invalid');
    expect((await weekRows(ctx, running.placementId))[0]!.hours).toBe(32);
    const listed = await running.world.ok(
      'GET',
      `/placements/${running.placementId}/attendance`,
      'school',
    );
    expect(listed.confirmedHours).toBe(32);
    const placement = await running.world.ok('GET', `/placements/${running.placementId}`, 'school');
    expect(placement.confirmedHours).toBe(32);
  });

  it('when a day outside the placement is named, then 422 outside_placement names it and nothing is written', async () => {
    const running = await aRunningPlacement(ctx);
    const { token } = await withFirstLink(running);
    const friday = addDays(running.weeks[0]!, 4);
    const nextMonday = running.weeks[1]!;
    for (const day of [friday, nextMonday]) {
      const refused = await confirmByLink(token, { presentDays: [running.weeks[0], day] });
      expect(refused.statusCode).toBe(422);
      expect(refused.json()).toMatchObject({ code: 'outside_placement' });
      expect(refused.json().detail).toContain(day);
    }
    const [row] = await weekRows(ctx, running.placementId);
    expect(row).toMatchObject({ presentDays: [], absentDays: [], hours: 0, confirmedAt: null });

    const [monday, tuesday, , thursday] = running.daysOf(running.weeks[0]!);
    const partly = await confirmByLink(token, { presentDays: [thursday, monday, tuesday] });
    expect(partly.statusCode, partly.body).toBe(200);
    expect(partly.json()).toMatchObject({
      presentDays: [monday, tuesday, thursday],
      absentDays: [addDays(running.weeks[0]!, 2)],
      hours: 24,
    });
  });

  it('when the link is unknown or malformed, then 410 and no name shows', async () => {
    for (const token of ['a'.repeat(43), 'not-a-valid-token-at-all-%%%']) {
      const response = await ctx.app.inject({
        method: 'GET',
        url: `/api/v1/public/attendance/${encodeURIComponent(token)}`,
      });
      expect(response.statusCode).toBe(410);
    }
  });
});

describe('absences reported by the host company', () => {
  it('when the company reports a day absent, then the school hears at once and the one-click default leaves the day out', async () => {
    const running = await aRunningPlacement(ctx);
    const { world } = running;
    const tuesday = addDays(running.weeks[0]!, 1);
    const reported = await world.call(
      'POST',
      `/placements/${running.placementId}/absences`,
      'company',
      {
        day: tuesday,
      },
    );
    expect(reported.statusCode, reported.body).toBe(201);
    expect(reported.json()).toMatchObject({ weekOf: running.weeks[0], absentDays: [tuesday] });
    const [row] = await weekRows(ctx, running.placementId);
    expect(await absenceEvents(row!.id)).toHaveLength(1);
    const inbox = await world.ok('GET', '/inbox', 'school');
    const message = inbox.items.find(
      (item: { kind: string }) => item.kind === 'placement.absence_reported',
    );
    expect(message?.subject).toMatch(/^Afwezig gemeld op dinsdag .*: L-/);
    expect(JSON.stringify(message)).not.toContain('Sanne');

    const again = await world.call(
      'POST',
      `/placements/${running.placementId}/absences`,
      'company',
      {
        day: tuesday,
      },
    );
    expect(again.statusCode).toBe(201);
    expect(await absenceEvents(row!.id)).toEqual([]); // nothing new to tell
    const reread = await world.ok('GET', '/inbox', 'school');
    expect(
      reread.items.filter((item: { kind: string }) => item.kind === 'placement.absence_reported'),
    ).toHaveLength(1);

    const { token } = await withFirstLink(running);
    const confirmed = await confirmByLink(token);
    expect(confirmed.json()).toMatchObject({ absentDays: [tuesday], hours: 24 });
  });

  it('when the day is outside the placement, or a note is added, then 422 and nothing is written', async () => {
    const running = await aRunningPlacement(ctx);
    const post = (payload: object) =>
      running.world.call('POST', `/placements/${running.placementId}/absences`, 'company', payload);
    for (const day of [addDays(running.weeks[0]!, 4), addDays(running.startsOn, -1)]) {
      const refused = await post({ day });
      expect(refused.statusCode).toBe(422);
      expect(refused.json()).toMatchObject({ code: 'outside_placement' });
    }
    const noted = await post({ day: running.startsOn, note: 'was ziek' });
    expect(noted.statusCode).toBe(422);
    expect(await weekRows(ctx, running.placementId)).toEqual([]);
  });

  it('when another company, the school or the bureau reports, or the placement is not signed, then it is refused', async () => {
    const running = await aRunningPlacement(ctx);
    const { world } = running;
    const body = { day: running.startsOn };
    for (const who of ['otherCompany', 'school'] as const) {
      const response = await world.call(
        'POST',
        `/placements/${running.placementId}/absences`,
        who,
        body,
      );
      expect(response.statusCode, who).toBe(404);
    }
    const bureau = await world.call(
      'POST',
      `/placements/${running.placementId}/absences`,
      'bureau',
      body,
    );
    expect(bureau.statusCode).toBe(403);

    const place = await world.aPlace();
    const accepted = await world.accepted(place.id, (await world.aPupil('Noa', 'Bakker')).id);
    const unsigned = await world.call('POST', `/placements/${accepted.id}/absences`, 'company', {
      day: accepted.startsOn,
    });
    expect(unsigned.statusCode).toBe(409);
    expect(unsigned.json().code).toBe('signatures_missing');
    expect(await weekRows(ctx, running.placementId)).toEqual([]);
  });
});

describe('the host company and the school', () => {
  it('when the company confirms a week itself, then hours count; the school and company read the weeks, others 404', async () => {
    const running = await aRunningPlacement(ctx);
    const { world } = running;
    const url = `/placements/${running.placementId}/attendance`;
    const [monday, tuesday] = running.daysOf(running.weeks[2]!);
    const confirmed = await world.call('POST', url, 'company', {
      weekOf: running.weeks[2],
      presentDays: [monday, tuesday],
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({
      hours: 16,
      absentDays: running.daysOf(running.weeks[2]!).slice(2),
    });
    const [row] = await weekRows(ctx, running.placementId);
    expect(row!.confirmedBy).toBe(world.users.company.user.id);

    const notMonday = await world.call('POST', url, 'company', {
      weekOf: tuesday,
      presentDays: [tuesday],
    });
    expect(notMonday.statusCode).toBe(422);

    for (const who of ['school', 'company'] as const) {
      const listed = await world.ok('GET', url, who);
      expect(listed).toMatchObject({
        confirmedHours: 16,
        items: [{ weekOf: running.weeks[2], hours: 16 }],
      });
    }
    for (const who of ['otherCompany', 'otherSchool', 'bureau'] as const)
      expect((await world.call('GET', url, who)).statusCode, who).toBe(404);
  });
});
