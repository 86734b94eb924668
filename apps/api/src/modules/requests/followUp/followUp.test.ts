import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  conflicts,
  createDatabase,
  menuCards,
  notificationMessages,
  partProposals,
  requestReminders,
  requests,
  type Database,
} from '@stagebureau/db';
import { aLoggedInUser } from '../../../../test/builders';
import { createTestDatabase, testConfig } from '../../../../test/harness';
import { aDemandScenario, aRequest, aSignUp, wednesday } from '../../../../test/requestBuilders';
import { startSmtpServer, type TestSmtpServer } from '../../../../test/smtpServer';
import { buildApp, type App } from '../../../app';
import { renderEvent } from '../../notifications/notify';
import { runRequestFollowUp } from './sweep';

let smtp: TestSmtpServer;
let ctx: { app: App; db: Database };

/** The real app on a fresh database, with a real SMTP server behind its outbox. */
beforeAll(async () => {
  smtp = await startSmtpServer();
  const { url } = await createTestDatabase();
  const database = createDatabase(url, { max: 20 });
  const app = await buildApp({
    config: testConfig({
      SMTP_URL: smtp.url,
      NOTIFICATION_INTERVAL_MS: '0',
      WEB_URL: 'https://web.stagebureau.test',
    }),
    database,
  });
  await app.ready();
  ctx = { app, db: database.db };
  return async () => {
    await app.close();
    await database.close();
  };
});
afterAll(async () => smtp.close());
beforeEach(async () => {
  await ctx.app.notificationWorker.runOnce(later());
  smtp.received.length = 0;
});

const zero = { reminders: 0, partsReminded: 0, unfilled: 0 };

/** Tuesday 1 February 2028, 10:00 in Amsterdam: three days before the deadline. */
const now = new Date('2028-02-01T09:00:00Z');
const later = () => new Date(Date.now() + 86_400_000);

const reminderMails = () =>
  smtp.received.filter((mail) => mail.eventKey.startsWith('request.reminder:'));
const to = (mails: { to: string[] }[]) => mails.flatMap((mail) => mail.to).sort();

describe('request reminders before the sign-up deadline', () => {
  it('when sweeps run twice at once and again, then each fitting company hears once of the open parts, and never again of them', async () => {
    const s = await aDemandScenario(ctx.db);
    const [first, second] = await Promise.all([
      runRequestFollowUp(ctx.db, now),
      runRequestFollowUp(ctx.db, now),
    ]);
    const third = await runRequestFollowUp(ctx.db, now);
    expect(first.reminders + second.reminders).toBe(2); // the fitting and the quiet company
    expect(first.partsReminded + second.partsReminded).toBe(4);
    expect(first.unfilled + second.unfilled).toBe(1);
    expect(third).toEqual(zero);
    await ctx.app.notificationWorker.runOnce(later());

    const mails = reminderMails();
    expect(to(mails)).toEqual([s.fittingAdmin.email, s.fittingMember.email].sort());
    const mail = mails[0]!;
    expect(mail.subject).toBe('Nog open tot vrijdag 4 februari 2028: Gastles robotica');
    expect(mail.text).toContain('nog 2 delen open');
    expect(mail.text).toContain('3B (Noorderpoort), keer 1');
    expect(mail.text).toContain('2C (Dollard College), keer 1');
    expect(mail.text).not.toContain('3A');
    expect(mail.text).toContain(`https://web.stagebureau.test/bedrijf/vragen/${s.request.id}`);

    // The quiet company chose no e-mail for reminders: its inbox still has the message.
    const quietRows = await ctx.db
      .select()
      .from(notificationMessages)
      .where(eq(notificationMessages.recipientUserId, s.quietAdmin.id));
    expect(quietRows.map((row) => row.channel)).toEqual(['inbox']);
    expect(quietRows[0]!.kind).toBe('request.reminder');

    smtp.received.length = 0;
    await runRequestFollowUp(ctx.db, now);
    await runRequestFollowUp(ctx.db, new Date(now.getTime() + 86_400_000));
    await ctx.app.notificationWorker.runOnce(later());
    expect(reminderMails()).toEqual([]);
  });

  it('when a withdrawn proposal opens a part again, then the next reminder names only that part', async () => {
    const s = await aDemandScenario(ctx.db);
    await runRequestFollowUp(ctx.db, now);
    await ctx.app.notificationWorker.runOnce(later());
    smtp.received.length = 0;

    await ctx.db
      .update(partProposals)
      .set({ status: 'withdrawn' })
      .where(eq(partProposals.id, s.proposal.id));
    const result = await runRequestFollowUp(ctx.db, now);
    expect(result).toEqual({ reminders: 2, partsReminded: 2, unfilled: 0 });
    await ctx.app.notificationWorker.runOnce(later());

    const mails = reminderMails();
    expect(to(mails)).toEqual([s.fittingAdmin.email, s.fittingMember.email].sort());
    expect(mails[0]!.text).toContain('nog een deel open');
    expect(mails[0]!.text).toContain('3A (Noorderpoort), keer 1');
    expect(mails[0]!.text).not.toContain('3B');
    const rows = await ctx.db
      .select()
      .from(requestReminders)
      .where(eq(requestReminders.companyId, s.fitting.id));
    expect(rows).toHaveLength(3);
  });

  it('when the deadline is more than a week away, then nobody is reminded until it is a week away', async () => {
    const s = await aDemandScenario(ctx.db);
    const { parts } = await aRequest(ctx.db, s.card, [s.classes.a2], {
      title: 'Bedrijfsbezoek later',
      signUpDeadline: '2028-02-20',
    });
    const remindedOfLater = () =>
      ctx.db
        .select()
        .from(requestReminders)
        .where(
          inArray(
            requestReminders.partId,
            parts.map((part) => part.id),
          ),
        );
    await runRequestFollowUp(ctx.db, now);
    expect(await remindedOfLater()).toEqual([]);
    // Sunday 13 February: the deadline is a week away (the first request's has passed).
    const result = await runRequestFollowUp(ctx.db, new Date('2028-02-13T09:00:00Z'));
    expect(result.reminders).toBe(2);
    expect(await remindedOfLater()).toHaveLength(2);
  });

  it('when the request or its card is not published, or its deadline passed, then nobody is reminded', async () => {
    const s = await aDemandScenario(ctx.db);
    const setRequest = (status: 'submitted' | 'published') =>
      ctx.db.update(requests).set({ status }).where(eq(requests.id, s.request.id));
    const setCard = (status: 'draft' | 'published') =>
      ctx.db.update(menuCards).set({ status }).where(eq(menuCards.id, s.card.id));
    await setRequest('submitted');
    expect(await runRequestFollowUp(ctx.db, now)).toEqual(zero);
    await setRequest('published');
    await setCard('draft');
    expect(await runRequestFollowUp(ctx.db, now)).toEqual(zero);
    await setCard('published');
    // The deadline, Friday 4 February, has passed on Saturday the 5th.
    expect(await runRequestFollowUp(ctx.db, new Date('2028-02-05T09:00:00Z'))).toEqual(zero);
    expect((await runRequestFollowUp(ctx.db, now)).reminders).toBe(2);
  });
});

describe('unfilled requests in the bureau queue', () => {
  it('when a request still has open parts a week before its deadline, then one request_unfilled conflict is raised, once', async () => {
    const s = await aDemandScenario(ctx.db);
    await Promise.all([runRequestFollowUp(ctx.db, now), runRequestFollowUp(ctx.db, now)]);
    const raised = () =>
      ctx.db
        .select()
        .from(conflicts)
        .where(and(eq(conflicts.regionId, s.region.id), eq(conflicts.type, 'request_unfilled')));
    const [conflict, ...more] = await raised();
    expect(more).toEqual([]);
    expect(conflict).toMatchObject({
      severity: 'low',
      status: 'open',
      schoolId: null,
      details: {
        requestId: s.request.id,
        title: 'Gastles robotica',
        signUpDeadline: '2028-02-04',
        asked: 3,
        proposed: 1,
        accepted: 0,
        open: 2,
      },
    });

    // Dismissed by the bureau: the next sweeps leave it dismissed and raise no other.
    await ctx.db
      .update(conflicts)
      .set({ status: 'dismissed' })
      .where(eq(conflicts.id, conflict!.id));
    await runRequestFollowUp(ctx.db, new Date(now.getTime() + 86_400_000));
    expect((await raised()).map((c) => c.status)).toEqual(['dismissed']);

    // It reached the bureau's queue and its staff, with the type in words.
    await ctx.app.notificationWorker.runOnce(later());
    const staffMail = smtp.received.find((mail) => mail.to.includes(s.bureau.email));
    expect(staffMail?.subject).toBe('Nieuw conflict: vraag nog niet ingevuld');
    const bureau = await aLoggedInUser(ctx.app, ctx.db, s.region.id, 'bureau_staff');
    const queue = await ctx.app.inject({
      url: '/api/v1/conflicts?type=request_unfilled&status=dismissed',
      headers: bureau.headers,
    });
    expect(queue.statusCode).toBe(200);
    expect(queue.json().items.map((c: { id: string }) => c.id)).toEqual([conflict!.id]);
  });
});

describe('sign-up messages', () => {
  const inboxOf = async (eventKey: string) =>
    ctx.db
      .select()
      .from(notificationMessages)
      .where(
        and(eq(notificationMessages.eventKey, eventKey), eq(notificationMessages.channel, 'inbox')),
      );

  it('when a company signs up on a request of two schools, then each school reads its own parts and the asking bureau all', async () => {
    const s = await aDemandScenario(ctx.db);
    const { signUp } = await aSignUp(ctx.db, s.request, s.quiet.id, [
      { partId: s.partOf(s.classes.a2.id).id, startsAt: new Date('2028-02-16T12:00:00Z') },
      { partId: s.partOf(s.classes.b1.id).id, startsAt: new Date('2028-02-23T12:00:00Z') },
    ]);
    await ctx.db.transaction((tx) =>
      renderEvent(tx, { kind: 'sign_up.received', regionId: s.region.id, signUpId: signUp.id }),
    );
    const rows = await inboxOf(`sign_up.received:${signUp.id}`);
    const of = (userId: string) => rows.find((row) => row.recipientUserId === userId);
    expect(rows.map((row) => row.recipientUserId).sort()).toEqual(
      [s.coordinatorA.id, s.coordinatorB.id, s.bureau.id].sort(),
    );
    expect(of(s.coordinatorA.id)!.text).toContain(
      'Deel 1: 3B, keer 1: woensdag 16 februari 2028 om 13:00 – 15:00',
    );
    expect(of(s.coordinatorA.id)!.text).not.toContain('2C');
    expect(of(s.coordinatorA.id)!.link).toBe(
      `https://web.stagebureau.test/school/vragen/${s.request.id}`,
    );
    expect(of(s.coordinatorB.id)!.text).toContain('Deel 1: 2C, keer 1: woensdag 23 februari');
    expect(of(s.coordinatorB.id)!.text).not.toContain('3B');
    expect(of(s.bureau.id)!.text).toContain('3B (Noorderpoort)');
    expect(of(s.bureau.id)!.text).toContain('2C (Dollard College)');
    expect(of(s.bureau.id)!.link).toBe('https://web.stagebureau.test/bureau/menukaart');
    expect(of(s.coordinatorA.id)!.subject).toBe('Intekening op jullie vraag: Gastles robotica');

    await ctx.app.notificationWorker.runOnce(later());
    const mail = smtp.received.find((m) => m.to.includes(s.coordinatorB.email))!;
    expect(mail.text).toContain('Stil BV heeft ingetekend op Gastles robotica');
  });

  it('when a school asked, then only its coordinators hear of a sign-up, not the bureau', async () => {
    const s = await aDemandScenario(ctx.db);
    const { request, parts } = await aRequest(ctx.db, s.card, [s.classes.a1], {
      schoolId: s.schoolA.id,
      createdBy: s.teacherA.id,
    });
    const { signUp } = await aSignUp(ctx.db, request, s.fitting.id, [
      { partId: parts[0]!.id, startsAt: wednesday },
    ]);
    await ctx.db.transaction((tx) =>
      renderEvent(tx, { kind: 'sign_up.received', regionId: s.region.id, signUpId: signUp.id }),
    );
    const rows = await inboxOf(`sign_up.received:${signUp.id}`);
    expect(rows.map((row) => row.recipientUserId)).toEqual([s.coordinatorA.id]);
  });

  it('when the school accepts or declines a moment, then the company users hear of it', async () => {
    const s = await aDemandScenario(ctx.db);
    await ctx.db
      .update(partProposals)
      .set({ status: 'declined', declineReason: 'Toetsweek' })
      .where(eq(partProposals.id, s.proposal.id));
    for (const kind of ['sign_up.accepted', 'sign_up.declined'] as const)
      await ctx.db.transaction((tx) =>
        renderEvent(tx, { kind, regionId: s.region.id, proposalId: s.proposal.id }),
      );
    const accepted = await inboxOf(`sign_up.accepted:${s.proposal.id}`);
    expect(accepted.map((row) => row.recipientUserId).sort()).toEqual(
      [s.fittingAdmin.id, s.fittingMember.id].sort(),
    );
    expect(accepted[0]!.subject).toBe('Voorstel geaccepteerd: Gastles robotica');
    expect(accepted[0]!.text).toContain('3A, keer 1: woensdag 9 februari 2028 om 13:00 – 15:00');
    expect(accepted[0]!.link).toBe(`https://web.stagebureau.test/bedrijf/vragen/${s.request.id}`);
    const declined = await inboxOf(`sign_up.declined:${s.proposal.id}`);
    expect(declined).toHaveLength(2);
    expect(declined[0]!.text).toContain('Reden: Toetsweek');
  });

  it('when a company withdraws, then the schools whose parts it held hear of it', async () => {
    const s = await aDemandScenario(ctx.db);
    await ctx.db
      .update(partProposals)
      .set({ status: 'withdrawn' })
      .where(eq(partProposals.id, s.proposal.id));
    await ctx.db.transaction((tx) =>
      renderEvent(tx, {
        kind: 'sign_up.withdrawn',
        regionId: s.region.id,
        signUpId: s.signUp.id,
        reason: 'Machine defect',
      }),
    );
    const rows = await inboxOf(`sign_up.withdrawn:${s.signUp.id}`);
    // School A held the part; school B did not; the bureau asked, so it hears too.
    expect(rows.map((row) => row.recipientUserId).sort()).toEqual(
      [s.coordinatorA.id, s.bureau.id].sort(),
    );
    expect(rows[0]!.text).toContain('Reden: Machine defect');
  });
});
