import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { bookings, sessions } from '@stagebureau/db';
import { anOffer } from '../../../test/activityBuilders';
import { aClass, aCompany, aLoggedInUser, aRegion, aSchool } from '../../../test/builders';
import { startTestApp, type TestContext } from '../../../test/harness';
import { anAvailability } from '../../../test/offerBodies';

let ctx: TestContext;
let regionId: string;
let company: { id: string };
let school: { id: string };
let companyHeaders: Record<string, string>;
let otherCompanyHeaders: Record<string, string>;
let schoolHeaders: Record<string, string>;
let otherSchoolHeaders: Record<string, string>;
let bureauHeaders: Record<string, string>;

beforeAll(async () => {
  ctx = await startTestApp();
  regionId = (await aRegion(ctx.db)).id;
  company = await aCompany(ctx.db, regionId);
  school = await aSchool(ctx.db, regionId);
  const otherSchool = await aSchool(ctx.db, regionId);
  const otherCompany = await aCompany(ctx.db, regionId);
  const login = async (role: Parameters<typeof aLoggedInUser>[3], org: string | null) =>
    (await aLoggedInUser(ctx.app, ctx.db, regionId, role, org)).headers;
  companyHeaders = await login('company_admin', company.id);
  otherCompanyHeaders = await login('company_admin', otherCompany.id);
  schoolHeaders = await login('school_coordinator', school.id);
  otherSchoolHeaders = await login('school_coordinator', otherSchool.id);
  bureauHeaders = await login('bureau_staff', null);
});

const request = (method: 'GET' | 'POST', url: string, headers: object, payload?: object) =>
  ctx.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: headers as Record<string, string>,
    payload,
  });
const anOnRequestOffer = (quota = 2) =>
  anOffer(ctx.db, regionId, company.id, {
    type: 'guest_lesson',
    bookingMode: 'on_request',
    locationKind: 'at_school',
    availability: anAvailability({ quota }),
  });
// Tuesday 5 and Thursday 7 March 2030, 09:00–11:00 local (winter time).
const tuesday = { startsAt: '2030-03-05T09:00:00+01:00', endsAt: '2030-03-05T11:00:00+01:00' };
const thursday = { startsAt: '2030-03-07T09:00:00+01:00', endsAt: '2030-03-07T11:00:00+01:00' };
const propose = async (offerId: string, options = [tuesday, thursday]) => {
  const schoolClass = await aClass(ctx.db, regionId, school.id, { size: 22 });
  return request('POST', `/offers/${offerId}/proposals`, schoolHeaders, {
    classId: schoolClass.id,
    options,
  });
};

describe('proposing dates', () => {
  it('when a school proposes options inside the availability, then a pending proposal for its class exists', async () => {
    const offer = await anOnRequestOffer();
    const response = await propose(offer.id);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      status: 'pending',
      seats: 22,
      schoolId: school.id,
      offerId: offer.id,
    });
    expect(response.json().options).toHaveLength(2);
  });

  it('when an option falls outside the availability, then 422 names that option', async () => {
    const offer = await anOnRequestOffer();
    const wednesday = {
      startsAt: '2030-03-06T09:00:00+01:00',
      endsAt: '2030-03-06T11:00:00+01:00',
    };
    const evening = { startsAt: '2030-03-07T17:00:00+01:00', endsAt: '2030-03-07T18:00:00+01:00' };
    const response = await propose(offer.id, [tuesday, wednesday, evening]);
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('outside_availability');
    expect(response.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'body.options.1',
      'body.options.2',
    ]);
  });

  it('when more than three options are proposed, or the offer has fixed sessions, then it is refused', async () => {
    const offer = await anOnRequestOffer();
    expect((await propose(offer.id, [tuesday, thursday, tuesday, thursday])).statusCode).toBe(422);
    const fixed = await anOffer(ctx.db, regionId, company.id);
    expect((await propose(fixed.id)).json().code).toBe('wrong_booking_mode');
  });

  it("when a school proposes for another school's class, then the class does not exist for it", async () => {
    const offer = await anOnRequestOffer();
    const schoolClass = await aClass(ctx.db, regionId, school.id);
    const response = await request('POST', `/offers/${offer.id}/proposals`, otherSchoolHeaders, {
      classId: schoolClass.id,
      options: [tuesday],
    });
    expect(response.statusCode).toBe(404);
  });
});

describe('deciding on proposals', () => {
  it('when the company accepts an option, then a session for that school with a confirmed booking exists', async () => {
    const offer = await anOnRequestOffer();
    const proposal = (await propose(offer.id)).json();
    const response = await request('POST', `/proposals/${proposal.id}/accept`, companyHeaders, {
      optionIndex: 1,
    });
    expect(response.statusCode).toBe(200);
    const accepted = response.json();
    expect(accepted).toMatchObject({ status: 'accepted' });
    const [session] = await ctx.db
      .select()
      .from(sessions)
      .where(eq(sessions.id, accepted.acceptedSessionId));
    expect(session).toMatchObject({ schoolId: school.id, capacity: 22, bookedSeats: 22 });
    expect(session!.startsAt.toISOString()).toBe('2030-03-07T08:00:00.000Z');
    const [booking] = await ctx.db
      .select()
      .from(bookings)
      .where(eq(bookings.id, accepted.bookingId));
    expect(booking).toMatchObject({ status: 'confirmed', seats: 22, schoolId: school.id });
    const again = await request('POST', `/proposals/${proposal.id}/decline`, companyHeaders, {
      reason: 'Toch niet',
    });
    expect(again.statusCode).toBe(409);
  });

  it('when the quota is used up, then a further accept is refused with 409 and creates nothing', async () => {
    const offer = await anOnRequestOffer(1);
    const first = (await propose(offer.id)).json();
    const second = (await propose(offer.id)).json();
    expect(
      (await request('POST', `/proposals/${first.id}/accept`, companyHeaders, { optionIndex: 0 }))
        .statusCode,
    ).toBe(200);
    const refused = await request('POST', `/proposals/${second.id}/accept`, companyHeaders, {
      optionIndex: 1,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('quota_reached');
    expect(await ctx.db.select().from(sessions).where(eq(sessions.offerId, offer.id))).toHaveLength(
      1,
    );
  });

  it('when the company declines with a reason, then the school sees the reason', async () => {
    const offer = await anOnRequestOffer();
    const proposal = (await propose(offer.id)).json();
    const response = await request('POST', `/proposals/${proposal.id}/decline`, companyHeaders, {
      reason: 'Geen mensen vrij',
    });
    expect(response.json()).toMatchObject({
      status: 'declined',
      declineReason: 'Geen mensen vrij',
    });
  });

  it('when another company or the school tries to decide, then the proposal does not exist for them or is forbidden', async () => {
    const offer = await anOnRequestOffer();
    const proposal = (await propose(offer.id)).json();
    expect(
      (
        await request('POST', `/proposals/${proposal.id}/accept`, otherCompanyHeaders, {
          optionIndex: 0,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await request('POST', `/proposals/${proposal.id}/accept`, schoolHeaders, { optionIndex: 0 }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await request('POST', `/proposals/${proposal.id}/accept`, companyHeaders, {
          optionIndex: 2,
        })
      ).statusCode,
    ).toBe(422);
  });
});

describe('listing proposals', () => {
  it('when each party lists, then a school sees its own, a company those on its offers, the bureau all', async () => {
    const offer = await anOnRequestOffer();
    const proposal = (await propose(offer.id)).json();
    const ids = async (headers: object) =>
      (await request('GET', `/proposals?offerId=${offer.id}`, headers))
        .json()
        .items.map((p: { id: string }) => p.id);
    expect(await ids(schoolHeaders)).toEqual([proposal.id]);
    expect(await ids(companyHeaders)).toEqual([proposal.id]);
    expect(await ids(bureauHeaders)).toEqual([proposal.id]);
    expect(await ids(otherSchoolHeaders)).toEqual([]);
    expect(await ids(otherCompanyHeaders)).toEqual([]);
  });
});
