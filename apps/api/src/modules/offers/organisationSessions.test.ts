import { beforeAll, describe, expect, it } from 'vitest';
import { aBooking, anOffer, aSession } from '../../../test/activityBuilders';
import { aClass, aCompany, aLoggedInUser, aRegion, aSchool } from '../../../test/builders';
import { startTestApp, type TestContext } from '../../../test/harness';

let ctx: TestContext;
let regionId: string;
let school: { id: string };

beforeAll(async () => {
  ctx = await startTestApp();
  regionId = (await aRegion(ctx.db)).id;
  school = await aSchool(ctx.db, regionId);
});

const at = (iso: string) => new Date(iso);

/**
 * A company with two published offers (one with two sessions) and a draft with a session that
 * must never show; `list` reads its sessions as one of its own members.
 */
async function aCompanyWithPlanning() {
  const company = await aCompany(ctx.db, regionId);
  const welding = await anOffer(ctx.db, regionId, company.id, { title: 'Lassen' });
  const bakery = await anOffer(ctx.db, regionId, company.id, { title: 'Bakkerij' });
  const draft = await anOffer(ctx.db, regionId, company.id, { title: 'Concept', status: 'draft' });
  const sessions = {
    weldingLate: await aSession(ctx.db, regionId, welding.id, {
      startsAt: at('2031-03-12T08:00:00Z'),
      capacity: 20,
    }),
    bakery: await aSession(ctx.db, regionId, bakery.id, {
      startsAt: at('2031-03-10T08:00:00Z'),
      capacity: 12,
    }),
    weldingEarly: await aSession(ctx.db, regionId, welding.id, {
      startsAt: at('2031-03-05T08:00:00Z'),
      capacity: 16,
    }),
    draft: await aSession(ctx.db, regionId, draft.id, { startsAt: at('2031-03-07T08:00:00Z') }),
  };
  // Another company's session in the same weeks: never in this company's list.
  const other = await aCompany(ctx.db, regionId);
  await aSession(ctx.db, regionId, (await anOffer(ctx.db, regionId, other.id)).id, {
    startsAt: at('2031-03-06T08:00:00Z'),
  });
  const member = await aLoggedInUser(ctx.app, ctx.db, regionId, 'company_member', company.id);
  const list = (query = '', headers: Record<string, string> = member.headers) =>
    ctx.app.inject({
      method: 'GET',
      url: `/api/v1/organisations/${company.id}/sessions${query}`,
      headers,
    });
  return { company, welding, other, sessions, list };
}

interface Page {
  items: {
    id: string;
    offerId: string;
    offerTitle: string;
    status: string;
    capacity: number;
    bookedSeats: number;
    freeSeats: number;
  }[];
  total: number;
}

const idsOf = (page: Page) => page.items.map((item) => item.id);

describe("a company's sessions", () => {
  it('when a company reads its sessions, then exactly those of its published offers come, with titles, by start', async () => {
    const { sessions, list } = await aCompanyWithPlanning();
    const response = await list();
    expect(response.statusCode).toBe(200);
    const page = response.json<Page>();
    expect(page.total).toBe(3);
    expect(page.items.map((item) => [item.id, item.offerTitle])).toEqual([
      [sessions.weldingEarly.id, 'Lassen'],
      [sessions.bakery.id, 'Bakkerij'],
      [sessions.weldingLate.id, 'Lassen'],
    ]);
  });

  it('when a seat is booked, then the session shows it exactly as the per-offer list does', async () => {
    const { welding, sessions, list } = await aCompanyWithPlanning();
    const schoolClass = await aClass(ctx.db, regionId, school.id, { size: 5 });
    await aBooking(ctx.db, sessions.weldingEarly, school, schoolClass);
    const page = (await list()).json<Page>();
    const booked = page.items.find((item) => item.id === sessions.weldingEarly.id)!;
    expect(booked).toMatchObject({ capacity: 16, bookedSeats: 5, freeSeats: 11 });
    const member = await aLoggedInUser(
      ctx.app,
      ctx.db,
      regionId,
      'company_admin',
      welding.organisationId,
    );
    const perOffer = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/offers/${welding.id}/sessions`,
      headers: member.headers,
    });
    const { offerTitle, ...session } = booked;
    expect(offerTitle).toBe('Lassen');
    expect(perOffer.json<Page>().items).toContainEqual(session);
  });

  it('when a session is cancelled, then it shows by default and not with includeCancelled=false', async () => {
    const { welding, list } = await aCompanyWithPlanning();
    const cancelled = await aSession(ctx.db, regionId, welding.id, {
      startsAt: at('2031-03-11T08:00:00Z'),
      status: 'cancelled',
      cancelReason: 'Machine stuk',
      cancelledAt: at('2031-02-01T08:00:00Z'),
    });
    const all = (await list()).json<Page>();
    expect(all.total).toBe(4);
    expect(all.items.find((item) => item.id === cancelled.id)).toMatchObject({
      status: 'cancelled',
      freeSeats: 0,
    });
    const scheduled = (await list('?includeCancelled=false')).json<Page>();
    expect(scheduled.total).toBe(3);
    expect(idsOf(scheduled)).not.toContain(cancelled.id);
  });

  it('when `from` is given, then only sessions starting then or later come', async () => {
    const { sessions, list } = await aCompanyWithPlanning();
    const page = (await list(`?from=${sessions.bakery.startsAt.toISOString()}`)).json<Page>();
    expect(page.total).toBe(2);
    expect(idsOf(page)).toEqual([sessions.bakery.id, sessions.weldingLate.id]);
  });

  it('when read one at a time, then the pages count 3 and hold distinct sessions in start order', async () => {
    const { sessions, list } = await aCompanyWithPlanning();
    const pages = await Promise.all(
      [0, 1, 2, 3].map(async (offset) => (await list(`?limit=1&offset=${offset}`)).json<Page>()),
    );
    expect(pages.map((page) => page.total)).toEqual([3, 3, 3, 3]);
    expect(pages.map(idsOf)).toEqual([
      [sessions.weldingEarly.id],
      [sessions.bakery.id],
      [sessions.weldingLate.id],
      [],
    ]);
  });

  it('when the limit is out of range, then 422', async () => {
    const { list } = await aCompanyWithPlanning();
    expect((await list('?limit=0')).statusCode).toBe(422);
    expect((await list('?limit=501')).statusCode).toBe(422);
  });
});

describe("who reads a company's sessions", () => {
  it('when another company or a school asks, then the company does not exist for them', async () => {
    const { other, list } = await aCompanyWithPlanning();
    const otherAdmin = await aLoggedInUser(ctx.app, ctx.db, regionId, 'company_admin', other.id);
    const coordinator = await aLoggedInUser(
      ctx.app,
      ctx.db,
      regionId,
      'school_coordinator',
      school.id,
    );
    const teacher = await aLoggedInUser(ctx.app, ctx.db, regionId, 'teacher', school.id);
    for (const headers of [otherAdmin.headers, coordinator.headers, teacher.headers]) {
      const response = await list('', headers);
      expect(response.statusCode).toBe(404);
      expect(response.json().items).toBeUndefined();
    }
  });

  it('when bureau staff ask, then they read the same sessions', async () => {
    const { sessions, list } = await aCompanyWithPlanning();
    const staff = await aLoggedInUser(ctx.app, ctx.db, regionId, 'bureau_staff');
    const response = await list('', staff.headers);
    expect(response.statusCode).toBe(200);
    expect(idsOf(response.json<Page>())).toEqual([
      sessions.weldingEarly.id,
      sessions.bakery.id,
      sessions.weldingLate.id,
    ]);
  });

  it('when bureau staff name a school or an unknown id, then 404', async () => {
    const staff = await aLoggedInUser(ctx.app, ctx.db, regionId, 'bureau_staff');
    for (const id of [school.id, '00000000-0000-4000-8000-000000000000']) {
      const response = await ctx.app.inject({
        method: 'GET',
        url: `/api/v1/organisations/${id}/sessions`,
        headers: staff.headers,
      });
      expect(response.statusCode).toBe(404);
    }
  });

  it('when nobody is logged in, then 401', async () => {
    const { list } = await aCompanyWithPlanning();
    expect((await list('', {})).statusCode).toBe(401);
  });
});
