import { eq } from 'drizzle-orm';
import { sessions } from '@stagebureau/db';
import { schoolYearOf, type YearPlan } from '@stagebureau/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { aBooking, anOffer, aSession } from '../../../test/activityBuilders';
import { aClass, aCompany, aLoggedInUser, aRegion, aSchool } from '../../../test/builders';
import { aFeedWorld } from '../../../test/feedBuilders';
import { startTestApp, type TestContext } from '../../../test/harness';
import { parseWithIcalJs } from '../../../test/icalParsers';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});

const hours = (n: number) => n * 3_600_000;
const at = (iso: string, length = 2) => ({
  startsAt: new Date(iso),
  endsAt: new Date(new Date(iso).getTime() + hours(length)),
  capacity: 60,
});

/**
 * One company with two offers (3.5 and 1.25 in-kind hours per session) and sessions in, before
 * and after school year 2026-2027; one school whose classes book some of them.
 */
async function aYearPlanWorld() {
  const w = await aFeedWorld(ctx.app, ctx.db);
  const { db } = ctx;
  const regionId = w.region.id;
  const visit = await anOffer(db, regionId, w.company.id, {
    title: 'Rondleiding',
    inKindHoursPerSession: 3.5,
  });
  const lesson = await anOffer(db, regionId, w.company.id, {
    title: 'Gastles',
    type: 'guest_lesson',
    inKindHoursPerSession: 1.25,
  });
  const draft = await anOffer(db, regionId, w.company.id, {
    status: 'draft',
    inKindHoursPerSession: 9,
  });
  const class4A = await aClass(db, regionId, w.school.id, { name: '4A', size: 20 });
  const otherSchool = await aSchool(db, regionId, { name: 'Het Lyceum' });
  const otherClass = await aClass(db, regionId, otherSchool.id, { name: '2C', size: 10 });

  // 00:30 on 1 November in Amsterdam (CET) is 23:30 UTC on 31 October.
  const november = await aSession(db, regionId, visit.id, at('2026-10-31T23:30:00Z'));
  const march = await aSession(db, regionId, lesson.id, at('2027-03-10T09:00:00Z', 1.5));
  const august = await aSession(db, regionId, visit.id, at('2026-08-20T08:00:00Z'));
  const december = await aSession(db, regionId, visit.id, at('2026-12-01T08:00:00Z'));
  // 23:30 on 31 July 2026 in Amsterdam: still the school year before.
  const before = await aSession(db, regionId, visit.id, at('2026-07-31T21:30:00Z'));
  const after = await aSession(db, regionId, visit.id, at('2027-08-05T08:00:00Z'));
  const cancelled = await aSession(db, regionId, visit.id, at('2027-01-12T08:00:00Z'));
  await db
    .update(sessions)
    .set({ status: 'cancelled', cancelReason: 'Storm', cancelledAt: new Date() })
    .where(eq(sessions.id, cancelled.id));
  const drafted = await aSession(db, regionId, draft.id, at('2027-02-02T08:00:00Z'));

  const booked = {
    novemberConfirmed: await aBooking(db, november, w.school, w.schoolClass),
    novemberOther: await aBooking(db, november, otherSchool, otherClass),
    marchRequested: await aBooking(db, march, w.school, class4A, { status: 'requested' }),
    augustWaitlisted: await aBooking(db, august, w.school, w.schoolClass, {
      status: 'waitlisted',
    }),
    augustCancelled: await aBooking(db, august, w.school, class4A, { status: 'cancelled' }),
    decemberCompleted: await aBooking(db, december, w.school, w.schoolClass, {
      status: 'completed',
    }),
    beforeConfirmed: await aBooking(db, before, w.school, class4A),
  };
  return {
    ...w,
    class4A,
    otherSchool,
    sessions: { november, march, august, december, before, after, cancelled, drafted },
    booked,
  };
}

const get = (path: string, headers: Record<string, string>) =>
  ctx.app.inject({ method: 'GET', url: `/api/v1${path}`, headers });

const itemsByMonth = (plan: YearPlan) =>
  Object.fromEntries(
    plan.months
      .filter((month) => month.items.length > 0)
      .map((month) => [month.month, month.items.map((item) => item.sessionId)]),
  );

describe('a company’s year plan', () => {
  it('when a company reads its plan for 2026-2027, then it holds its scheduled sessions of that school year only, by Amsterdam month, with the in-kind hours summed', async () => {
    const w = await aYearPlanWorld();
    const response = await get(
      `/year-plans/companies/${w.company.id}?schoolYear=2026-2027`,
      w.companyMember.headers,
    );
    expect(response.statusCode, response.body).toBe(200);
    const plan = response.json<YearPlan>();

    expect(plan.organisation).toEqual({ id: w.company.id, name: 'Techniek & Co', kind: 'company' });
    expect(plan.months.map((month) => month.month)).toHaveLength(12);
    expect(itemsByMonth(plan)).toEqual({
      '2026-08': [w.sessions.august.id],
      '2026-11': [w.sessions.november.id],
      '2026-12': [w.sessions.december.id],
      '2027-03': [w.sessions.march.id],
    });
    // 3.5 (August) + 3.5 (November) + 3.5 (December) + 1.25 (March), by hand.
    expect(plan.totalHours).toBe(11.75);
    expect(plan.totalItems).toBe(4);
    expect(plan.months.find((month) => month.month === '2026-11')!.hours).toBe(3.5);

    const november = plan.months.find((month) => month.month === '2026-11')!.items[0]!;
    expect(november.classes).toEqual([
      { name: '3B', school: 'Dr. Nassau College', status: 'confirmed' },
      { name: '2C', school: 'Het Lyceum', status: 'confirmed' },
    ]);
    const august = plan.months[0]!.items[0]!;
    // A waiting or cancelled class is no commitment.
    expect(august.classes).toEqual([]);
  });

  it('when the bureau of the region reads the plan, then it gets it; another company, a school or another region’s bureau get 404', async () => {
    const w = await aYearPlanWorld();
    const path = `/year-plans/companies/${w.company.id}?schoolYear=2026-2027`;
    expect((await get(path, w.bureau.headers)).statusCode).toBe(200);

    const rival = await aCompany(ctx.db, w.region.id);
    const rivalMember = await aLoggedInUser(
      ctx.app,
      ctx.db,
      w.region.id,
      'company_admin',
      rival.id,
    );
    const elsewhere = await aRegion(ctx.db);
    const otherBureau = await aLoggedInUser(ctx.app, ctx.db, elsewhere.id, 'bureau_admin');
    for (const headers of [rivalMember.headers, w.coordinator.headers, otherBureau.headers]) {
      const response = await get(path, headers);
      expect(response.statusCode, response.body).toBe(404);
      expect(response.json()).toMatchObject({ code: 'not_found' });
    }
    // A company id is no school.
    const asSchool = await get(`/year-plans/schools/${w.company.id}`, w.companyMember.headers);
    expect(asSchool.statusCode).toBe(404);
  });

  it('when the plan is downloaded as .ics, then ical.js reads one event per plan item with the session UIDs', async () => {
    const w = await aYearPlanWorld();
    const query = '?schoolYear=2026-2027';
    const plan = (
      await get(`/year-plans/companies/${w.company.id}${query}`, w.companyMember.headers)
    ).json<YearPlan>();
    const response = await get(
      `/year-plans/companies/${w.company.id}.ics${query}`,
      w.companyMember.headers,
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers['content-disposition']).toContain('jaarplanning-2026-2027.ics');
    const calendar = parseWithIcalJs(response.body);
    expect(calendar.name).toBe('Stagebureau – jaarplanning 2026-2027 – Techniek & Co');
    expect(calendar.events).toHaveLength(plan.totalItems);
    const planned = plan.months.flatMap((month) => month.items.map((item) => item.sessionId));
    expect(calendar.events.map((event) => event.uid).sort()).toEqual(
      planned.map((id) => `session-${id}@stagebureau.nl`).sort(),
    );
    const other = await aCompany(ctx.db, w.region.id);
    const otherMember = await aLoggedInUser(
      ctx.app,
      ctx.db,
      w.region.id,
      'company_member',
      other.id,
    );
    const refused = await get(
      `/year-plans/companies/${w.company.id}.ics${query}`,
      otherMember.headers,
    );
    expect(refused.statusCode).toBe(404);
  });

  it('when no school year is asked for, then it is the current one', async () => {
    const w = await aFeedWorld(ctx.app, ctx.db);
    const response = await get(`/year-plans/companies/${w.company.id}`, w.companyMember.headers);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<YearPlan>().schoolYear).toBe(schoolYearOf(new Date()));
    const invalid = await get(
      `/year-plans/companies/${w.company.id}?schoolYear=2026-2028`,
      w.companyMember.headers,
    );
    expect(invalid.statusCode).toBe(422);
  });
});

describe('a school’s year plan', () => {
  it('when a school reads its plan, then it sees its classes’ requested, confirmed and completed bookings of the school year, not waiting or cancelled ones, with session hours', async () => {
    const w = await aYearPlanWorld();
    const teacher = await aLoggedInUser(ctx.app, ctx.db, w.region.id, 'teacher', w.school.id);
    const response = await get(
      `/year-plans/schools/${w.school.id}?schoolYear=2026-2027`,
      teacher.headers,
    );
    expect(response.statusCode, response.body).toBe(200);
    const plan = response.json<YearPlan>();
    const bookingIds = plan.months.flatMap((month) => month.items.map((item) => item.bookingId));
    expect(bookingIds.sort()).toEqual(
      [
        w.booked.novemberConfirmed.id,
        w.booked.marchRequested.id,
        w.booked.decemberCompleted.id,
      ].sort(),
    );
    expect(itemsByMonth(plan)).toEqual({
      '2026-11': [w.sessions.november.id],
      '2026-12': [w.sessions.december.id],
      '2027-03': [w.sessions.march.id],
    });
    const march = plan.months.find((month) => month.month === '2027-03')!.items[0]!;
    expect(march).toMatchObject({
      companyName: 'Techniek & Co',
      classes: [{ name: '4A', school: 'Dr. Nassau College', status: 'requested' }],
      hours: 1.5,
    });
    // 2 (November) + 2 (December) + 1.5 (March) hours of sessions, by hand.
    expect(plan.totalHours).toBe(5.5);

    const ics = await get(
      `/year-plans/schools/${w.school.id}.ics?schoolYear=2026-2027`,
      teacher.headers,
    );
    expect(ics.statusCode, ics.body).toBe(200);
    const events = parseWithIcalJs(ics.body).events;
    expect(events).toHaveLength(plan.totalItems);
    expect(events.map((event) => event.uid).sort()).toEqual(
      bookingIds.map((id) => `booking-${id}@stagebureau.nl`).sort(),
    );
  });

  it('when another school or a company asks for the school’s plan, then it does not exist for them', async () => {
    const w = await aYearPlanWorld();
    const path = `/year-plans/schools/${w.school.id}?schoolYear=2026-2027`;
    const other = await aLoggedInUser(
      ctx.app,
      ctx.db,
      w.region.id,
      'school_coordinator',
      w.otherSchool.id,
    );
    for (const headers of [other.headers, w.companyMember.headers]) {
      expect((await get(path, headers)).statusCode).toBe(404);
    }
    expect((await get(path, w.bureau.headers)).statusCode).toBe(200);
  });
});
