import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { partProposals, requests } from '@stagebureau/db';
import { aClass, aCompany, aLoggedInUser, aSchool } from '../../../test/builders';
import { aDemandWorld, contact, requestTerms, wednesday } from '../../../test/demandWorld';
import { startTestApp, type TestContext } from '../../../test/harness';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof aDemandWorld>>;
beforeAll(async () => {
  ctx = await startTestApp();
  world = await aDemandWorld(ctx);
});
const call: typeof world.call = (...args) => world.call(...args);
const aRequest: typeof world.aRequest = (...args) => world.aRequest(...args);
const publish: typeof world.publish = (request) => world.publish(request);
const terms = requestTerms;

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
      const schoolClass = await aClass(ctx.db, world.regionId, world.school.id);
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
    const foreign = await aClass(ctx.db, world.regionId, world.school.id);
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
    const card = await call(
      'GET',
      `/public/regions/${world.regionSlug}/menu-cards/2029-2030`,
      null,
    );
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
    const otherClass = await aClass(
      ctx.db,
      world.regionId,
      (await aSchool(ctx.db, world.regionId)).id,
    );
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
        const other = await aCompany(ctx.db, world.regionId);
        return (await aLoggedInUser(ctx.app, ctx.db, world.regionId, 'company_member', other.id))
          .headers;
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
