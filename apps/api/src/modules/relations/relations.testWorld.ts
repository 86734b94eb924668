import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { auditEvents, type Database } from '@stagebureau/db';
import type { Contact, ContactMoment, FollowUp } from '@stagebureau/domain';
import { aCompany, aLoggedInUser, aRegion, aSchool } from '../../../test/builders';
import type { TestContext } from '../../../test/harness';

/**
 * A region with a company, two schools with a coordinator each (and a teacher), the bureau's
 * staff and admin, all logged in; plus another region's company. Writes go through the API.
 */
export async function aRelationsWorld(ctx: TestContext) {
  const region = await aRegion(ctx.db);
  const regionId = region.id;
  const company = await aCompany(ctx.db, regionId, { name: 'Installatiebedrijf Noord' });
  const schoolA = await aSchool(ctx.db, regionId, { name: 'Dr. Nassau College' });
  const schoolB = await aSchool(ctx.db, regionId, { name: 'Terra Assen' });
  const otherRegion = await aRegion(ctx.db);
  const foreignCompany = await aCompany(ctx.db, otherRegion.id, { name: 'Ver Weg BV' });
  const login = (role: Parameters<typeof aLoggedInUser>[3], org: string | null = null) =>
    aLoggedInUser(ctx.app, ctx.db, regionId, role, org);
  const users = {
    bureau: await login('bureau_staff'),
    admin: await login('bureau_admin'),
    coordinatorA: await login('school_coordinator', schoolA.id),
    coordinatorB: await login('school_coordinator', schoolB.id),
    teacherA: await login('teacher', schoolA.id),
    company: await login('company_admin', company.id),
  };
  type Who = keyof typeof users;

  const call = (
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    who: Who,
    payload?: object,
  ) =>
    ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: users[who].headers,
      ...(payload ? { payload } : {}),
    });

  const aContact = async (body: object = {}, who: Who = 'bureau', organisationId = company.id) => {
    const response = await call('POST', `/organisations/${organisationId}/contacts`, who, {
      name: 'Els Jansen',
      jobTitle: 'HR-adviseur',
      email: 'els.jansen@noord.nl',
      phone: '06 12345678',
      ...body,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<Contact>();
  };
  const aMoment = async (body: object = {}, who: Who = 'bureau') => {
    const response = await call('POST', `/companies/${company.id}/contact-moments`, who, {
      kind: 'call',
      occurredAt: '2027-03-01T10:00:00.000Z',
      notes: `Gesprek door ${who}`,
      ...body,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<ContactMoment>();
  };
  const aFollowUp = async (body: object = {}, who: Who = 'bureau') => {
    const response = await call('POST', `/companies/${company.id}/follow-ups`, who, {
      description: 'Terugbellen over stageplaatsen',
      dueOn: '2027-03-10',
      ownerId: users[who].user.id,
      ...body,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<FollowUp>();
  };
  return {
    region,
    regionId,
    company,
    schoolA,
    schoolB,
    foreignCompany,
    users,
    call,
    aContact,
    aMoment,
    aFollowUp,
  };
}
export type RelationsWorld = Awaited<ReturnType<typeof aRelationsWorld>>;

/** The audit trail of one row, oldest first. */
export const auditOf = (db: Database, entityId: string) =>
  db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.entityId, entityId))
    .orderBy(auditEvents.createdAt);
