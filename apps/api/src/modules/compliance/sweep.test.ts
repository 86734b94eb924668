import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { complianceDocuments, conflicts, notificationEvents } from '@stagebureau/db';
import { addDays, fromLocal, localDateOf } from '@stagebureau/domain';
import { aBooking, anOffer, aSession } from '../../../test/activityBuilders';
import { aClass } from '../../../test/builders';
import { startTestApp, type TestContext } from '../../../test/harness';
import { aDiskBackend } from '../storage/storage.testWorld';
import { aComplianceWorld, validFor } from './compliance.testWorld';
import { runComplianceSweep } from './sweep';

/**
 * The expiry sweep with `now` passed in (issue 18): reminders 30 and 7 days before, each
 * once; the approval lost at the end of the last valid day; one conflict for the bureau when
 * confirmed activities lose their cover — also with two sweeps running at once.
 */
let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp({
    STORAGE_DIR: (await aDiskBackend()).dir,
    NOTIFICATION_INTERVAL_MS: '0',
  });
});

const today = localDateOf(new Date());
/** An instant on a Dutch calendar date, at a Dutch wall-clock time. */
const on = (date: string, time = '12:00') => fromLocal({ date, time });

const eventsOf = async (documentId: string) =>
  (
    await ctx.db
      .select({ event: notificationEvents.event })
      .from(notificationEvents)
      .where(
        sql`${notificationEvents.event}->>'documentId' = ${documentId}
          and ${notificationEvents.event}->>'kind' <> 'compliance.reviewed'`,
      )
      .orderBy(notificationEvents.createdAt)
  ).map(({ event }) => event as { kind: string; days?: number });

const conflictsOf = (regionId: string) =>
  ctx.db
    .select()
    .from(conflicts)
    .where(and(eq(conflicts.regionId, regionId), eq(conflicts.type, 'compliance_expired')));

const statusOf = async (id: string) =>
  (await ctx.db.select().from(complianceDocuments).where(eq(complianceDocuments.id, id)))[0]!
    .status;

/**
 * A company whose insurance ends on `until`, with a confirmed visit after that day (needs the
 * insurance), a confirmed guest lesson (needs nothing) and a visit already over.
 */
async function anExpiringCompany() {
  const world = await aComplianceWorld(ctx);
  const until = addDays(today, 40);
  await world.anApprovedPaper('safety_instructions', validFor(-30, 400));
  const insurance = await world.anApprovedPaper('liability_insurance', {
    validFrom: addDays(today, -300),
    validUntil: until,
  });
  const schoolClass = await aClass(ctx.db, world.regionId, world.school.id, { size: 20 });
  const later = on(addDays(until, 10), '09:00');
  const visit = await anOffer(ctx.db, world.regionId, world.company.id, { title: 'Rondleiding' });
  const visitSession = await aSession(ctx.db, world.regionId, visit.id, { startsAt: later });
  const visitBooking = await aBooking(ctx.db, visitSession, world.school, schoolClass);
  const lesson = await anOffer(ctx.db, world.regionId, world.company.id, {
    type: 'guest_lesson',
    locationKind: 'at_school',
  });
  const lessonSession = await aSession(ctx.db, world.regionId, lesson.id, {
    startsAt: on(addDays(until, 12), '09:00'),
  });
  await aBooking(
    ctx.db,
    lessonSession,
    world.school,
    await aClass(ctx.db, world.regionId, world.school.id),
  );
  return { world, until, insurance, visitBooking };
}

describe('the compliance sweep', () => {
  it('when 30 and then 7 days remain, then the company is reminded once each; after the last valid day the paper expires and the bureau gets one conflict', async () => {
    const { world, until, insurance, visitBooking } = await anExpiringCompany();
    const sweep = (date: string, time?: string) => runComplianceSweep(ctx.db, on(date, time));

    await sweep(addDays(until, -31));
    expect(await eventsOf(insurance.id)).toEqual([]);

    await sweep(addDays(until, -30));
    await sweep(addDays(until, -30), '18:00');
    await sweep(addDays(until, -20));
    expect((await eventsOf(insurance.id)).map((event) => [event.kind, event.days])).toEqual([
      ['compliance.expiring', 30],
    ]);

    await sweep(addDays(until, -7));
    await sweep(addDays(until, -3));
    await sweep(until, '23:59');
    expect(await statusOf(insurance.id)).toBe('approved');
    expect((await eventsOf(insurance.id)).map((event) => event.days)).toEqual([30, 7]);
    expect(await conflictsOf(world.regionId)).toEqual([]);

    const result = await sweep(addDays(until, 1), '00:05');
    expect(result.expired).toBeGreaterThanOrEqual(1);
    await sweep(addDays(until, 1), '01:05');
    await sweep(addDays(until, 2));
    expect(await statusOf(insurance.id)).toBe('expired');
    expect((await eventsOf(insurance.id)).map((event) => event.kind)).toEqual([
      'compliance.expiring',
      'compliance.expiring',
      'compliance.expired',
    ]);
    const raised = await conflictsOf(world.regionId);
    expect(raised).toHaveLength(1);
    expect(raised[0]!.bookingIds).toEqual([visitBooking.id]);
    expect(raised[0]!.details).toMatchObject({
      documentId: insurance.id,
      companyName: 'Installatiebedrijf Noord',
      kind: 'liability_insurance',
      validUntil: until,
      activities: [{ bookingId: visitBooking.id, offerTitle: 'Rondleiding', placement: false }],
    });
  });

  it('when two sweeps run at once, then each reminder is sent once and the paper expires with one conflict', async () => {
    const { world, until, insurance } = await anExpiringCompany();
    const both = (date: string, time?: string) =>
      Promise.all([
        runComplianceSweep(ctx.db, on(date, time)),
        runComplianceSweep(ctx.db, on(date, time)),
      ]);
    await both(addDays(until, -30));
    await both(addDays(until, -7));
    await both(addDays(until, 1), '00:05');
    expect((await eventsOf(insurance.id)).map((event) => event.days ?? event.kind)).toEqual([
      30,
      7,
      'compliance.expired',
    ]);
    expect(await conflictsOf(world.regionId)).toHaveLength(1);
  });

  it('when a paper is approved only 5 days before its end, then it gets only the 7-day reminder', async () => {
    const world = await aComplianceWorld(ctx);
    const late = await world.anApprovedPaper('vog', validFor(-300, 5));
    await runComplianceSweep(ctx.db, on(today));
    await runComplianceSweep(ctx.db, on(addDays(today, 1)));
    expect((await eventsOf(late.id)).map((event) => event.days)).toEqual([7]);
  });

  it('when a paper expires under no confirmed activity that needs it, then no conflict', async () => {
    const world = await aComplianceWorld(ctx);
    const paper = await world.anApprovedPaper('risk_assessment', validFor(-300, 3));
    await runComplianceSweep(ctx.db, on(addDays(today, 4), '00:05'));
    expect(await statusOf(paper.id)).toBe('expired');
    expect(await conflictsOf(world.regionId)).toEqual([]);
  });
});
