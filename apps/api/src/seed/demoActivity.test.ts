import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { bookings, offers, regions, sessions } from '@stagebureau/db';
import { expectSeatsConsistent } from '../../test/bookingScenario';
import { startTestApp, type TestContext } from '../../test/harness';
import { aDiskBackend } from '../modules/storage/storage.testWorld';
import type { ObjectStore } from '../modules/storage';
import { seedDemo } from './demo';
import { demoPassword, demoRegion, demoSchools } from './demoData';

let ctx: TestContext;
let store: ObjectStore;
let regionId: string;
beforeAll(async () => {
  ctx = await startTestApp();
  store = (await aDiskBackend()).store;
  await seedDemo(ctx.db, () => {}, store);
  regionId = (await ctx.db.select().from(regions).where(eq(regions.slug, demoRegion.slug)))[0]!.id;
});

describe('demo seed: offers, sessions and bookings', () => {
  it('when seeded, then offers of several types have sessions and bookings in every state', async () => {
    const offerRows = await ctx.db.select().from(offers).where(eq(offers.regionId, regionId));
    expect(new Set(offerRows.map((offer) => offer.type)).size).toBeGreaterThanOrEqual(4);
    expect(offerRows.some((offer) => offer.requiresApproval)).toBe(true);
    const sessionRows = await ctx.db.select().from(sessions).where(eq(sessions.regionId, regionId));
    expect(
      sessionRows.filter((s) => s.offerId === offerRows.find((o) => o.type === 'company_visit')!.id)
        .length,
    ).toBeGreaterThanOrEqual(6);
    const statuses = new Set(
      (await ctx.db.select().from(bookings).where(eq(bookings.regionId, regionId))).map(
        (b) => b.status,
      ),
    );
    expect([...statuses].sort()).toEqual([
      'cancelled',
      'completed',
      'confirmed',
      'requested',
      'waitlisted',
    ]);
  });

  it('when seeded, then the seat counters match the bookings and the masterclass is full with a waitlist', async () => {
    await expectSeatsConsistent(ctx.db, regionId);
    const [masterclass] = await ctx.db.select().from(offers).where(eq(offers.type, 'masterclass'));
    const [full] = await ctx.db
      .select()
      .from(sessions)
      .where(eq(sessions.offerId, masterclass!.id));
    expect(full!.bookedSeats).toBe(full!.capacity);
  });

  it('when a seeded coordinator lists its bookings, then it sees only its own school', async () => {
    const school = demoSchools[0]!;
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: school.coordinatorEmail, password: demoPassword },
    });
    const headers = { authorization: `Bearer ${login.json().accessToken}` };
    const list = (await ctx.app.inject({ url: '/api/v1/bookings', headers })).json<{
      items: { school: { name: string } }[];
    }>();
    expect(list.items.length).toBeGreaterThan(0);
    expect(new Set(list.items.map((b) => b.school.name))).toEqual(new Set([school.name]));
  });
});

describe('demo seed: the demand side', () => {
  it('when seeded, then the published card holds a merged two-school request half taken, a bureau request near its deadline and a request waiting for the bureau', async () => {
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'bureau@demo.stagebureau.nl', password: demoPassword },
    });
    const headers = { authorization: `Bearer ${login.json().accessToken}` };
    const cards = (await ctx.app.inject({ url: '/api/v1/menu-cards', headers })).json<{
      items: {
        status: string;
        requests: {
          status: string;
          schoolName: string | null;
          parts: { schoolName: string; state: string }[];
        }[];
      }[];
    }>();
    expect(cards.items).toHaveLength(1);
    const card = cards.items[0]!;
    expect(card.status).toBe('published');
    const merged = card.requests.find((r) => r.status === 'published' && r.parts.length === 4)!;
    expect(new Set(merged.parts.map((p) => p.schoolName)).size).toBe(2);
    expect(merged.parts.map((p) => p.state).sort()).toEqual([
      'accepted',
      'open',
      'open',
      'proposed',
    ]);
    expect(card.requests.map((r) => r.status).sort()).toEqual([
      'merged',
      'published',
      'published',
      'submitted',
    ]);
    const accepted = await ctx.db.select().from(offers).where(eq(offers.status, 'arranged'));
    expect(accepted).toHaveLength(1);
  });
});
