import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { conflicts, placementEvaluations } from '@stagebureau/db';
import { addDays } from '@stagebureau/domain';
import { startTestApp, type TestContext } from '../../../../test/harness';
import { startSmtpServer, type TestSmtpServer } from '../../../../test/smtpServer';
import { hashSecret } from '../../auth/secrets';
import { requestEvaluations } from '../evaluation/sweep';
import { aRunningPlacement, at, weekRows } from './attendance.testWorld';
import { sweepAttendance } from './sweep';

const webUrl = 'https://web.stagebureau.test';
let smtp: TestSmtpServer;
let ctx: TestContext;
beforeAll(async () => {
  smtp = await startSmtpServer();
  ctx = await startTestApp({ SMTP_URL: smtp.url, NOTIFICATION_INTERVAL_MS: '0', WEB_URL: webUrl });
});
afterAll(async () => smtp.close());

/** Sends what the outbox holds and returns the mails of one kind to one address. */
async function mailsTo(address: string, kind: string) {
  await ctx.app.notificationWorker.runOnce(new Date(Date.now() + 60_000));
  return smtp.received.filter(
    (mail) => mail.to.includes(address) && mail.eventKey.startsWith(`${kind}:`),
  );
}
const tokenIn = (text: string, page: string) =>
  new RegExp(`${webUrl}/${page}/([A-Za-z0-9_-]+)`).exec(text)?.[1];
const publicGet = (path: string) =>
  ctx.app.inject({ method: 'GET', url: `/api/v1/public/${path}` });

beforeEach(async () => {
  await ctx.app.notificationWorker.runOnce(new Date(Date.now() + 60_000));
  smtp.received.length = 0;
});

describe('the weekly attendance sweep', () => {
  it('when a week has ended, then one sweep stores it with a link and exactly one e-mail reaches the supervisor; a second sweep adds nothing', async () => {
    const running = await aRunningPlacement(ctx);
    const friday = at(addDays(running.startsOn, 4));
    expect(await weekRows(ctx, running.placementId)).toEqual([]);

    await sweepAttendance(ctx.db, friday);
    await sweepAttendance(ctx.db, friday);

    const rows = await weekRows(ctx, running.placementId);
    expect(rows.map((row) => row.weekOf)).toEqual([running.weeks[0]]);
    expect(rows[0]).toMatchObject({ confirmedAt: null, remindedAt: null, presentDays: [] });
    const mails = await mailsTo(running.supervisorEmail, 'placement.attendance_requested');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toMatch(/^Aanwezigheid bevestigen: week van maandag/);
    expect(mails[0]!.text).toContain('bevestig je met één klik');
    const token = tokenIn(mails[0]!.text, 'aanwezigheid');
    expect(hashSecret(token!)).toBe(rows[0]!.tokenHash);

    const page = await publicGet(`attendance/${token}`);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json()).toMatchObject({
      participantName: 'Sanne de B.',
      weekOf: running.weeks[0],
      workingDays: running.daysOf(running.weeks[0]!),
      presentDays: running.daysOf(running.weeks[0]!),
      hoursPerDay: 8,
    });
    expect(page.body).not.toContain('de Boer');
  });

  it('when a week stays unconfirmed, then the supervisor is reminded once after 7 days with a fresh link, and the bureau gets one conflict after 14 days', async () => {
    const running = await aRunningPlacement(ctx);
    const weekEnd = addDays(running.startsOn, 3); // Thursday
    const firstWeek = () => weekRows(ctx, running.placementId, [running.weeks[0]!]);
    const conflictsOf = () =>
      ctx.db
        .select()
        .from(conflicts)
        .where(
          and(
            eq(conflicts.type, 'attendance_unconfirmed'),
            sql`${conflicts.details}->>'placementId' = ${running.placementId}`,
          ),
        );

    await sweepAttendance(ctx.db, at(addDays(weekEnd, 1)));
    const [first] = await mailsTo(running.supervisorEmail, 'placement.attendance_requested');
    const firstToken = tokenIn(first!.text, 'aanwezigheid')!;

    await sweepAttendance(ctx.db, at(addDays(weekEnd, 6)));
    expect((await firstWeek())[0]!.remindedAt).toBeNull();

    await sweepAttendance(ctx.db, at(addDays(weekEnd, 7)));
    await sweepAttendance(ctx.db, at(addDays(weekEnd, 8)));
    const reminded = (await firstWeek())[0]!;
    expect(reminded.remindedAt).toEqual(at(addDays(weekEnd, 7)));
    const reminders = await mailsTo(running.supervisorEmail, 'placement.attendance_reminder');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.subject).toMatch(/^Herinnering: aanwezigheid week van/);
    const freshToken = tokenIn(reminders[0]!.text, 'aanwezigheid')!;
    expect(freshToken).not.toBe(firstToken);
    expect((await publicGet(`attendance/${firstToken}`)).statusCode).toBe(410);
    expect((await publicGet(`attendance/${freshToken}`)).statusCode).toBe(200);
    expect(await conflictsOf()).toEqual([]);

    await sweepAttendance(ctx.db, at(addDays(weekEnd, 13)));
    expect(await conflictsOf()).toEqual([]);
    await sweepAttendance(ctx.db, at(addDays(weekEnd, 14)));
    await sweepAttendance(ctx.db, at(addDays(weekEnd, 20)));
    const raised = await conflictsOf();
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({
      regionId: running.world.regionId,
      status: 'open',
      schoolId: running.world.school.id,
      details: { weekOf: running.weeks[0], companyName: 'Installatiebedrijf Noord' },
    });
    expect(JSON.stringify(raised[0]!.details)).not.toContain('Sanne');
    expect((await firstWeek())[0]!.escalatedAt).toEqual(at(addDays(weekEnd, 14)));
    // Later weeks get their own reminder; the first week's stays the one.
    const again = await mailsTo(running.supervisorEmail, 'placement.attendance_reminder');
    expect(again.filter((mail) => mail.eventKey.endsWith(reminded.id))).toHaveLength(1);
  });

  it('when a week is confirmed before the reminder, then no reminder and no conflict follow', async () => {
    const running = await aRunningPlacement(ctx);
    const weekEnd = addDays(running.startsOn, 3);
    await sweepAttendance(ctx.db, at(addDays(weekEnd, 1)));
    const [mail] = await mailsTo(running.supervisorEmail, 'placement.attendance_requested');
    const confirmed = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/public/attendance/${tokenIn(mail!.text, 'aanwezigheid')}`,
      payload: {},
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    await sweepAttendance(ctx.db, at(addDays(weekEnd, 15)));
    const [week] = await weekRows(ctx, running.placementId, [running.weeks[0]!]);
    expect(week).toMatchObject({ remindedAt: null, escalatedAt: null, hours: 32 });
    expect(await mailsTo(running.supervisorEmail, 'placement.attendance_reminder')).toEqual([]);
  });
});

describe('the evaluation request', () => {
  it('when the period has ended, then the supervisor gets the evaluation link once', async () => {
    const running = await aRunningPlacement(ctx);
    expect(await requestEvaluations(ctx.db, at(running.endsOn))).toBe(0);
    await requestEvaluations(ctx.db, at(addDays(running.endsOn, 1)));
    await requestEvaluations(ctx.db, at(addDays(running.endsOn, 2)));

    const rows = await ctx.db
      .select()
      .from(placementEvaluations)
      .where(eq(placementEvaluations.placementId, running.placementId));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.submittedAt).toBeNull();
    const mails = await mailsTo(running.supervisorEmail, 'placement.evaluation_requested');
    expect(mails).toHaveLength(1);
    const token = tokenIn(mails[0]!.text, 'evaluatie')!;
    expect(hashSecret(token)).toBe(rows[0]!.tokenHash);
    const form = await publicGet(`evaluation/${token}`);
    expect(form.statusCode, form.body).toBe(200);
    expect(form.json().criteria.map((c: { key: string }) => c.key)).toEqual([
      'punctuality',
      'motivation',
      'skills',
      'cooperation',
    ]);
  });
});
