import { beforeAll, describe, expect, it } from 'vitest';
import type { InboxItem, RegionSettings } from '@stagebureau/domain';
import { aBookingSchool, aBookingWorld, bookingRequest } from '../../../test/bookingScenario';
import { aLoggedInUser } from '../../../test/builders';
import { startTestApp, type TestContext } from '../../../test/harness';

/**
 * Booking changes made through the API reach the right people with the right text. Messages
 * are read through the inbox, which renders any event still waiting.
 */
let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp({ NOTIFICATION_INTERVAL_MS: '0' });
});

type Headers = Record<string, string>;

const inboxOf = async (headers: Headers): Promise<InboxItem[]> => {
  const response = await ctx.app.inject({ url: '/api/v1/inbox?limit=100', headers });
  expect(response.statusCode).toBe(200);
  return response.json().items;
};

async function book(headers: Headers, sessionId: string, classId: string, note = '') {
  const response = await ctx.app.inject(bookingRequest(headers, { sessionId, classId, note }));
  expect(response.statusCode).toBeLessThan(300);
  return response.json<{ id: string; status: string; holdExpiresAt: string | null }>();
}

async function change(headers: Headers, id: string, path: string, reason?: string) {
  const response = await ctx.app.inject({
    method: 'POST',
    url: `/api/v1/bookings/${id}/${path}`,
    headers,
    payload: reason === undefined ? {} : { reason },
  });
  expect(response.statusCode).toBe(200);
  return response.json<{ id: string; status: string; holdExpiresAt: string | null }>();
}

/** A full session (one class of 20 in 20 seats) with a second school's class waiting. */
async function aFullSessionWithAWaitingClass(
  settings: Partial<RegionSettings>,
  offer: { requiresApproval?: boolean } = {},
) {
  const world = await aBookingWorld(ctx.app, ctx.db, {
    settings,
    offer,
    session: { capacity: 20 },
  });
  const first = await aBookingSchool(ctx.app, ctx.db, world.region.id, [20]);
  const waiting = await aBookingSchool(ctx.app, ctx.db, world.region.id, [20]);
  const held = await book(first.coordinator.headers, world.session.id, first.classes[0]!.id);
  if (offer.requiresApproval) await change(world.companyUser.headers, held.id, 'approve');
  const queued = await book(waiting.coordinator.headers, world.session.id, waiting.classes[0]!.id);
  expect(queued.status).toBe('waitlisted');
  return { world, first, waiting, held, queued };
}

describe('seats offered from the waitlist', () => {
  it('when seats free up in a region that offers them, then the waiting school is offered them until the hold expires, and accepting confirms', async () => {
    const s = await aFullSessionWithAWaitingClass({ promotionMode: 'offer', holdHours: 48 });
    await change(s.first.coordinator.headers, s.held.id, 'cancel', 'Toetsweek');

    const offered = (await inboxOf(s.waiting.coordinator.headers)).filter(
      (item) => item.kind === 'booking.promoted',
    );
    expect(offered).toHaveLength(1);
    expect(offered[0]!.text).toContain('Bevestig vóór');
    expect(offered[0]!.text).toContain('daarna gaan de plaatsen naar de volgende');

    const accepted = await change(s.waiting.coordinator.headers, s.queued.id, 'accept-offer');
    expect(accepted.status).toBe('confirmed');
    const kinds = (await inboxOf(s.waiting.coordinator.headers)).map((item) => item.kind);
    expect(kinds.sort()).toEqual(['booking.confirmed', 'booking.promoted', 'booking.waitlisted']);
  });
});

describe('bookings that await the company', () => {
  it("when a school books an offer that needs approval, then the company's members are asked to approve and read the school's note", async () => {
    const world = await aBookingWorld(ctx.app, ctx.db, { offer: { requiresApproval: true } });
    const member = await aLoggedInUser(
      ctx.app,
      ctx.db,
      world.region.id,
      'company_member',
      world.company.id,
    );
    const school = await aBookingSchool(ctx.app, ctx.db, world.region.id);
    const note = 'Twee leerlingen komen met de rolstoel; graag een lift.';
    const booking = await book(
      school.coordinator.headers,
      world.session.id,
      school.classes[0]!.id,
      note,
    );
    expect(booking.status).toBe('requested');

    for (const headers of [world.companyUser.headers, member.headers]) {
      const [item, ...rest] = await inboxOf(headers);
      expect(rest).toEqual([]);
      expect(item).toMatchObject({
        kind: 'booking.requested',
        link: expect.stringMatching(new RegExp(`/bedrijf/sessies/${world.session.id}$`)),
      });
      expect(item!.text).toContain(`Opmerking van de school: ${note}`);
      expect(item!.text).toContain('Goedkeuren of afwijzen');
    }
    expect(await inboxOf(world.bureau.headers)).toEqual([]);
  });

  it('when a waiting class moves up on an offer that needs approval, then the company is asked and the school hears it awaits approval, not that it is confirmed', async () => {
    const s = await aFullSessionWithAWaitingClass(
      { promotionMode: 'auto_confirm' },
      { requiresApproval: true },
    );
    await change(s.first.coordinator.headers, s.held.id, 'cancel', 'Toetsweek');

    const company = await inboxOf(s.world.companyUser.headers);
    const asked = company.filter((item) => item.kind === 'booking.requested');
    // The first school's request, then the waiting school's promotion.
    expect(asked).toHaveLength(2);
    const school = (await inboxOf(s.waiting.coordinator.headers)).filter(
      (item) => item.kind !== 'booking.waitlisted',
    );
    expect(school.map((item) => item.kind)).toEqual(['booking.requested']);
    expect(school[0]!.text).toContain('moet de boeking nog goedkeuren');
    expect(school[0]!.text).not.toContain('bevestigd');
  });

  it('when offered seats are accepted on an offer that needs approval, then the company is asked to approve', async () => {
    const s = await aFullSessionWithAWaitingClass(
      { promotionMode: 'offer' },
      { requiresApproval: true },
    );
    await change(s.first.coordinator.headers, s.held.id, 'cancel', 'Toetsweek');
    const accepted = await change(s.waiting.coordinator.headers, s.queued.id, 'accept-offer');
    expect(accepted.status).toBe('requested');

    const asked = (await inboxOf(s.world.companyUser.headers)).filter(
      (item) => item.kind === 'booking.requested',
    );
    expect(asked).toHaveLength(2);
  });
});
