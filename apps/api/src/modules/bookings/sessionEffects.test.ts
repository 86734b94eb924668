import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { blackouts, bookings, conflicts, sessions } from '@stagebureau/db';
import { DomainError, localDateOf } from '@stagebureau/domain';
import { startTestApp, type TestContext } from '../../../test/harness';
import { aBooking, aSession } from '../../../test/activityBuilders';
import {
  aBookingSchool,
  aBookingWorld,
  bookingRequest,
  expectSeatsConsistent,
} from '../../../test/bookingScenario';
import { systemActor } from '../audit/record';
import {
  cancelBookingsOfSession,
  confirmProposalBooking,
  moveBookingsWithSession,
  promoteWaitlist,
} from './sessionEffects';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});

const hour = 3_600_000;
const rowOf = async (id: string) =>
  (await ctx.db.select().from(bookings).where(eq(bookings.id, id)))[0]!;

describe('session effects (called by the sessions and proposals modules)', () => {
  it('when a session is cancelled, then its live bookings are cancelled, seats freed, and the relied-on ones reported', async () => {
    const world = await aBookingWorld(ctx.app, ctx.db, { session: { capacity: 20 } });
    const a = await aBookingSchool(ctx.app, ctx.db, world.region.id, [20]);
    const b = await aBookingSchool(ctx.app, ctx.db, world.region.id, [10]);
    const confirmed = await aBooking(ctx.db, world.session, a.school, a.classes[0]!);
    const waiting = await aBooking(ctx.db, world.session, b.school, b.classes[0]!, {
      status: 'waitlisted',
    });
    const result = await ctx.db.transaction(async (tx) => {
      await tx
        .update(sessions)
        .set({ status: 'cancelled' })
        .where(eq(sessions.id, world.session.id));
      return cancelBookingsOfSession(
        tx,
        systemActor(world.region.id),
        world.session,
        'Storm',
        new Date(),
      );
    });
    expect(result).toEqual({
      cancelledBookingIds: [confirmed.id, waiting.id],
      affectedBookingIds: [confirmed.id],
    });
    expect(await rowOf(waiting.id)).toMatchObject({
      status: 'cancelled',
      statusReason: 'Storm',
      sequence: 1,
    });
    await expectSeatsConsistent(ctx.db, world.region.id);
  });

  it('when a session moves onto another booking of the same class, then session_change_blocked names the clash and nothing changes', async () => {
    const world = await aBookingWorld(ctx.app, ctx.db);
    const other = await aSession(ctx.db, world.region.id, world.offer.id, {
      startsAt: new Date(world.session.startsAt.getTime() + 24 * hour),
    });
    const a = await aBookingSchool(ctx.app, ctx.db, world.region.id, [10]);
    await aBooking(ctx.db, world.session, a.school, a.classes[0]!);
    const moving = await aBooking(ctx.db, other, a.school, a.classes[0]!);
    const attempt = ctx.db.transaction((tx) =>
      moveBookingsWithSession(tx, systemActor(world.region.id), {
        ...other,
        startsAt: world.session.startsAt,
        endsAt: world.session.endsAt,
      }),
    );
    await expect(attempt).rejects.toMatchObject({
      code: 'session_change_blocked',
      clashes: [
        { bookingId: moving.id, classId: a.classes[0]!.id, otherSessionId: world.session.id },
      ],
    });
    expect((await rowOf(moving.id)).startsAt).toEqual(other.startsAt);
    await ctx.db.transaction((tx) =>
      moveBookingsWithSession(tx, systemActor(world.region.id), {
        ...other,
        startsAt: new Date(other.startsAt.getTime() + hour),
        endsAt: new Date(other.endsAt.getTime() + hour),
      }),
    );
    expect(await rowOf(moving.id)).toMatchObject({
      sequence: 1,
      startsAt: new Date(other.startsAt.getTime() + hour),
    });
  });

  it('when capacity was raised, then promoteWaitlist promotes in order and skips a class busy elsewhere', async () => {
    const world = await aBookingWorld(ctx.app, ctx.db, { session: { capacity: 10 } });
    const overlapping = await aSession(ctx.db, world.region.id, world.offer.id, {
      startsAt: world.session.startsAt,
    });
    const a = await aBookingSchool(ctx.app, ctx.db, world.region.id, [10, 5, 5]);
    await aBooking(ctx.db, world.session, a.school, a.classes[0]!);
    await aBooking(ctx.db, overlapping, a.school, a.classes[1]!);
    const busy = await aBooking(ctx.db, world.session, a.school, a.classes[1]!, {
      status: 'waitlisted',
    });
    const free = await aBooking(ctx.db, world.session, a.school, a.classes[2]!, {
      status: 'waitlisted',
    });
    const promoted = await ctx.db.transaction(async (tx) => {
      await tx.update(sessions).set({ capacity: 20 }).where(eq(sessions.id, world.session.id));
      return promoteWaitlist(tx, systemActor(world.region.id), world.session, new Date());
    });
    expect(promoted).toEqual([free.id]);
    expect((await rowOf(busy.id)).status).toBe('waitlisted');
    await expectSeatsConsistent(ctx.db, world.region.id);
  });

  it('when a proposal is accepted, then its booking is confirmed and counted; a second one that does not fit is session_full', async () => {
    const world = await aBookingWorld(ctx.app, ctx.db, { session: { capacity: 12 } });
    const a = await aBookingSchool(ctx.app, ctx.db, world.region.id, [12]);
    const input = {
      regionId: world.region.id,
      sessionId: world.session.id,
      offerId: world.offer.id,
      schoolId: a.school.id,
      classId: a.classes[0]!.id,
      seats: 12,
      teachers: [],
      note: '',
      startsAt: world.session.startsAt,
      endsAt: world.session.endsAt,
    };
    const id = await ctx.db.transaction((tx) =>
      confirmProposalBooking(tx, systemActor(world.region.id), input, new Date()),
    );
    expect((await rowOf(id)).status).toBe('confirmed');
    const again = ctx.db.transaction((tx) =>
      confirmProposalBooking(tx, systemActor(world.region.id), input, new Date()),
    );
    await expect(again).rejects.toBeInstanceOf(DomainError);
    await expectSeatsConsistent(ctx.db, world.region.id);
  });
});

describe('blackouts', () => {
  it('when a school books a session in its holiday, then the booking stands and blackout_overlap is raised', async () => {
    const world = await aBookingWorld(ctx.app, ctx.db);
    const day = localDateOf(world.session.startsAt);
    await ctx.db.insert(blackouts).values({
      regionId: world.region.id,
      kind: 'school_holiday',
      name: 'Voorjaarsvakantie',
      holidayRegion: 'noord',
      startsOn: day,
      endsOn: day,
    });
    await ctx.db.insert(blackouts).values({
      regionId: world.region.id,
      kind: 'school_holiday',
      name: 'Elders',
      holidayRegion: 'zuid',
      startsOn: day,
      endsOn: day,
    });
    const a = await aBookingSchool(ctx.app, ctx.db, world.region.id);
    const response = await ctx.app.inject(
      bookingRequest(a.coordinator.headers, {
        sessionId: world.session.id,
        classId: a.classes[0]!.id,
      }),
    );
    expect(response.statusCode).toBe(201);
    const raised = await ctx.db
      .select()
      .from(conflicts)
      .where(eq(conflicts.sessionId, world.session.id));
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({
      type: 'blackout_overlap',
      schoolId: a.school.id,
      details: { blackouts: [{ name: 'Voorjaarsvakantie' }] },
    });
  });
});
