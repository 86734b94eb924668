import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  allocationRounds,
  auditEvents,
  blackouts,
  conflicts,
  notificationMessages,
  proposals,
} from '@stagebureau/db';
import { localDateOf, type BookingSource } from '@stagebureau/domain';
import { aSession, anOffer } from '../../../test/activityBuilders';
import {
  aBookingSchool,
  aBookingWorld,
  bookingRequest,
  expectSeatsConsistent,
} from '../../../test/bookingScenario';
import { startTestApp, type TestContext } from '../../../test/harness';
import { anAvailability } from '../../../test/offerBodies';
import { placeTerms, pupilOf } from '../../../test/placementWorld';
import { systemActor } from '../audit/record';
import { placeBookingIn } from './path';

/**
 * Invariant 8: every way a booking comes to exist has the same side effects. Each row of the
 * table books one class, by its own path, into a session that falls in the school's holiday;
 * every path must leave the same traces: a `booking.created` audit row naming the path, the
 * `booking.confirmed` message in the coordinator's inbox, and a `blackout_overlap` conflict.
 */
let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});

type World = Awaited<ReturnType<typeof aBookingWorld>>;
type School = Awaited<ReturnType<typeof aBookingSchool>>;
const call = (method: 'POST' | 'PATCH', url: string, headers: object, payload?: object) =>
  ctx.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: headers as Record<string, string>,
    payload,
  });
const day = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * day);

async function aHoliday(regionId: string, at: Date) {
  const date = localDateOf(at);
  await ctx.db.insert(blackouts).values({
    regionId,
    kind: 'school_holiday',
    name: 'Voorjaarsvakantie',
    holidayRegion: 'noord',
    startsOn: date,
    endsOn: date,
  });
}

/** Each path books `school.classes[0]` into a session on a holiday and returns the booking. */
const paths: Record<BookingSource, (world: World, school: School) => Promise<string>> = {
  async school(world, school) {
    await aHoliday(world.region.id, world.session.startsAt);
    const body = { sessionId: world.session.id, classId: school.classes[0]!.id };
    const booked = await ctx.app.inject(bookingRequest(school.coordinator.headers, body));
    expect(booked.statusCode).toBe(201);
    return booked.json().id;
  },
  async cap_exception(world, school) {
    await aHoliday(world.region.id, world.session.startsAt);
    const [first, second] = school.classes as [School['classes'][0], School['classes'][0]];
    const body = (classId: string) => ({ sessionId: world.session.id, classId });
    await ctx.app.inject(bookingRequest(school.coordinator.headers, body(first.id)));
    const asked = await call('POST', '/cap-exceptions', school.coordinator.headers, {
      ...body(second.id),
      reason: 'Twee klassen met hetzelfde profiel',
    });
    expect(asked.statusCode).toBe(201);
    const granted = await call(
      'POST',
      `/conflicts/${asked.json().conflictId}/actions/grant-cap-exception`,
      world.bureau.headers,
      { reason: 'Akkoord' },
    );
    expect(granted.statusCode).toBe(200);
    return granted.json().bookingId;
  },
  async bureau_move(world, school) {
    const target = await aSession(ctx.db, world.region.id, world.offer.id, {
      startsAt: inDays(21),
    });
    await aHoliday(world.region.id, target.startsAt);
    const body = { sessionId: world.session.id, classId: school.classes[0]!.id };
    const booked = await ctx.app.inject(bookingRequest(school.coordinator.headers, body));
    const cut = await call('PATCH', `/sessions/${world.session.id}`, world.bureau.headers, {
      capacity: 5,
    });
    expect(cut.statusCode).toBe(200);
    const moved = await call(
      'POST',
      `/conflicts/${cut.json().conflictId}/actions/move-booking`,
      world.bureau.headers,
      { bookingId: booked.json().id, toSessionId: target.id, reason: 'Capaciteit verlaagd' },
    );
    expect(moved.statusCode).toBe(200);
    return moved.json().newBookingId;
  },
  async allocation(world, school) {
    await aHoliday(world.region.id, world.session.startsAt);
    const round = await call('POST', '/allocation-rounds', world.bureau.headers, {
      name: 'Voorjaar',
      sessionIds: [world.session.id],
      requestWindow: {
        opensAt: new Date(Date.now() - 3_600_000).toISOString(),
        closesAt: new Date(Date.now() + 3_600_000).toISOString(),
      },
    });
    const roundId: string = round.json().id;
    const asked = await call(
      'POST',
      `/allocation-rounds/${roundId}/requests`,
      school.coordinator.headers,
      { classId: school.classes[0]!.id, seats: 20, preferences: [world.session.id] },
    );
    expect(asked.statusCode).toBe(201);
    await ctx.db
      .update(allocationRounds)
      .set({ requestWindowOpensAt: inDays(-1), requestWindowClosesAt: new Date(Date.now() - 1) })
      .where(eq(allocationRounds.id, roundId));
    expect(
      (await call('POST', `/allocation-rounds/${roundId}/run`, world.bureau.headers)).statusCode,
    ).toBe(200);
    const published = await call(
      'POST',
      `/allocation-rounds/${roundId}/publish`,
      world.bureau.headers,
    );
    expect(published.statusCode).toBe(200);
    return published.json().confirmedBookingIds[0];
  },
  async proposal(world, school) {
    const offer = await anOffer(ctx.db, world.region.id, world.company.id, {
      type: 'guest_lesson',
      bookingMode: 'on_request',
      locationKind: 'at_school',
      levels: [],
      schoolYears: [],
      vmboProfiles: [],
      availability: anAvailability(),
    });
    const option = { startsAt: '2030-03-05T09:00:00+01:00', endsAt: '2030-03-05T11:00:00+01:00' };
    await aHoliday(world.region.id, new Date(option.startsAt));
    const proposed = await call(
      'POST',
      `/offers/${offer.id}/proposals`,
      school.coordinator.headers,
      {
        classId: school.classes[0]!.id,
        options: [option],
      },
    );
    expect(proposed.statusCode).toBe(201);
    const accepted = await call(
      'POST',
      `/proposals/${proposed.json().id}/accept`,
      world.companyUser.headers,
      { optionIndex: 0 },
    );
    expect(accepted.statusCode).toBe(200);
    const [row] = await ctx.db
      .select({ bookingId: proposals.bookingId })
      .from(proposals)
      .where(eq(proposals.id, proposed.json().id));
    return row!.bookingId!;
  },
  async sign_up(world, school) {
    const asked = await call('POST', '/requests', school.coordinator.headers, {
      type: 'guest_lesson',
      title: 'Gastles',
      classIds: [school.classes[0]!.id],
      hoursPerOccasion: 2,
      periodFrom: '2030-03-04',
      periodUntil: '2030-03-15',
      weekdays: [3],
      partOfDay: 'afternoon',
      location: 'at_school',
      signUpDeadline: '2030-02-28',
    });
    expect(asked.statusCode).toBe(201);
    const cardId = asked.json().menuCardId;
    expect(
      (await call('POST', `/menu-cards/${cardId}/publish`, world.bureau.headers)).statusCode,
    ).toBe(200);
    const moment = { startsAt: '2030-03-06T13:00:00+01:00', endsAt: '2030-03-06T15:00:00+01:00' };
    const signedUp = await call(
      'POST',
      `/requests/${asked.json().id}/sign-ups`,
      world.companyUser.headers,
      {
        contactName: 'Piet',
        contactEmail: 'piet@example.org',
        parts: [{ partId: asked.json().parts[0].id, ...moment }],
      },
    );
    expect(signedUp.statusCode).toBe(201);
    // The exam week is set after the company proposed: accepting still books, and the bureau is told.
    await aHoliday(world.region.id, new Date(moment.startsAt));
    const accepted = await call(
      'POST',
      `/part-proposals/${signedUp.json().proposals[0].id}/accept`,
      school.coordinator.headers,
    );
    expect(accepted.statusCode).toBe(200);
    return accepted.json().proposals[0].bookingId;
  },
  async placement(world, school) {
    const startsOn = localDateOf(inDays(14));
    const place = await call('POST', '/places', world.companyUser.headers, {
      ...placeTerms,
      levels: [],
      vmboProfiles: [],
      startsOn,
      endsOn: startsOn,
      weekdays: [1, 2, 3, 4, 5, 6, 7],
    });
    expect(place.statusCode, place.body).toBe(201);
    await aHoliday(world.region.id, new Date(`${startsOn}T12:00:00Z`));
    const pupil = await call(
      'POST',
      '/pupils',
      school.coordinator.headers,
      pupilOf(school.classes[0]!.id),
    );
    expect(pupil.statusCode, pupil.body).toBe(201);
    const proposed = await call('POST', '/placements', school.coordinator.headers, {
      placeId: place.json().id,
      participantId: pupil.json().id,
    });
    expect(proposed.statusCode, proposed.body).toBe(201);
    const accepted = await call(
      'POST',
      `/placements/${proposed.json().id}/accept`,
      world.companyUser.headers,
    );
    expect(accepted.statusCode, accepted.body).toBe(200);
    return accepted.json().bookingId;
  },
  async seed(world, school) {
    await aHoliday(world.region.id, world.session.startsAt);
    const placed = await ctx.db.transaction((tx) =>
      placeBookingIn(
        tx,
        {
          source: 'seed',
          actor: systemActor(world.region.id),
          sessionId: world.session.id,
          classId: school.classes[0]!.id,
          request: { status: 'confirmed' },
        },
        new Date(),
      ),
    );
    return placed.id;
  },
};

describe('one booking path: the same side effects on every path', () => {
  it.each(Object.keys(paths) as BookingSource[])(
    'when a class is booked by the %s path into a holiday, then it is audited, the school is told and the bureau gets a blackout_overlap conflict',
    async (source) => {
      const world = await aBookingWorld(ctx.app, ctx.db, {
        settings: { capPerSchoolPerSession: 20 },
        offer: { levels: [], schoolYears: [], vmboProfiles: [] },
        session: { capacity: 50, startsAt: inDays(14) },
      });
      const school = await aBookingSchool(ctx.app, ctx.db, world.region.id, [20, 20]);
      const bookingId = await paths[source](world, school);

      const [created] = await ctx.db
        .select()
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.entity, 'booking'),
            eq(auditEvents.entityId, bookingId),
            eq(auditEvents.action, 'booking.created'),
          ),
        );
      // A placement is proposed (`requested`, holding the place) and confirmed when accepted.
      const createdAs = source === 'placement' ? 'requested' : 'confirmed';
      expect(created?.after).toMatchObject({ status: createdAs, source });

      const inbox = await ctx.app.inject({
        method: 'GET',
        url: '/api/v1/inbox',
        headers: school.coordinator.headers,
      });
      const kinds = inbox
        .json()
        .items.filter((item: { link: string }) => item.link.includes(bookingId))
        .map((item: { kind: string }) => item.kind);
      expect(kinds).toContain('booking.confirmed');
      const [message] = await ctx.db
        .select({ kind: notificationMessages.kind })
        .from(notificationMessages)
        .where(eq(notificationMessages.eventKey, `booking.confirmed:${bookingId}`));
      expect(message?.kind).toBe('booking.confirmed');

      const raised = await ctx.db
        .select({ type: conflicts.type, bookingIds: conflicts.bookingIds })
        .from(conflicts)
        .where(
          and(eq(conflicts.regionId, world.region.id), eq(conflicts.type, 'blackout_overlap')),
        );
      expect(raised.filter((c) => c.bookingIds.includes(bookingId))).toHaveLength(1);
      await expectSeatsConsistent(ctx.db, world.region.id);
    },
  );
});
