import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase, notificationMessages } from '@stagebureau/db';
import { buildApp } from '../../app';
import { startTestApp, testConfig, type TestContext } from '../../../test/harness';
import { aBookedClass } from '../../../test/notificationScenario';
import { startSmtpServer, type TestSmtpServer } from '../../../test/smtpServer';
import { renderEvent } from './notify';
import { claimDue } from './outbox';
import { smtpTransport } from './transport';
import { NotificationWorker } from './worker';

let smtp: TestSmtpServer;
let ctx: TestContext;
const config = () => ({
  SMTP_URL: smtp.url,
  MAIL_FROM: 'Stagebureau Test <bureau@stagebureau.test>',
  NOTIFICATION_INTERVAL_MS: '0',
  NOTIFICATION_RETRY_BASE_MS: '1000',
  WEB_URL: 'https://web.stagebureau.test',
  PUBLIC_API_URL: 'https://api.stagebureau.test',
});

beforeAll(async () => {
  smtp = await startSmtpServer();
  ctx = await startTestApp(config());
});
afterAll(async () => smtp.close());
beforeEach(async () => {
  // Leave no due row behind from an earlier test: each test sends only its own messages.
  await ctx.app.notificationWorker.runOnce(new Date(Date.now() + 86_400_000));
  smtp.received.length = 0;
  smtp.rejectNext(0);
  smtp.beforeAccept = null;
});

const emailRows = (regionId: string) =>
  ctx.db
    .select()
    .from(notificationMessages)
    .where(
      and(eq(notificationMessages.regionId, regionId), eq(notificationMessages.channel, 'email')),
    );

const later = (ms: number) => new Date(Date.now() + ms);

describe('e-mail delivery over SMTP', () => {
  it('when a booking is confirmed, then coordinator and creator get it in their own language, escaped', async () => {
    const s = await aBookedClass(ctx.db);
    await ctx.db.transaction((tx) =>
      renderEvent(tx, {
        kind: 'booking.confirmed',
        regionId: s.region.id,
        bookingId: s.booking.id,
      }),
    );
    const report = await ctx.app.notificationWorker.runOnce(later(1000));

    expect(report.sent).toBe(2);
    const byAddress = new Map(smtp.received.map((mail) => [mail.to[0], mail]));
    expect([...byAddress.keys()].sort()).toEqual([s.coordinator.email, s.teacher.email].sort());
    const dutch = byAddress.get(s.coordinator.email)!;
    expect(dutch.from).toBe('bureau@stagebureau.test');
    expect(dutch.subject).toBe(`Boeking bevestigd: ${s.offer.title}`);
    expect(dutch.text).toContain('De boeking voor klas 3B is bevestigd.');
    expect(dutch.text).toContain(`https://web.stagebureau.test/school/boekingen/${s.booking.id}`);
    expect(dutch.text).toContain(
      `https://api.stagebureau.test/api/v1/bookings/${s.booking.id}.ics`,
    );
    expect(dutch.html).toContain('Lassen &lt;script&gt;x&lt;/script&gt; &amp; solderen');
    expect(dutch.html).toContain('Bouw &lt;BV&gt;');
    expect(dutch.html).not.toContain('<script>');
    const english = byAddress.get(s.teacher.email)!;
    expect(english.subject).toBe(`Booking confirmed: ${s.offer.title}`);
    expect(english.text).toContain('The booking for class 3B is confirmed.');
    expect(smtp.received.map((mail) => mail.to[0])).not.toContain(s.companyAdmin.email);
    expect(smtp.received.map((mail) => mail.to[0])).not.toContain(s.otherTeacher.email);
  });

  it('when the same event is notified twice, then every recipient gets one e-mail', async () => {
    const s = await aBookedClass(ctx.db);
    const event = {
      kind: 'booking.waitlisted',
      regionId: s.region.id,
      bookingId: s.booking.id,
    } as const;
    const first = await ctx.db.transaction((tx) => renderEvent(tx, event));
    const second = await ctx.db.transaction((tx) => renderEvent(tx, event));
    await ctx.app.notificationWorker.runOnce(later(1000));

    expect(first).toBe(4); // inbox + e-mail for coordinator and creator
    expect(second).toBe(0);
    expect(smtp.received).toHaveLength(2);
  });

  it('when the server rejects the first attempts, then the message is retried with backoff and sent once', async () => {
    const s = await aBookedClass(ctx.db);
    await ctx.db.transaction((tx) =>
      renderEvent(tx, {
        kind: 'booking.declined',
        regionId: s.region.id,
        bookingId: s.booking.id,
        reason: 'Vol',
      }),
    );
    smtp.rejectNext(3);
    const now = later(1000);
    const first = await ctx.app.notificationWorker.runOnce(now);
    expect(first).toMatchObject({ claimed: 2, sent: 0, retrying: 2 });
    const rows = await emailRows(s.region.id);
    expect(rows.every((row) => row.status === 'pending' && row.attempts === 1)).toBe(true);
    expect(rows[0]!.lastError).toContain('Try again later');
    expect(rows[0]!.nextAttemptAt.getTime()).toBe(now.getTime() + 1000);

    expect((await ctx.app.notificationWorker.runOnce(now)).claimed).toBe(0); // not due yet
    const second = await ctx.app.notificationWorker.runOnce(new Date(now.getTime() + 1000));
    expect(second).toMatchObject({ claimed: 2, sent: 1, retrying: 1 });
    const third = await ctx.app.notificationWorker.runOnce(new Date(now.getTime() + 10_000));
    expect(third).toMatchObject({ claimed: 1, sent: 1 });

    expect(smtp.received.map((mail) => mail.to[0]).sort()).toEqual(
      [s.coordinator.email, s.teacher.email].sort(),
    );
    const done = await emailRows(s.region.id);
    expect(done.map((row) => row.status)).toEqual(['sent', 'sent']);
    expect(done.map((row) => row.attempts).sort()).toEqual([2, 3]);
  });

  it('when every attempt fails, then the message ends as failed with its error, visible', async () => {
    const s = await aBookedClass(ctx.db);
    await ctx.db.transaction((tx) =>
      renderEvent(tx, { kind: 'booking.feedback', regionId: s.region.id, bookingId: s.booking.id }),
    );
    const worker = new NotificationWorker(
      ctx.db,
      smtpTransport(smtp.url, 'x@y.test'),
      ctx.app.log,
      {
        batchSize: 10,
        maxAttempts: 2,
        retryBaseMs: 0,
        leaseMs: 60_000,
      },
    );
    smtp.rejectNext(100);
    await worker.runOnce(later(1000));
    const last = await worker.runOnce(later(2000));
    await worker.stop();

    expect(last.failed).toBe(3); // coordinator, creator and company admin
    const rows = await emailRows(s.region.id);
    expect(rows.map((row) => [row.status, row.attempts])).toEqual([
      ['failed', 2],
      ['failed', 2],
      ['failed', 2],
    ]);
    expect(rows.every((row) => row.lastError?.includes('Try again later'))).toBe(true);
    expect(smtp.received).toHaveLength(0);
  });
});

describe('surviving a restart', () => {
  it('when the app stops mid-batch and a new app takes over, then every message arrives exactly once', async () => {
    const s = await aBookedClass(ctx.db);
    const otherBookings = await Promise.all(
      ['feedback', 'reminder'].map(() => aBookedClass(ctx.db)),
    );
    await ctx.db.transaction(async (tx) => {
      await renderEvent(tx, {
        kind: 'booking.reminder',
        regionId: s.region.id,
        bookingId: s.booking.id,
      });
      for (const other of otherBookings)
        await renderEvent(tx, {
          kind: 'booking.feedback',
          regionId: other.region.id,
          bookingId: other.booking.id,
        });
    });
    const expected = (
      await ctx.db
        .select()
        .from(notificationMessages)
        .where(eq(notificationMessages.status, 'pending'))
    ).length;
    expect(expected).toBe(9);

    const firstDatabase = createDatabase(ctx.databaseUrl, { max: 5 });
    const first = await buildApp({ config: testConfig(config()), database: firstDatabase });
    await first.ready();
    let arrived!: () => void;
    const firstArrived = new Promise<void>((resolve) => (arrived = resolve));
    let release!: () => void;
    smtp.beforeAccept = () => {
      arrived();
      return new Promise<void>((resolve) => (release = resolve));
    };
    const run = first.notificationWorker.runOnce(later(1000));
    await firstArrived;
    const claimedByFirst = await ctx.db
      .select()
      .from(notificationMessages)
      .where(eq(notificationMessages.claimedBy, first.notificationWorker.id));
    expect(claimedByFirst).toHaveLength(9);

    const closing = first.close(); // stops after the message in flight, releases the rest
    smtp.beforeAccept = null;
    release();
    await closing;
    expect((await run).sent).toBe(1);
    await firstDatabase.close();

    const second = await ctx.app.notificationWorker.runOnce(later(1000));
    expect(second.sent).toBe(8);
    const ids = smtp.received.map((mail) => mail.messageId);
    expect(ids).toHaveLength(9);
    expect(new Set(ids).size).toBe(9);
    const rows = (
      await Promise.all([s, ...otherBookings].map((scenario) => emailRows(scenario.region.id)))
    ).flat();
    expect(rows.map((row) => row.status)).toEqual(Array(9).fill('sent'));
    expect(smtp.received.map((mail) => mail.eventKey)).toContain(
      `booking.reminder:${s.booking.id}`,
    );
  });

  it('when a worker died holding claims, then its lease lapses and another sends them once', async () => {
    const s = await aBookedClass(ctx.db);
    await ctx.db.transaction((tx) =>
      renderEvent(tx, {
        kind: 'booking.confirmed',
        regionId: s.region.id,
        bookingId: s.booking.id,
      }),
    );
    const now = later(1000);
    const dead = await claimDue(ctx.db, 'worker-that-crashed', now, 10, 5 * 60_000);
    expect(dead).toHaveLength(2);

    expect((await ctx.app.notificationWorker.runOnce(now)).claimed).toBe(0);
    const after = await ctx.app.notificationWorker.runOnce(
      new Date(now.getTime() + 5 * 60_000 + 1),
    );
    expect(after.sent).toBe(2);
    expect(smtp.received).toHaveLength(2);
    expect(new Set(smtp.received.map((mail) => mail.messageId)).size).toBe(2);
  });
});
