import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  bookings,
  feedback,
  internshipPlaces,
  offers,
  organisations,
  placements,
  requests,
  sessions,
  signUps,
  type Database,
} from '@stagebureau/db';
import { placedPlacementStatuses, type CompanyActivity } from '@stagebureau/domain';
import { heldActivities } from './activityRepo';

const school = alias(organisations, 'school');

/**
 * Everything a company did across the years, newest first: the reports' held sessions (with
 * their in-kind hours), its cancelled sessions, schools' no-shows and ratings, its sign-ups to
 * requests and its placements — counts and schools only, never a pupil.
 */
export async function companyActivities(
  db: Database,
  regionId: string,
  companyId: string,
): Promise<CompanyActivity[]> {
  const [held, cancelled, noShows, ratings, signedUp, placed] = await Promise.all([
    heldActivities(db, regionId, { period: { from: null, until: null }, companyId }),
    cancelledSessions(db, regionId, companyId),
    noShowBookings(db, regionId, companyId),
    schoolRatings(db, regionId, companyId),
    signUpsOf(db, regionId, companyId),
    placementsOf(db, regionId, companyId),
  ]);
  const none = { schoolName: null, hours: null, rating: null };
  return [
    ...held.map((row) => ({
      ...none,
      kind: 'session_held' as const,
      at: row.startsAt,
      title: row.offerTitle,
      schoolName: row.schoolNames.join(', '),
      hours: row.inKindHours,
    })),
    ...cancelled.map((row) => ({ ...none, kind: 'session_cancelled' as const, ...row })),
    ...noShows.map((row) => ({ ...none, kind: 'no_show' as const, ...row })),
    ...ratings.map((row) => ({ ...none, kind: 'feedback' as const, ...row })),
    ...signedUp.map((row) => ({ ...none, kind: 'sign_up' as const, ...row })),
    ...placed.map((row) => ({ ...none, kind: 'placement' as const, ...row })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());
}

function cancelledSessions(db: Database, regionId: string, companyId: string) {
  return db
    .select({ at: sessions.startsAt, title: offers.title })
    .from(sessions)
    .innerJoin(offers, eq(offers.id, sessions.offerId))
    .where(
      and(
        eq(sessions.regionId, regionId),
        eq(offers.organisationId, companyId),
        eq(sessions.status, 'cancelled'),
      ),
    );
}

function noShowBookings(db: Database, regionId: string, companyId: string) {
  return db
    .select({ at: bookings.startsAt, title: offers.title, schoolName: school.name })
    .from(bookings)
    .innerJoin(offers, eq(offers.id, bookings.offerId))
    .innerJoin(school, eq(school.id, bookings.schoolId))
    .where(
      and(
        eq(bookings.regionId, regionId),
        eq(offers.organisationId, companyId),
        eq(bookings.status, 'no_show'),
      ),
    );
}

function schoolRatings(db: Database, regionId: string, companyId: string) {
  return db
    .select({
      at: feedback.createdAt,
      title: offers.title,
      schoolName: school.name,
      rating: feedback.rating,
    })
    .from(feedback)
    .innerJoin(offers, eq(offers.id, feedback.offerId))
    .innerJoin(school, eq(school.id, feedback.organisationId))
    .where(
      and(
        eq(feedback.regionId, regionId),
        eq(offers.organisationId, companyId),
        eq(feedback.party, 'school'),
      ),
    );
}

function signUpsOf(db: Database, regionId: string, companyId: string) {
  return db
    .select({
      at: signUps.createdAt,
      title: requests.title,
      schoolName: sql<string | null>`${school.name}`,
    })
    .from(signUps)
    .innerJoin(requests, eq(requests.id, signUps.requestId))
    .leftJoin(school, eq(school.id, requests.schoolId))
    .where(
      and(
        eq(signUps.regionId, regionId),
        eq(signUps.companyId, companyId),
        ne(signUps.status, 'withdrawn'),
      ),
    );
}

function placementsOf(db: Database, regionId: string, companyId: string) {
  return db
    .select({ at: sessions.startsAt, title: offers.title, schoolName: school.name })
    .from(placements)
    .innerJoin(internshipPlaces, eq(internshipPlaces.id, placements.placeId))
    .innerJoin(sessions, eq(sessions.id, internshipPlaces.sessionId))
    .innerJoin(offers, eq(offers.id, internshipPlaces.offerId))
    .innerJoin(school, eq(school.id, placements.schoolId))
    .where(
      and(
        eq(placements.regionId, regionId),
        eq(placements.companyId, companyId),
        inArray(placements.status, [...placedPlacementStatuses]),
      ),
    );
}
