import { expect } from 'vitest';
import { blackouts } from '@stagebureau/db';
import { aClass, aCompany, aLoggedInUser, aRegion, aSchool } from './builders';
import type { TestContext } from './harness';

// Wednesday afternoons, weeks 6–12 of 2030 (voorjaarsvakantie in week 8 for region noord).
export const requestTerms = {
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
/** A proposed moment on a Wednesday afternoon of the period (winter time). */
export const wednesday = (date: string) => ({
  startsAt: `${date}T13:00:00+01:00`,
  endsAt: `${date}T15:00:00+01:00`,
});
export const contact = { contactName: 'Piet Bakker', contactEmail: 'piet@noord.example' };

/**
 * A region with a school that asks (and another that does not), a fitting company with an
 * address, the bureau, all logged in, and the spring holiday; requests go through the API.
 */
export async function aDemandWorld(ctx: TestContext) {
  const region = await aRegion(ctx.db);
  const regionId = region.id;
  const school = await aSchool(ctx.db, regionId, { name: 'Dr. Nassau College' });
  const otherSchool = await aSchool(ctx.db, regionId, { name: 'Esdal College' });
  const company = await aCompany(ctx.db, regionId, {
    name: 'Installatiebedrijf Noord',
    sectorTags: ['installatietechniek'],
    street: 'Industrieweg 1',
    postcode: '9401 AB',
    city: 'Assen',
  });
  const login = async (role: Parameters<typeof aLoggedInUser>[3], org: string | null) =>
    (await aLoggedInUser(ctx.app, ctx.db, regionId, role, org)).headers;
  const headers: Record<string, Record<string, string>> = {
    school: await login('school_coordinator', school.id),
    otherSchool: await login('school_coordinator', otherSchool.id),
    company: await login('company_admin', company.id),
    bureau: await login('bureau_staff', null),
  };
  await ctx.db.insert(blackouts).values({
    regionId,
    kind: 'school_holiday',
    name: 'Voorjaarsvakantie',
    holidayRegion: 'noord',
    startsOn: '2030-02-16',
    endsOn: '2030-02-24',
  });

  const call = (method: 'GET' | 'POST', url: string, who: string | null, payload?: object) =>
    ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: who ? headers[who] : {},
      payload,
    });

  /** The school asks for `classes` new classes of 20, 21, … pupils. */
  async function aRequest(classes = 3, extra: object = {}) {
    const classIds = [];
    for (let i = 0; i < classes; i++)
      classIds.push((await aClass(ctx.db, regionId, school.id, { size: 20 + i })).id);
    const response = await call('POST', '/requests', 'school', {
      ...requestTerms,
      classIds,
      ...extra,
    });
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

  return { regionId, regionSlug: region.slug, school, company, headers, call, aRequest, publish };
}
