import { and, eq, gte, inArray, lt, ne, sql } from 'drizzle-orm';
import {
  bookings,
  feedback,
  offers,
  organisations,
  sessions,
  type Database,
} from '@stagebureau/db';
import {
  heldBookingStatuses,
  type ActivityRating,
  type CompanyActivityCounts,
  type ReportPeriod,
} from '@stagebureau/domain';

const count = (condition: ReturnType<typeof sql>) =>
  sql<number>`count(*) filter (where ${condition})::int`;

/** Start of every session that took place, per company, all years (for new/repeat). */
export async function heldSessionStarts(db: Database, regionId: string) {
  return db
    .selectDistinct({
      sessionId: sessions.id,
      companyId: offers.organisationId,
      startsAt: sessions.startsAt,
    })
    .from(sessions)
    .innerJoin(offers, eq(offers.id, sessions.offerId))
    .innerJoin(bookings, eq(bookings.sessionId, sessions.id))
    .where(
      and(
        eq(sessions.regionId, regionId),
        ne(sessions.status, 'cancelled'),
        inArray(bookings.status, [...heldBookingStatuses]),
      ),
    );
}

/** Per active company of the region: held and cancelled sessions, cancelled and no-show bookings. */
export async function companyActivityCounts(
  db: Database,
  regionId: string,
  period: { from: Date; until: Date },
): Promise<CompanyActivityCounts[]> {
  const sessionCounts = db
    .select({
      companyId: offers.organisationId,
      held: sql<number>`count(*) filter (where ${sessions.status} <> 'cancelled' and exists (
        select 1 from bookings h where h.session_id = ${sessions.id} and h.status = 'completed'))::int`.as(
        'held',
      ),
      cancelled: sql<number>`count(*) filter (where ${sessions.status} = 'cancelled')::int`.as(
        'cancelled',
      ),
    })
    .from(sessions)
    .innerJoin(offers, eq(offers.id, sessions.offerId))
    .where(
      and(
        eq(sessions.regionId, regionId),
        gte(sessions.startsAt, period.from),
        lt(sessions.startsAt, period.until),
      ),
    )
    .groupBy(offers.organisationId)
    .as('session_counts');
  const bookingCounts = db
    .select({
      companyId: offers.organisationId,
      cancelled: count(sql`${bookings.status} = 'cancelled'`).as('cancelled_bookings'),
      noShows: count(sql`${bookings.status} = 'no_show'`).as('no_shows'),
    })
    .from(bookings)
    .innerJoin(offers, eq(offers.id, bookings.offerId))
    .where(
      and(
        eq(bookings.regionId, regionId),
        gte(bookings.startsAt, period.from),
        lt(bookings.startsAt, period.until),
      ),
    )
    .groupBy(offers.organisationId)
    .as('booking_counts');
  return db
    .select({
      companyId: organisations.id,
      companyName: organisations.name,
      heldSessions: sql<number>`coalesce(${sessionCounts.held}, 0)::int`,
      cancelledSessions: sql<number>`coalesce(${sessionCounts.cancelled}, 0)::int`,
      cancelledBookings: sql<number>`coalesce(${bookingCounts.cancelled}, 0)::int`,
      noShows: sql<number>`coalesce(${bookingCounts.noShows}, 0)::int`,
    })
    .from(organisations)
    .leftJoin(sessionCounts, eq(sessionCounts.companyId, organisations.id))
    .leftJoin(bookingCounts, eq(bookingCounts.companyId, organisations.id))
    .where(
      and(
        eq(organisations.regionId, regionId),
        eq(organisations.kind, 'company'),
        eq(organisations.status, 'active'),
      ),
    );
}

/** Schools' ratings of activities whose session started in the period. */
export async function schoolRatings(
  db: Database,
  regionId: string,
  period: ReportPeriod,
): Promise<ActivityRating[]> {
  return db
    .select({ companyId: offers.organisationId, offerType: offers.type, rating: feedback.rating })
    .from(feedback)
    .innerJoin(offers, eq(offers.id, feedback.offerId))
    .innerJoin(bookings, eq(bookings.id, feedback.bookingId))
    .where(
      and(
        eq(feedback.regionId, regionId),
        eq(feedback.party, 'school'),
        ...(period.from ? [gte(bookings.startsAt, period.from)] : []),
        ...(period.until ? [lt(bookings.startsAt, period.until)] : []),
      ),
    );
}
