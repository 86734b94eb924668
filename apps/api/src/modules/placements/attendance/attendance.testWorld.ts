import { randomBytes } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import {
  attendanceWeeks,
  bookings,
  notificationEvents,
  placementSignatures,
  placements,
  sessions,
} from '@stagebureau/db';
import { addDays, fromLocal, localDateOf, mondayOf } from '@stagebureau/domain';
import type { TestContext } from '../../../../test/harness';
import { aPlacementWorld, type PlacementWorld } from '../../../../test/placementWorld';

/**
 * Builders for the attendance and evaluation tests (issue 16). A placement goes the whole way
 * through the API — place, pupil, proposal, acceptance, every party signing by its mailed link
 * — and then, as time passing, is moved back to start on a Monday eight weeks ago: its four
 * weeks (Monday to Thursday, 08:00–16:00, 8 hours a day) all lie in the past, so links and
 * forms can be used now, while sweeps run at any chosen moment of its period.
 */
export const hoursPerWorkingDay = 8;

/** A moment on a local (Amsterdam) day: what a sweep is called with. */
export const at = (date: string, time = '10:00') => fromLocal({ date, time });

/** Signs every party's link through the public signing route (the real signing path). */
export async function signEveryParty(ctx: TestContext, placementId: string) {
  const rows = await ctx.db
    .select()
    .from(placementSignatures)
    .where(eq(placementSignatures.placementId, placementId));
  expect(rows.length).toBeGreaterThanOrEqual(3);
  for (const row of rows) {
    const token = await latestPath(ctx, 'placement.signing_requested', 'signatureId', row.id);
    const signed = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/public/signing/${token}`,
      payload: { typedName: `Getekend ${row.party}`, consent: true },
    });
    expect(signed.statusCode, signed.body).toBe(200);
  }
  const [placement] = await ctx.db.select().from(placements).where(eq(placements.id, placementId));
  expect(placement!.status).toBe('signed');
}

/** The secret of the newest link event of a kind for a row (what the e-mail carries). */
export async function latestPath(ctx: TestContext, kind: string, field: string, id: string) {
  const rows = await ctx.db
    .select({ event: notificationEvents.event })
    .from(notificationEvents)
    .where(
      and(
        sql`${notificationEvents.event}->>'kind' = ${kind}`,
        sql`${notificationEvents.event}->>${field} = ${id}`,
      ),
    )
    .orderBy(notificationEvents.createdAt);
  const path = (rows.at(-1)?.event as { path?: string } | undefined)?.path;
  expect(path, `a ${kind} link for ${id}`).toBeTruthy();
  return path!.split('/').at(-1)!;
}

/** Moves a placement (its dates, its place's session and its booking) back by whole weeks. */
async function moveBack(
  ctx: TestContext,
  placement: { id: string; bookingId: string },
  days: number,
) {
  const interval = sql`make_interval(days => ${days})`;
  const [row] = await ctx.db
    .update(placements)
    .set({
      startsOn: sql`${placements.startsOn} - ${days}::int`,
      endsOn: sql`${placements.endsOn} - ${days}::int`,
    })
    .where(eq(placements.id, placement.id))
    .returning();
  await ctx.db
    .update(bookings)
    .set({
      startsAt: sql`${bookings.startsAt} - ${interval}`,
      endsAt: sql`${bookings.endsAt} - ${interval}`,
    })
    .where(eq(bookings.id, placement.bookingId));
  const [booking] = await ctx.db
    .select()
    .from(bookings)
    .where(eq(bookings.id, placement.bookingId));
  await ctx.db
    .update(sessions)
    .set({
      startsAt: sql`${sessions.startsAt} - ${interval}`,
      endsAt: sql`${sessions.endsAt} - ${interval}`,
    })
    .where(eq(sessions.id, booking!.sessionId));
  return row!;
}

export interface RunningOptions {
  world?: PlacementWorld;
  host?: 'company' | 'otherCompany';
  pupilName?: string;
  /** Leave the placement in March 2030 (signed, not yet begun). */
  stayInFuture?: boolean;
}

/** A signed placement that ran Monday–Thursday for four weeks, starting eight weeks ago. */
export async function aRunningPlacement(ctx: TestContext, options: RunningOptions = {}) {
  const world = options.world ?? (await aPlacementWorld(ctx));
  const host = options.host ?? 'company';
  const supervisorEmail = `begeleider.${randomBytes(4).toString('hex')}@leerbedrijf.example`;
  const place = await world.aPlace(
    { supervisor: { name: 'Henk de Vries', email: supervisorEmail, phone: null } },
    host,
  );
  const pupil = await world.aPupil(options.pupilName ?? 'Sanne', 'de Boer');
  const proposed = await world.propose(place.id, pupil.id);
  expect(proposed.statusCode, proposed.body).toBe(201);
  const accepted = await world.ok(
    'POST',
    `/placements/${proposed.json().id}/accept`,
    host,
    undefined,
    200,
  );
  await signEveryParty(ctx, accepted.id);
  const startsOn = options.stayInFuture
    ? accepted.startsOn
    : addDays(mondayOf(localDateOf(new Date())), -56);
  const days = (Date.parse(accepted.startsOn) - Date.parse(startsOn)) / 86_400_000;
  const row = days ? await moveBack(ctx, accepted, days) : null;
  const weeks = [0, 7, 14, 21].map((offset) => addDays(startsOn, offset));
  return {
    world,
    place,
    pupil,
    placementId: accepted.id as string,
    supervisorEmail,
    startsOn,
    endsOn: row?.endsOn ?? (accepted.endsOn as string),
    /** The Mondays of its four weeks. */
    weeks,
    /** Monday–Thursday of a week. */
    daysOf: (weekOf: string) => [0, 1, 2, 3].map((offset) => addDays(weekOf, offset)),
  };
}
export type RunningPlacement = Awaited<ReturnType<typeof aRunningPlacement>>;

export async function weekRows(ctx: TestContext, placementId: string, weekOf?: string[]) {
  return ctx.db
    .select()
    .from(attendanceWeeks)
    .where(
      and(
        eq(attendanceWeeks.placementId, placementId),
        weekOf ? inArray(attendanceWeeks.weekOf, weekOf) : undefined,
      ),
    )
    .orderBy(attendanceWeeks.weekOf);
}
