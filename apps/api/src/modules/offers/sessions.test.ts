import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { blackouts, sessions } from '@stagebureau/db';
import { aBooking, anOffer, aSession } from '../../../test/activityBuilders';
import { aClass, aCompany, aLoggedInUser, aRegion, aSchool } from '../../../test/builders';
import { startTestApp, type TestContext } from '../../../test/harness';

let ctx: TestContext;
let regionId: string;
let company: { id: string };
let school: { id: string };
let companyHeaders: Record<string, string>;
let otherCompanyHeaders: Record<string, string>;

beforeAll(async () => {
  ctx = await startTestApp();
  regionId = (await aRegion(ctx.db)).id;
  company = await aCompany(ctx.db, regionId);
  school = await aSchool(ctx.db, regionId);
  const other = await aCompany(ctx.db, regionId);
  companyHeaders = (await aLoggedInUser(ctx.app, ctx.db, regionId, 'company_member', company.id))
    .headers;
  otherCompanyHeaders = (await aLoggedInUser(ctx.app, ctx.db, regionId, 'company_admin', other.id))
    .headers;
});

const request = (
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  headers: object,
  payload?: object,
) =>
  ctx.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: headers as Record<string, string>,
    payload,
  });
const stored = async (id: string) =>
  (await ctx.db.select().from(sessions).where(eq(sessions.id, id)))[0]!;
const aFixedOffer = () => anOffer(ctx.db, regionId, company.id);

describe('series across daylight saving time', () => {
  const series = {
    startDate: '2030-03-18',
    endDate: '2030-04-05',
    weekdays: [2, 4],
    startTime: '09:00',
    endTime: '11:00',
    capacity: 24,
  };

  it('when a weekly series crosses the last Sunday of March, then UTC shifts and local 09:00 stays', async () => {
    const offer = await aFixedOffer();
    const response = await request(
      'POST',
      `/offers/${offer.id}/sessions/series`,
      companyHeaders,
      series,
    );
    expect(response.statusCode).toBe(201);
    const created = response.json<{
      sessions: { id: string; startsAt: string; localStartTime: string; localDate: string }[];
    }>().sessions;
    expect(created.map((s) => s.localDate)).toEqual([
      '2030-03-19',
      '2030-03-21',
      '2030-03-26',
      '2030-03-28',
      '2030-04-02',
      '2030-04-04',
    ]);
    expect(created.every((s) => s.localStartTime === '09:00')).toBe(true);
    const rows = await Promise.all(created.map((s) => stored(s.id)));
    expect(rows.map((r) => r.startsAt.toISOString())).toEqual([
      '2030-03-19T08:00:00.000Z',
      '2030-03-21T08:00:00.000Z',
      '2030-03-26T08:00:00.000Z',
      '2030-03-28T08:00:00.000Z',
      '2030-04-02T07:00:00.000Z',
      '2030-04-04T07:00:00.000Z',
    ]);
    expect(rows.every((r) => r.capacity === 24)).toBe(true);
  });

  it('when the series is only previewed, then the dates come back and nothing is saved', async () => {
    const offer = await aFixedOffer();
    const response = await request(
      'POST',
      `/offers/${offer.id}/sessions/series/preview`,
      companyHeaders,
      {
        ...series,
        endDate: undefined,
        count: 3,
        startDate: '2030-10-22',
      },
    );
    expect(response.statusCode).toBe(200);
    expect(response.json().occurrences.map((o: { startsAt: string }) => o.startsAt)).toEqual([
      '2030-10-22T07:00:00.000Z',
      '2030-10-24T07:00:00.000Z',
      '2030-10-29T08:00:00.000Z',
    ]);
    expect(await ctx.db.select().from(sessions).where(eq(sessions.offerId, offer.id))).toEqual([]);
  });

  it('when a series is too long or inconsistent, then 422 and nothing is saved', async () => {
    const offer = await aFixedOffer();
    const tooLong = await request('POST', `/offers/${offer.id}/sessions/series`, companyHeaders, {
      ...series,
      weekdays: [1, 2, 3, 4, 5],
      endDate: '2031-03-01',
    });
    expect(tooLong.statusCode).toBe(422);
    expect(tooLong.json().code).toBe('series_too_long');
    const both = await request('POST', `/offers/${offer.id}/sessions/series`, companyHeaders, {
      ...series,
      count: 2,
    });
    expect(both.statusCode).toBe(422);
    expect(both.json().errors).toEqual([expect.objectContaining({ path: 'body.endDate' })]);
    expect(await ctx.db.select().from(sessions).where(eq(sessions.offerId, offer.id))).toEqual([]);
  });

  it('when another company adds sessions to an offer, then it does not exist for them', async () => {
    const offer = await aFixedOffer();
    const response = await request('POST', `/offers/${offer.id}/sessions`, otherCompanyHeaders, {
      startsAt: '2030-06-03T08:00:00Z',
      endsAt: '2030-06-03T10:00:00Z',
    });
    expect(response.statusCode).toBe(404);
  });

  it('when an on-request offer gets a dated session, then 409 wrong_booking_mode', async () => {
    const offer = await anOffer(ctx.db, regionId, company.id, { bookingMode: 'on_request' });
    const response = await request('POST', `/offers/${offer.id}/sessions`, companyHeaders, {
      startsAt: '2030-06-03T08:00:00Z',
      endsAt: '2030-06-03T10:00:00Z',
    });
    expect(response.json().code).toBe('wrong_booking_mode');
  });
});

describe('blackout warnings', () => {
  it('when a session falls in a school holiday, then it is created and the answer warns', async () => {
    const [holiday] = await ctx.db
      .insert(blackouts)
      .values({
        regionId,
        kind: 'school_holiday',
        name: 'Meivakantie',
        holidayRegion: 'noord',
        startsOn: '2030-04-27',
        endsOn: '2030-05-05',
      })
      .returning();
    const offer = await aFixedOffer();
    const inside = await request('POST', `/offers/${offer.id}/sessions`, companyHeaders, {
      startsAt: '2030-04-30T07:00:00Z',
      endsAt: '2030-04-30T09:00:00Z',
    });
    expect(inside.statusCode).toBe(201);
    expect(inside.json().warnings).toEqual([
      expect.objectContaining({
        code: 'blackout_overlap',
        blackoutId: holiday!.id,
        blackoutName: 'Meivakantie',
      }),
    ]);
    expect(inside.json().session).toMatchObject({
      capacity: 30,
      freeSeats: 30,
      localStartTime: '09:00',
    });
    const outside = await request('POST', `/offers/${offer.id}/sessions`, companyHeaders, {
      startsAt: '2030-05-07T07:00:00Z',
      endsAt: '2030-05-07T09:00:00Z',
    });
    expect(outside.json().warnings).toEqual([]);
  });
});

describe('reading sessions', () => {
  it('when a school reads the sessions of a published offer, then it sees upcoming ones with free seats', async () => {
    const offer = await aFixedOffer();
    const session = await aSession(ctx.db, regionId, offer.id, { capacity: 30 });
    await aBooking(
      ctx.db,
      session,
      school,
      await aClass(ctx.db, regionId, school.id, { size: 12 }),
    );
    await aSession(ctx.db, regionId, offer.id, { startsAt: new Date(Date.now() - 86_400_000) });
    const headers = (await aLoggedInUser(ctx.app, ctx.db, regionId, 'teacher', school.id)).headers;
    const list = await request('GET', `/offers/${offer.id}/sessions`, headers);
    expect(list.json().items).toEqual([expect.objectContaining({ id: session.id, freeSeats: 18 })]);
    const one = await request('GET', `/sessions/${session.id}`, headers);
    expect(one.json()).toMatchObject({ capacity: 30, bookedSeats: 12, freeSeats: 18 });
  });
});
