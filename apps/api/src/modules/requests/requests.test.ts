import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  blackouts,
  bookings,
  notificationEvents,
  partProposals,
  requestParts,
  requests,
  sessions,
} from '@stagebureau/db';
import { aBooking, anOffer, aSession } from '../../../test/activityBuilders';
import { aClass, aCompany, aLoggedInUser, aRegion, aSchool } from '../../../test/builders';
import { fetchCalendar, subscribe } from '../../../test/feedBuilders';
import { startTestApp, type TestContext } from '../../../test/harness';
import { runBookingSweep } from '../bookings/sweep';

let ctx: TestContext;
let regionId: string;
let regionSlug: string;
let school: { id: string };
let company: { id: string };
const headers: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  ctx = await startTestApp();
  const region = await aRegion(ctx.db);
  regionId = region.id;
  regionSlug = region.slug;
  school = await aSchool(ctx.db, regionId, { name: 'Dr. Nassau College' });
  const otherSchool = await aSchool(ctx.db, regionId, { name: 'Esdal College' });
  company = await aCompany(ctx.db, regionId, {
    name: 'Installatiebedrijf Noord',
    sectorTags: ['installatietechniek'],
    street: 'Industrieweg 1',
    postcode: '9401 AB',
    city: 'Assen',
  });
  const login = async (role: Parameters<typeof aLoggedInUser>[3], org: string | null) =>
    (await aLoggedInUser(ctx.app, ctx.db, regionId, role, org)).headers;
  headers.school = await login('school_coordinator', school.id);
  headers.otherSchool = await login('school_coordinator', otherSchool.id);
  headers.company = await login('company_admin', company.id);
  headers.bureau = await login('bureau_staff', null);
  await ctx.db.insert(blackouts).values({
    regionId,
    kind: 'school_holiday',
    name: 'Voorjaarsvakantie',
    holidayRegion: 'noord',
    startsOn: '2030-02-16',
    endsOn: '2030-02-24',
  });
});

const call = (method: 'GET' | 'POST', url: string, who: string | null, payload?: object) =>
  ctx.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: who ? headers[who] : {},
    payload,
  });

// Wednesday afternoons, weeks 6–12 of 2030 (voorjaarsvakantie in week 8 for region noord).
const terms = {
  type: 'guest_lesson',
  title: 'Gastles warmtepompen',
  hoursPerOccasion: 2,
  periodFrom: '2030-02-04',
  periodUntil: '2030-03-24',
  weekdays: [3],
  partOfDay: 'afternoon',
  location: 'at_school',
  signUpDeadline: '2030-01-31',
  sectorTags: ['installatietechniek'],
};
const wednesday = (date: string) => ({
  startsAt: `${date}T13:00:00+01:00`,
  endsAt: `${date}T15:00:00+01:00`,
});
const contact = { contactName: 'Piet Bakker', contactEmail: 'piet@noord.example' };

async function aRequest(classes = 3, extra: object = {}) {
  const classIds = [];
  for (let i = 0; i < classes; i++)
    classIds.push((await aClass(ctx.db, regionId, school.id, { size: 20 + i })).id);
  const response = await call('POST', '/requests', 'school', { ...terms, classIds, ...extra });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

/** Publishes the card (once per year) and, on a card already published, the request itself. */
async function publish(request: { id: string; menuCardId: string }) {
  const card = await call('POST', `/menu-cards/${request.menuCardId}/publish`, 'bureau');
  if (card.statusCode === 200) return;
  expect(card.json().code).toBe('invalid_transition');
  const response = await call('POST', `/requests/${request.id}/publish`, 'bureau');
  expect(response.statusCode, response.body).toBe(200);
}

const requestCount = async () => (await ctx.db.select({ n: count() }).from(requests))[0]!.n;

describe('asking (vraag)', () => {
  it('when a school asks 2 h for 3 classes, then the request has 3 parts, 6 company hours and sits on the draft menu card of its school year', async () => {
    const request = await aRequest(3);
    expect(request).toMatchObject({
      status: 'submitted',
      schoolYear: '2029-2030',
      classes: 3,
      pupils: 63,
      hoursAsked: 6,
      fill: { asked: 3, accepted: 0, open: 3, rate: 0 },
      schoolName: 'Dr. Nassau College',
    });
    const cards = (await call('GET', '/menu-cards?schoolYear=2029-2030', 'bureau')).json();
    expect(cards.items[0].status).toBe('draft');
  });

  it.each([
    [
      'a period in the past',
      { periodFrom: '2020-02-04', periodUntil: '2020-03-01', signUpDeadline: '2020-01-01' },
      'body.periodFrom',
    ],
    [
      'an inverted period',
      { periodFrom: '2030-03-24', periodUntil: '2030-02-04' },
      'body.periodUntil',
    ],
    ['zero hours', { hoursPerOccasion: 0 }, 'body.hoursPerOccasion'],
    ['negative occasions', { occasionsPerClass: -1 }, 'body.occasionsPerClass'],
    ['a deadline after the period', { signUpDeadline: '2030-04-01' }, 'body.signUpDeadline'],
  ])(
    'when a request has %s, then 422 names the field and nothing is written',
    async (_, change, path) => {
      const schoolClass = await aClass(ctx.db, regionId, school.id);
      const before = await requestCount();
      const response = await call('POST', '/requests', 'school', {
        ...terms,
        classIds: [schoolClass.id],
        ...change,
      });
      expect(response.statusCode).toBe(422);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(path);
      expect(await requestCount()).toBe(before);
    },
  );

  it("when a school names another school's class, then it is not found and nothing is written", async () => {
    const foreign = await aClass(ctx.db, regionId, school.id);
    const before = await requestCount();
    const response = await call('POST', '/requests', 'otherSchool', {
      ...terms,
      classIds: [foreign.id],
    });
    expect(response.statusCode).toBe(404);
    expect(await requestCount()).toBe(before);
  });
});

describe('the menu card', () => {
  it('when the bureau publishes the card, then companies see the request and the public card shows no school or class names', async () => {
    const request = await aRequest(2);
    expect((await call('GET', `/requests/${request.id}`, 'company')).statusCode).toBe(404);
    await publish(request);
    const seen = await call('GET', `/requests/${request.id}`, 'company');
    expect(seen.statusCode).toBe(200);
    expect(seen.json().status).toBe('published');
    const fitting = await call('GET', '/requests?fitting=true', 'company');
    expect(fitting.json().items.map((r: { id: string }) => r.id)).toContain(request.id);
    const card = await call('GET', `/public/regions/${regionSlug}/menu-cards/2029-2030`, null);
    expect(card.statusCode).toBe(200);
    const text = card.body;
    expect(text).toContain('Gastles warmtepompen');
    expect(text).not.toContain('Dr. Nassau College');
    expect(card.json().requests[0].parts[0]).toMatchObject({
      schoolName: null,
      className: null,
      schoolId: null,
    });
  });

  it('when the bureau merges two schools’ requests, then one request holds the parts of both schools', async () => {
    const first = await aRequest(1);
    const otherClass = await aClass(ctx.db, regionId, (await aSchool(ctx.db, regionId)).id);
    const second = (
      await call('POST', '/requests', 'bureau', { ...terms, classIds: [otherClass.id] })
    ).json();
    const merged = await call('POST', `/requests/${first.id}/merge`, 'bureau', {
      requestIds: [second.id],
    });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json()).toMatchObject({ classes: 2, schoolName: null, fill: { asked: 2 } });
    const gone = await call('GET', `/requests/${second.id}`, 'bureau');
    expect(gone.json()).toMatchObject({ status: 'merged', mergedInto: first.id, parts: [] });
  });
});

describe('signing up (intekenen)', () => {
  it('when a company proposes a moment outside the period, in the holiday or on another weekday, then 422 names each part and nothing is written', async () => {
    const request = await aRequest(3);
    await publish(request);
    const [a, b, c] = request.parts;
    const response = await call('POST', `/requests/${request.id}/sign-ups`, 'company', {
      ...contact,
      parts: [
        { partId: a.id, ...wednesday('2030-04-03') },
        { partId: b.id, ...wednesday('2030-02-20') },
        {
          partId: c.id,
          startsAt: '2030-02-07T13:00:00+01:00',
          endsAt: '2030-02-07T15:00:00+01:00',
        },
      ],
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('outside_period');
    expect(
      response
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['body.parts.0.startsAt', 'body.parts.1.startsAt', 'body.parts.2.startsAt']);
    expect((await call('GET', `/requests/${request.id}`, 'school')).json().fill.open).toBe(3);
  });

  it('when the card is closed, then a sign-up is refused with sign_up_closed', async () => {
    const year = {
      periodFrom: '2031-02-04',
      periodUntil: '2031-03-24',
      signUpDeadline: '2031-01-31',
    };
    const request = await aRequest(1, year);
    await publish(request);
    expect(
      (await call('POST', `/menu-cards/${request.menuCardId}/close`, 'bureau')).statusCode,
    ).toBe(200);
    const response = await call('POST', `/requests/${request.id}/sign-ups`, 'company', {
      ...contact,
      parts: [{ partId: request.parts[0].id, ...wednesday('2031-02-05') }],
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('sign_up_closed');
  });

  it('when six companies sign up for the last open part at once, then exactly one wins and the others get 409 part_taken', async () => {
    const request = await aRequest(1);
    await publish(request);
    const companies = await Promise.all(
      Array.from({ length: 6 }, async () => {
        const other = await aCompany(ctx.db, regionId);
        return (await aLoggedInUser(ctx.app, ctx.db, regionId, 'company_member', other.id)).headers;
      }),
    );
    const answers = await Promise.all(
      companies.map((who) =>
        ctx.app.inject({
          method: 'POST',
          url: `/api/v1/requests/${request.id}/sign-ups`,
          headers: who,
          payload: {
            ...contact,
            parts: [{ partId: request.parts[0].id, ...wednesday('2030-03-06') }],
          },
        }),
      ),
    );
    const statuses = answers.map((answer) => answer.statusCode).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409]);
    expect(
      answers.filter((a) => a.statusCode === 409).every((a) => a.json().code === 'part_taken'),
    ).toBe(true);
    const live = await ctx.db
      .select({ n: count() })
      .from(partProposals)
      .where(eq(partProposals.partId, request.parts[0].id));
    expect(live[0]!.n).toBe(1);
  });
});

describe('accepting a proposal', () => {
  it('when the school accepts, then a confirmed booking on the one path appears in both feeds, the company’s year plan and, once held, in the co-financing report with the company’s hours', async () => {
    const request = await aRequest(2);
    await publish(request);
    const signUp = (
      await call('POST', `/requests/${request.id}/sign-ups`, 'company', {
        ...contact,
        parts: [{ partId: request.parts[0].id, ...wednesday('2030-03-13') }],
      })
    ).json();
    const accepted = await call(
      'POST',
      `/part-proposals/${signUp.proposals[0].id}/accept`,
      'school',
    );
    expect(accepted.statusCode, accepted.body).toBe(200);
    const proposal = accepted.json().proposals[0];
    expect(proposal.status).toBe('accepted');
    const [booking] = await ctx.db
      .select()
      .from(bookings)
      .where(eq(bookings.id, proposal.bookingId));
    expect(booking).toMatchObject({ status: 'confirmed', schoolId: school.id });
    const view = (await call('GET', `/requests/${request.id}`, 'school')).json();
    expect(view.fill).toMatchObject({ asked: 2, accepted: 1, open: 1, rate: 0.5 });

    // The arranged offer is the asking school's to read, not another school's, and its
    // session takes no other class.
    const offerId = accepted.json().offerId;
    expect((await call('GET', `/offers/${offerId}`, 'school')).statusCode).toBe(200);
    expect((await call('GET', `/offers/${offerId}`, 'otherSchool')).statusCode).toBe(404);
    const another = await aClass(ctx.db, regionId, school.id, { size: 20 });
    const intruder = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/bookings',
      headers: { ...headers.school, 'idempotency-key': crypto.randomUUID() },
      payload: { sessionId: proposal.sessionId, classId: another.id },
    });
    expect(intruder.statusCode).toBe(409);
    expect(intruder.json().code).toBe('wrong_booking_mode');

    for (const [who, scope, id] of [
      ['school', 'school', school.id],
      ['company', 'company', company.id],
    ] as const) {
      const feed = await subscribe(ctx.app, headers[who]!, scope, id);
      const calendar = await fetchCalendar(ctx.app, feed.path);
      expect(calendar.body).toContain('Gastles warmtepompen');
    }

    const plan = await call(
      'GET',
      `/year-plans/companies/${company.id}?schoolYear=2029-2030`,
      'company',
    );
    expect(plan.statusCode, plan.body).toBe(200);
    const march = plan.json().months.find((m: { month: string }) => m.month === '2030-03');
    expect(march.items).toContainEqual(
      expect.objectContaining({ sessionId: proposal.sessionId, title: terms.title, hours: 2 }),
    );

    await runBookingSweep(ctx.db, new Date('2030-03-14T12:00:00Z'));
    const report = await call('GET', `/reports/co-financing?companyId=${company.id}`, 'bureau');
    expect(report.statusCode, report.body).toBe(200);
    const row = report
      .json()
      .rows.find((r: { sessionId: string }) => r.sessionId === proposal.sessionId);
    expect(row).toMatchObject({ inKindHours: 2, amountCents: 12000, offerTitle: terms.title });
  });

  it('when the class is busy at the proposed moment, then 409 class_busy and nothing is written', async () => {
    const request = await aRequest(1);
    await publish(request);
    const signUp = (
      await call('POST', `/requests/${request.id}/sign-ups`, 'company', {
        ...contact,
        parts: [{ partId: request.parts[0].id, ...wednesday('2030-03-20') }],
      })
    ).json();
    const [part] = await ctx.db
      .select()
      .from(requestParts)
      .where(eq(requestParts.id, request.parts[0].id));
    const other = await anOffer(ctx.db, regionId, company.id);
    const busy = await aSession(ctx.db, regionId, other.id, {
      startsAt: new Date('2030-03-20T12:30:00Z'),
      endsAt: new Date('2030-03-20T14:30:00Z'),
    });
    await aBooking(ctx.db, busy, school, { id: part!.classId, size: 20 });
    const sessionsBefore = (await ctx.db.select({ n: count() }).from(sessions))[0]!.n;
    const response = await call(
      'POST',
      `/part-proposals/${signUp.proposals[0].id}/accept`,
      'school',
    );
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('class_busy');
    expect((await ctx.db.select({ n: count() }).from(sessions))[0]!.n).toBe(sessionsBefore);
    const [after] = await ctx.db
      .select()
      .from(partProposals)
      .where(eq(partProposals.id, signUp.proposals[0].id));
    expect(after!.status).toBe('proposed');
  });

  it('when the company withdraws, then its parts are open again, the accepted session is cancelled and the school is told', async () => {
    const request = await aRequest(2);
    await publish(request);
    const signUp = (
      await call('POST', `/requests/${request.id}/sign-ups`, 'company', {
        ...contact,
        parts: request.parts.map((part: { id: string }, i: number) => ({
          partId: part.id,
          ...wednesday(i === 0 ? '2030-03-06' : '2030-03-13'),
        })),
      })
    ).json();
    await call('POST', `/part-proposals/${signUp.proposals[0].id}/accept`, 'school');
    const withdrawn = await call('POST', `/sign-ups/${signUp.id}/withdraw`, 'company', {
      reason: 'Monteur ziek',
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json().proposals.map((p: { status: string }) => p.status)).toEqual([
      'withdrawn',
      'withdrawn',
    ]);
    const view = (await call('GET', `/requests/${request.id}`, 'school')).json();
    expect(view.fill).toMatchObject({ open: 2, accepted: 0 });
    const [session] = await ctx.db
      .select()
      .from(sessions)
      .where(eq(sessions.id, withdrawn.json().proposals[0].sessionId));
    expect(session!.status).toBe('cancelled');
    const events = await ctx.db
      .select()
      .from(notificationEvents)
      .where(eq(notificationEvents.regionId, regionId));
    expect(
      events.some(
        (e) =>
          (e.event as { kind: string; signUpId?: string }).kind === 'sign_up.withdrawn' &&
          (e.event as { signUpId: string }).signUpId === signUp.id,
      ),
    ).toBe(true);
  });
});
