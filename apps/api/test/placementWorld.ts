import { expect } from 'vitest';
import { aClass, aCompany, aLoggedInUser, aRegion, aSchool } from './builders';
import type { TestContext } from './harness';

/** A place in March 2030 (weeks 10–13), Monday to Thursday, 08:00–16:00: 2 places. */
export const placeTerms = {
  type: 'internship',
  title: 'Stage installatietechniek',
  levels: ['vmbo-kb'],
  vmboProfiles: ['PIE'],
  street: 'Industrieweg 1',
  postcode: '9401 AB',
  city: 'Assen',
  startsOn: '2030-03-04',
  endsOn: '2030-03-28',
  weekdays: [1, 2, 3, 4],
  dayStarts: '08:00',
  dayEnds: '16:00',
  places: 2,
  supervisor: { name: 'Henk de Vries', email: 'henk@noord.example', phone: '0592 123456' },
  whatToBring: 'Werkschoenen en een overall',
};

/** A pupil as a school registers one: a minor with a guardian's e-mail. */
export const pupilOf = (classId: string, firstName = 'Sanne', surname = 'de Boer') => ({
  firstName,
  surname,
  classId,
  isMinor: true,
  guardianEmail: `ouder.${firstName.toLowerCase()}@thuis.example`,
});

/**
 * A region with a school (coordinator and teacher), another school, the host company and
 * another company, and the bureau, all logged in; a vmbo-kb PIE class of the school. Places,
 * pupils and placements go through the API.
 */
export async function aPlacementWorld(ctx: TestContext) {
  const region = await aRegion(ctx.db);
  const regionId = region.id;
  const school = await aSchool(ctx.db, regionId, { name: 'Dr. Nassau College' });
  const otherSchool = await aSchool(ctx.db, regionId, { name: 'Esdal College' });
  const company = await aCompany(ctx.db, regionId, { name: 'Installatiebedrijf Noord' });
  const otherCompany = await aCompany(ctx.db, regionId, { name: 'Bouwbedrijf Zuid' });
  const schoolClass = await aClass(ctx.db, regionId, school.id, {
    name: '3KB',
    educationLevel: 'vmbo-kb',
    schoolYear: 3,
    vmboProfile: 'PIE',
  });
  const otherClass = await aClass(ctx.db, regionId, otherSchool.id, {
    name: '3B',
    educationLevel: 'vmbo-kb',
    schoolYear: 3,
    vmboProfile: 'PIE',
  });
  const login = async (role: Parameters<typeof aLoggedInUser>[3], org: string | null) =>
    aLoggedInUser(ctx.app, ctx.db, regionId, role, org);
  const users = {
    school: await login('school_coordinator', school.id),
    teacher: await login('teacher', school.id),
    otherSchool: await login('school_coordinator', otherSchool.id),
    company: await login('company_admin', company.id),
    otherCompany: await login('company_admin', otherCompany.id),
    bureau: await login('bureau_staff', null),
  };
  type Who = keyof typeof users;

  const call = (method: 'GET' | 'POST', url: string, who: Who | null, payload?: object) =>
    ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: who ? users[who].headers : {},
      payload,
    });
  const ok = async (
    method: 'GET' | 'POST',
    url: string,
    who: Who,
    payload?: object,
    status = method === 'GET' ? 200 : 201,
  ) => {
    const response = await call(method, url, who, payload);
    expect(response.statusCode, response.body).toBe(status);
    return response.json();
  };

  const aPlace = (extra: object = {}, who: Who = 'company') =>
    ok('POST', '/places', who, { ...placeTerms, ...extra });
  const aPupil = (firstName?: string, surname?: string, who: Who = 'school') =>
    ok(
      'POST',
      '/pupils',
      who,
      pupilOf(who === 'otherSchool' ? otherClass.id : schoolClass.id, firstName, surname),
    );
  const propose = (placeId: string, participantId: string, who: Who = 'school') =>
    call('POST', '/placements', who, { placeId, participantId });
  const accepted = async (placeId: string, participantId: string) => {
    const proposed = await propose(placeId, participantId);
    expect(proposed.statusCode, proposed.body).toBe(201);
    return ok('POST', `/placements/${proposed.json().id}/accept`, 'company', undefined, 200);
  };

  return {
    region,
    regionId,
    school,
    otherSchool,
    company,
    otherCompany,
    schoolClass,
    otherClass,
    users,
    call,
    ok,
    aPlace,
    aPupil,
    propose,
    accepted,
  };
}
export type PlacementWorld = Awaited<ReturnType<typeof aPlacementWorld>>;
