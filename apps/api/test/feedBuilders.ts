import { eq, sql } from 'drizzle-orm';
import { bookings, organisations, sessions, type Database } from '@stagebureau/db';
import type { FeedScope } from '@stagebureau/domain';
import { expect } from 'vitest';
import type { App } from '../src/app';
import { aBooking, anOffer, aSession } from './activityBuilders';
import { aClass, aCompany, aLoggedInUser, aRegion, aSchool } from './builders';

/** A region with one school (class, coordinator), one company (offer, member) and the bureau. */
export async function aFeedWorld(app: App, db: Database) {
  const region = await aRegion(db);
  const school = await aSchool(db, region.id, {
    name: 'Dr. Nassau College',
    street: 'Schoolstraat 5',
    postcode: '9401 CD',
    city: 'Assen',
  });
  const schoolClass = await aClass(db, region.id, school.id, { name: '3B', size: 24 });
  const company = await aCompany(db, region.id, { name: 'Techniek & Co' });
  const offer = await anOffer(db, region.id, company.id, {
    title: 'Rondleiding werkplaats',
    latitude: 52.99,
    longitude: 6.56,
  });
  const coordinator = await aLoggedInUser(app, db, region.id, 'school_coordinator', school.id);
  const companyMember = await aLoggedInUser(app, db, region.id, 'company_member', company.id);
  const bureau = await aLoggedInUser(app, db, region.id, 'bureau_staff');
  return { region, school, schoolClass, company, offer, coordinator, companyMember, bureau };
}

/** Creates a feed through the API and returns its id, URL and the path to GET. */
export async function subscribe(
  app: App,
  headers: Record<string, string>,
  scope: FeedScope,
  id: string,
) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/feeds',
    headers,
    payload: { scope, id },
  });
  expect(response.statusCode, response.body).toBe(201);
  const feed = response.json<{ id: string; url: string }>();
  return { ...feed, path: new URL(feed.url).pathname };
}

export async function fetchCalendar(app: App, path: string, headers: Record<string, string> = {}) {
  return app.inject({ method: 'GET', url: path, headers });
}

/** What the sessions module does when a company moves a session: new times, sequence + 1,
 * and the bookings follow (their times, sequence + 1). */
export async function moveSession(db: Database, sessionId: string, startsAt: Date, endsAt: Date) {
  const now = new Date();
  await db
    .update(sessions)
    .set({ startsAt, endsAt, sequence: sql`${sessions.sequence} + 1`, updatedAt: now })
    .where(eq(sessions.id, sessionId));
  await db
    .update(bookings)
    .set({ startsAt, endsAt, sequence: sql`${bookings.sequence} + 1`, updatedAt: now })
    .where(eq(bookings.sessionId, sessionId));
}

/** What the bookings module does when a school cancels. */
export async function cancelBooking(db: Database, bookingId: string, reason: string) {
  await db
    .update(bookings)
    .set({
      status: 'cancelled',
      statusReason: reason,
      sequence: sql`${bookings.sequence} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(bookings.id, bookingId));
}

export async function suspendOrganisation(db: Database, organisationId: string) {
  await db
    .update(organisations)
    .set({ status: 'suspended', updatedAt: new Date() })
    .where(eq(organisations.id, organisationId));
}

export { aBooking, anOffer, aSession };
