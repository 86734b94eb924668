import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { followUps, notificationEvents, notificationMessages } from '@stagebureau/db';
import { addDays, fromLocal, localDateOf, type FollowUp } from '@stagebureau/domain';
import { startTestApp, type TestContext } from '../../../test/harness';
import { renderPendingEvents } from '../notifications/pending';
import { aRelationsWorld, auditOf, type RelationsWorld } from './relations.testWorld';
import { runFollowUpReminders } from './sweep';

/** Follow-ups (actiepunten, issue 17): my list, done, owners, and reminders sent once. */
let ctx: TestContext;
let world: RelationsWorld;
beforeAll(async () => {
  ctx = await startTestApp({ NOTIFICATION_INTERVAL_MS: '0' });
  world = await aRelationsWorld(ctx);
});

const today = localDateOf(new Date());
const at = (date: string) => fromLocal({ date, time: '08:00' });

const mine = async (who: keyof RelationsWorld['users'], status = 'open') => {
  const response = await world.call('GET', `/follow-ups/mine?status=${status}`, who);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: FollowUp[] }>().items;
};

const remindersOf = async (followUpId: string) =>
  ctx.db
    .select({ event: notificationEvents.event })
    .from(notificationEvents)
    .where(sql`${notificationEvents.event}->>'followUpId' = ${followUpId}`);

describe('my follow-ups', () => {
  it('when the bureau adds follow-ups for itself, then my list shows them overdue first with the company, and marking done moves one to done', async () => {
    const later = await world.aFollowUp({ description: 'Later', dueOn: addDays(today, 7) });
    const late = await world.aFollowUp({ description: 'Te laat', dueOn: addDays(today, -3) });
    const list = await mine('bureau');
    expect(list.map((f) => [f.description, f.status, f.companyName])).toEqual([
      ['Te laat', 'overdue', 'Installatiebedrijf Noord'],
      ['Later', 'open', 'Installatiebedrijf Noord'],
    ]);
    const done = await world.call('PATCH', `/follow-ups/${late.id}`, 'bureau', { done: true });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json<FollowUp>().status).toBe('done');
    expect((await mine('bureau')).map((f) => f.id)).toEqual([later.id]);
    expect((await mine('bureau', 'done')).map((f) => f.id)).toEqual([late.id]);
    expect((await auditOf(ctx.db, late.id)).map((e) => e.action)).toEqual(['create', 'update']);
  });

  it('when a coordinator adds one for a bureau colleague, then it is the bureau’s to do and the school’s to see', async () => {
    const followUp = await world.aFollowUp(
      { description: 'Bureau belt terug', ownerId: world.users.admin.user.id },
      'coordinatorA',
    );
    expect(followUp.schoolId).toBe(world.schoolA.id);
    expect((await mine('admin')).map((f) => f.id)).toContain(followUp.id);
    expect(
      (await world.call('PATCH', `/follow-ups/${followUp.id}`, 'coordinatorB', { done: true }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await world.call('PATCH', `/follow-ups/${followUp.id}`, 'coordinatorA', {
          dueOn: addDays(today, 1),
        })
      ).statusCode,
    ).toBe(200);
  });

  it('when the owner is another school’s coordinator or a teacher, or the input is bad, then 422 and nothing is written', async () => {
    const count = async () => (await ctx.db.select().from(followUps)).length;
    const before = await count();
    const post = (body: object, who: keyof RelationsWorld['users'] = 'coordinatorA') =>
      world.call('POST', `/companies/${world.company.id}/follow-ups`, who, {
        description: 'Iets',
        dueOn: today,
        ownerId: world.users.coordinatorA.user.id,
        ...body,
      });
    for (const response of [
      await post({ ownerId: world.users.coordinatorB.user.id }),
      await post({ ownerId: world.users.teacherA.user.id }),
      await post({ ownerId: world.users.coordinatorA.user.id }, 'bureau'),
      await post({ dueOn: '31-12-2027' }),
      await post({ description: '   ' }),
    ]) {
      expect(response.statusCode, response.body).toBe(422);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    expect(await count()).toBe(before);
    expect((await post({}, 'company')).statusCode).toBe(403);
  });
});

describe('reminders', () => {
  it('when two sweeps run at once, then each due follow-up is reminded exactly once, to its owner', async () => {
    const due = await world.aFollowUp({ description: 'Vandaag', dueOn: today });
    const overdue = await world.aFollowUp({ description: 'Gisteren', dueOn: addDays(today, -1) });
    const future = await world.aFollowUp({ description: 'Morgen', dueOn: addDays(today, 1) });
    const finished = await world.aFollowUp({ description: 'Klaar', dueOn: addDays(today, -1) });
    await world.call('PATCH', `/follow-ups/${finished.id}`, 'bureau', { done: true });

    const now = at(today);
    await Promise.all([
      runFollowUpReminders(ctx.db, now),
      runFollowUpReminders(ctx.db, now),
      runFollowUpReminders(ctx.db, now),
    ]);
    await runFollowUpReminders(ctx.db, now);
    expect(await remindersOf(due.id)).toHaveLength(1);
    expect(await remindersOf(overdue.id)).toHaveLength(1);
    expect(await remindersOf(future.id)).toHaveLength(0);
    expect(await remindersOf(finished.id)).toHaveLength(0);

    await renderPendingEvents(ctx.db);
    const messages = await ctx.db
      .select()
      .from(notificationMessages)
      .where(
        sql`${notificationMessages.eventKey} like ${`follow_up.due:${due.id}%`} and ${notificationMessages.channel} = 'email'`,
      );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ recipientUserId: world.users.bureau.user.id });
    expect(messages[0]!.subject).toContain('Installatiebedrijf Noord');
    expect(messages[0]!.link).toContain('/bureau/actiepunten');
  });

  it('when a reminded follow-up moves to a later day, then it is reminded again on that day only', async () => {
    const followUp = await world.aFollowUp({ description: 'Verzet', dueOn: today });
    await runFollowUpReminders(ctx.db, at(today));
    expect(await remindersOf(followUp.id)).toHaveLength(1);
    const moved = await world.call('PATCH', `/follow-ups/${followUp.id}`, 'bureau', {
      dueOn: addDays(today, 2),
    });
    expect(moved.statusCode).toBe(200);
    const [row] = await ctx.db.select().from(followUps).where(eq(followUps.id, followUp.id));
    expect(row!.remindedAt).toBeNull();
    await runFollowUpReminders(ctx.db, at(addDays(today, 1)));
    expect(await remindersOf(followUp.id)).toHaveLength(1);
    await runFollowUpReminders(ctx.db, at(addDays(today, 2)));
    await runFollowUpReminders(ctx.db, at(addDays(today, 2)));
    expect(await remindersOf(followUp.id)).toHaveLength(2);
  });
});
