import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { notificationEvents, notificationMessages } from '@stagebureau/db';
import { startTestApp, type TestContext } from '../../../test/harness';
import { aBooking, aSession } from '../../../test/activityBuilders';
import { aClass, aRegion, aSchool, aUser, loginAs } from '../../../test/builders';
import { aBookedClass } from '../../../test/notificationScenario';
import { raiseConflict } from '../conflicts/raise';
import { notify, renderEvent } from './notify';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp({ NOTIFICATION_INTERVAL_MS: '0' }); // no SMTP_URL: the default
});

const rowsOf = (eventKey: string) =>
  ctx.db.select().from(notificationMessages).where(eq(notificationMessages.eventKey, eventKey));

async function confirmed(s: Awaited<ReturnType<typeof aBookedClass>>) {
  await ctx.db.transaction((tx) =>
    renderEvent(tx, { kind: 'booking.confirmed', regionId: s.region.id, bookingId: s.booking.id }),
  );
}

describe('in-app inbox', () => {
  it('when a booking is confirmed, then the coordinator sees it unread and can mark it read', async () => {
    const s = await aBookedClass(ctx.db);
    await confirmed(s);
    const { headers } = await loginAs(ctx.app, s.coordinator.email);

    const count = await ctx.app.inject({ url: '/api/v1/inbox/unread-count', headers });
    expect(count.json()).toEqual({ unread: 1 });
    const inbox = await ctx.app.inject({ url: '/api/v1/inbox', headers });
    expect(inbox.statusCode).toBe(200);
    const [item] = inbox.json().items;
    expect(item).toMatchObject({ kind: 'booking.confirmed', readAt: null });
    expect(item.subject).toBe(`Boeking bevestigd: ${s.offer.title}`);

    const read = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/inbox/${item.id}/read`,
      headers,
    });
    expect(read.statusCode).toBe(200);
    expect(read.json().readAt).not.toBeNull();
    expect((await ctx.app.inject({ url: '/api/v1/inbox/unread-count', headers })).json()).toEqual({
      unread: 0,
    });
  });

  it('when another user tries to read my message, then it is not found and stays unread', async () => {
    const s = await aBookedClass(ctx.db);
    await confirmed(s);
    const mine = await loginAs(ctx.app, s.coordinator.email);
    const [item] = (await ctx.app.inject({ url: '/api/v1/inbox', headers: mine.headers })).json()
      .items;
    const other = await loginAs(ctx.app, s.otherTeacher.email);

    const attempt = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/inbox/${item.id}/read`,
      headers: other.headers,
    });
    expect(attempt.statusCode).toBe(404);
    expect(
      (await ctx.app.inject({ url: '/api/v1/inbox', headers: other.headers })).json().items,
    ).toEqual([]);
    const after = await ctx.app.inject({
      url: '/api/v1/inbox/unread-count',
      headers: mine.headers,
    });
    expect(after.json()).toEqual({ unread: 1 });
  });

  it('when all are marked read, then the unread count is zero and pages still list them', async () => {
    const s = await aBookedClass(ctx.db);
    await confirmed(s);
    await ctx.db.transaction((tx) =>
      renderEvent(tx, { kind: 'booking.reminder', regionId: s.region.id, bookingId: s.booking.id }),
    );
    const { headers } = await loginAs(ctx.app, s.coordinator.email);
    const marked = await ctx.app.inject({ method: 'POST', url: '/api/v1/inbox/read-all', headers });
    expect(marked.json()).toEqual({ marked: 2 });

    const firstPage = (await ctx.app.inject({ url: '/api/v1/inbox?limit=1', headers })).json();
    expect(firstPage).toMatchObject({ unread: 0 });
    expect(firstPage.items).toHaveLength(1);
    const secondPage = (
      await ctx.app.inject({
        url: `/api/v1/inbox?limit=1&cursor=${encodeURIComponent(firstPage.nextCursor)}`,
        headers,
      })
    ).json();
    expect(secondPage.items).toHaveLength(1);
    expect(secondPage.items[0].id).not.toBe(firstPage.items[0].id);
  });
});

describe('an inbox shows what happened up to now', () => {
  it('when another process is rendering the newest event as the inbox is read, then the inbox waits for it and lists it', async () => {
    const s = await aBookedClass(ctx.db);
    const { headers } = await loginAs(ctx.app, s.coordinator.email);
    const event = {
      kind: 'booking.confirmed',
      regionId: s.region.id,
      bookingId: s.booking.id,
    } as const;
    await ctx.db.transaction((tx) => notify(tx, event));
    // The worker holds it (its row lock) and renders it a moment later.
    let locked!: () => void;
    const held = new Promise<void>((resolve) => (locked = resolve));
    const rendered = ctx.db.transaction(async (tx) => {
      const [claimed] = await tx.select().from(notificationEvents).for('update');
      locked();
      await new Promise((resolve) => setTimeout(resolve, 300));
      await renderEvent(tx, event, claimed!.createdAt);
      await tx.delete(notificationEvents).where(eq(notificationEvents.id, claimed!.id));
    });
    await held;

    const inbox = await ctx.app.inject({ url: '/api/v1/inbox', headers });
    expect(inbox.json().items.map((item: { kind: string }) => item.kind)).toEqual([
      'booking.confirmed',
    ]);
    await rendered;
  });

  it('when an event cannot be rendered, then it is parked and the events after it still arrive', async () => {
    const s = await aBookedClass(ctx.db);
    const { headers } = await loginAs(ctx.app, s.coordinator.email);
    // Stored by an older version, say: its booking id is no id, and the query on it throws.
    await ctx.db.insert(notificationEvents).values({
      regionId: s.region.id,
      event: { kind: 'booking.confirmed', regionId: s.region.id, bookingId: 'not-an-id' },
    });
    await ctx.db.transaction((tx) =>
      notify(tx, { kind: 'booking.confirmed', regionId: s.region.id, bookingId: s.booking.id }),
    );

    const inbox = await ctx.app.inject({ url: '/api/v1/inbox', headers });
    expect(inbox.json().items.map((item: { kind: string }) => item.kind)).toEqual([
      'booking.confirmed',
    ]);
    const [parked] = await ctx.db.select().from(notificationEvents);
    expect(parked!.claimedUntil!.getTime()).toBeGreaterThan(Date.now());
  });
});

describe('without SMTP', () => {
  it('when the worker runs, then e-mails are logged and marked delivered, and the inbox keeps them', async () => {
    const s = await aBookedClass(ctx.db);
    await confirmed(s);
    const report = await ctx.app.notificationWorker.runOnce(new Date(Date.now() + 1000));
    expect(report.sent).toBeGreaterThanOrEqual(2);

    const rows = await rowsOf(`booking.confirmed:${s.booking.id}`);
    const email = rows.filter((row) => row.channel === 'email');
    const inbox = rows.filter((row) => row.channel === 'inbox');
    expect(email.map((row) => [row.status, row.deliveredVia])).toEqual([
      ['sent', 'log'],
      ['sent', 'log'],
    ]);
    expect(inbox.map((row) => row.recipientUserId).sort()).toEqual(
      [s.coordinator.id, s.teacher.id].sort(),
    );
  });
});

describe('preferences', () => {
  it('when nothing was chosen, then every kind is sent by e-mail', async () => {
    const s = await aBookedClass(ctx.db);
    const { headers } = await loginAs(ctx.app, s.coordinator.email);
    const response = await ctx.app.inject({ url: '/api/v1/notification-preferences', headers });
    expect(response.statusCode).toBe(200);
    expect(Object.values(response.json().email).every((value) => value === true)).toBe(true);
  });

  it('when a user turns a kind off, then it reaches only the inbox', async () => {
    const s = await aBookedClass(ctx.db);
    const { headers } = await loginAs(ctx.app, s.coordinator.email);
    const put = await ctx.app.inject({
      method: 'PUT',
      url: '/api/v1/notification-preferences',
      headers,
      payload: { email: { 'booking.confirmed': false } },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json().email['booking.confirmed']).toBe(false);
    expect(put.json().email['booking.cancelled']).toBe(true);

    await confirmed(s);
    const rows = await rowsOf(`booking.confirmed:${s.booking.id}`);
    const forCoordinator = rows.filter((row) => row.recipientUserId === s.coordinator.id);
    expect(forCoordinator.map((row) => row.channel)).toEqual(['inbox']);
    expect(rows.filter((row) => row.recipientUserId === s.teacher.id)).toHaveLength(2);
  });

  it('when an unknown kind is sent, then the answer is 422', async () => {
    const s = await aBookedClass(ctx.db);
    const { headers } = await loginAs(ctx.app, s.coordinator.email);
    const put = await ctx.app.inject({
      method: 'PUT',
      url: '/api/v1/notification-preferences',
      headers,
      payload: { email: { 'booking.exploded': false } },
    });
    expect(put.statusCode).toBe(422);
  });
});

describe('recipients', () => {
  it('when a conflict is raised, then only bureau staff of that region hear of it', async () => {
    const s = await aBookedClass(ctx.db);
    const staff = await aUser(ctx.db, s.region.id, 'bureau_staff');
    const otherRegion = await aRegion(ctx.db);
    const foreignStaff = await aUser(ctx.db, otherRegion.id, 'bureau_staff');
    const conflictId = await ctx.db.transaction(async (tx) => {
      const id = await raiseConflict(tx, {
        regionId: s.region.id,
        type: 'late_cancellation',
        sessionId: s.session.id,
        schoolId: s.school.id,
      });
      await renderEvent(tx, { kind: 'conflict.raised', regionId: s.region.id, conflictId: id });
      return id;
    });
    const rows = await rowsOf(`conflict.raised:${conflictId}`);
    expect(new Set(rows.map((row) => row.recipientUserId))).toEqual(new Set([staff.id]));
    expect(rows.map((row) => row.recipientUserId)).not.toContain(foreignStaff.id);
    expect(rows[0]!.text).toContain('Noorderpoort & Co');
  });

  it('when a session is cancelled, then each booked school hears it with only its own classes', async () => {
    const s = await aBookedClass(ctx.db);
    const otherSchool = await aSchool(ctx.db, s.region.id);
    const otherClass = await aClass(ctx.db, s.region.id, otherSchool.id, { name: '2C' });
    const otherCoordinator = await aUser(ctx.db, s.region.id, 'school_coordinator', otherSchool.id);
    await aBooking(ctx.db, s.session, otherSchool, otherClass, { status: 'waitlisted' });
    await ctx.db.transaction((tx) =>
      renderEvent(tx, {
        kind: 'session.cancelled',
        regionId: s.region.id,
        sessionId: s.session.id,
        reason: 'Storm',
      }),
    );
    const rows = (await rowsOf(`session.cancelled:${s.session.id}`)).filter(
      (r) => r.channel === 'inbox',
    );
    const text = new Map(rows.map((row) => [row.recipientUserId, row.text]));
    expect([...text.keys()].sort()).toEqual(
      [s.coordinator.id, s.teacher.id, otherCoordinator.id].sort(),
    );
    expect(text.get(otherCoordinator.id)).toContain('Jullie klassen: 2C');
    expect(text.get(otherCoordinator.id)).not.toContain('3B');
    expect(text.get(s.coordinator.id)).toContain('Reden: Storm');
    expect(rows.map((row) => row.recipientUserId)).not.toContain(s.companyAdmin.id);
  });
});

describe('scheduled reminders and feedback requests', () => {
  it('when two working days before a Monday activity, then a reminder is enqueued once', async () => {
    const s = await aBookedClass(ctx.db);
    const session = await aSession(ctx.db, s.region.id, s.offer.id, {
      startsAt: new Date('2030-03-11T08:30:00Z'),
      endsAt: new Date('2030-03-11T11:30:00Z'),
    });
    const booking = await aBooking(ctx.db, session, s.school, s.schoolClass, {
      createdBy: s.teacher.id,
    });
    const key = `booking.reminder:${booking.id}`;

    await ctx.app.notificationWorker.runOnce(new Date('2030-03-06T12:00:00Z')); // Wednesday
    expect(await rowsOf(key)).toHaveLength(0);
    await ctx.app.notificationWorker.runOnce(new Date('2030-03-07T07:00:00Z')); // Thursday
    await ctx.app.notificationWorker.runOnce(new Date('2030-03-08T07:00:00Z')); // again, Friday
    const rows = await rowsOf(key);
    const inbox = rows.filter((row) => row.channel === 'inbox');
    expect(inbox.map((row) => row.recipientUserId).sort()).toEqual(
      [s.coordinator.id, s.teacher.id, s.companyAdmin.id].sort(),
    );
    const forCoordinator = inbox.find((row) => row.recipientUserId === s.coordinator.id)!;
    expect(forCoordinator.text).toContain('Meenemen: Veiligheidsschoenen');
    expect(forCoordinator.text).toContain('Contact: Jan de Vries, jan@bedrijf.test');
  });

  it('when an activity has ended, then feedback is asked once; a cancelled booking gets none', async () => {
    const s = await aBookedClass(ctx.db);
    const session = await aSession(ctx.db, s.region.id, s.offer.id, {
      startsAt: new Date('2030-05-14T08:00:00Z'),
      endsAt: new Date('2030-05-14T10:00:00Z'),
    });
    const done = await aBooking(ctx.db, session, s.school, s.schoolClass);
    const otherClass = await aClass(ctx.db, s.region.id, s.school.id);
    const cancelled = await aBooking(ctx.db, session, s.school, otherClass, {
      status: 'cancelled',
    });

    await ctx.app.notificationWorker.runOnce(new Date('2030-05-14T12:00:00Z'));
    await ctx.app.notificationWorker.runOnce(new Date('2030-05-15T12:00:00Z'));
    const rows = await rowsOf(`booking.feedback:${done.id}`);
    expect(rows.filter((row) => row.channel === 'inbox')).toHaveLength(2); // coordinator, company admin
    expect(await rowsOf(`booking.feedback:${cancelled.id}`)).toHaveLength(0);
  });
});

describe('invitations', () => {
  it('when an invitation is notified, then one e-mail goes to the address and no inbox row', async () => {
    const region = await aRegion(ctx.db);
    const admin = await aUser(ctx.db, region.id, 'bureau_admin');
    const { headers } = await loginAs(ctx.app, admin.email);
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/invitations',
      headers,
      payload: { email: 'nieuw@bureau.test', role: 'bureau_staff' },
    });
    expect(created.statusCode).toBe(201);
    const { id, acceptUrl } = created.json();
    await ctx.db.transaction((tx) =>
      renderEvent(tx, {
        kind: 'invitation.sent',
        regionId: region.id,
        invitationId: id,
        acceptUrl,
      }),
    );
    const rows = await rowsOf(`invitation.sent:${id}`);
    expect(rows.map((row) => [row.channel, row.recipientEmail])).toEqual([
      ['email', 'nieuw@bureau.test'],
    ]);
    expect(rows[0]!.text).toContain(acceptUrl);
  });
});
