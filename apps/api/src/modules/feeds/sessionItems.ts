import { and, asc, eq, gte, inArray, isNull, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import {
  bookings,
  classes,
  offers,
  organisations,
  schoolLocations,
  sessions,
  type Database,
} from '@stagebureau/db';
import {
  listedBookingStatuses,
  type Address,
  type BookingStatus,
  type FeedBooking,
  type SessionItem,
} from '@stagebureau/domain';
import { placePatternsOfSessions } from '../placements/readModels';
import { company, offerColumns, school, sessionColumns, type Window } from './columns';
import type { FeedAggregate } from './conditional';

/**
 * Sessions as their company, the bureau and the public see them. An internship place's session
 * repeats on the place's working days. The company's own feed shows its placements instead of
 * its places' sessions (one event per placement, `placementItems`).
 */
export type SessionScope =
  | { scope: 'company' | 'offer' | 'region'; scopeId: string; regionId: string }
  | { scope: 'public'; regionId: string };

/** Σ (sequence + 1) over every booking of the session: grows on each booking and change. */
const bookingActivity = sql<number>`(select count(*) + coalesce(sum(b.sequence), 0) from ${bookings} b where b.session_id = ${sessions.id} and b.region_id = ${sessions.regionId})::int`;
const bookingsChangedAt = sql`(select max(greatest(b.updated_at, s.updated_at, c.updated_at)) from ${bookings} b join ${organisations} s on s.id = b.school_id left join ${classes} c on c.id = b.class_id where b.session_id = ${sessions.id} and b.region_id = ${sessions.regionId})`;
const changedAt = sql`greatest(${sessions.updatedAt}, ${offers.updatedAt}, ${company.updatedAt}, ${bookingsChangedAt})`;

function inScope(target: SessionScope, window: Window): SQL {
  const scoped: Record<SessionScope['scope'], () => SQL | undefined> = {
    company: () =>
      and(
        eq(offers.organisationId, (target as { scopeId: string }).scopeId),
        ne(offers.bookingMode, 'placement'),
      ),
    offer: () => eq(sessions.offerId, (target as { scopeId: string }).scopeId),
    region: () => undefined,
    // Sessions made for one school's on-request proposal are that school's, not the public's.
    public: () =>
      and(eq(offers.status, 'published'), eq(company.status, 'active'), isNull(sessions.schoolId)),
  };
  return and(
    eq(sessions.regionId, target.regionId),
    scoped[target.scope](),
    sql`${sessions.endsAt} >= ${window.historyFrom.toISOString()}`,
    or(
      eq(sessions.status, 'scheduled'),
      sql`greatest(coalesce(${sessions.cancelledAt}, ${sessions.updatedAt}), ${sessions.endsAt}) >= ${window.cancelledKeptFrom.toISOString()}`,
    ),
  )!;
}

export async function aggregateSessionScope(
  db: Database,
  target: SessionScope,
  window: Window,
): Promise<FeedAggregate> {
  const [row] = await db
    .select({
      count: sql<number>`count(*)::int`,
      // Seats are in it because free seats show in the public calendar.
      fingerprint: sql<string>`concat_ws(':', sum(${sessions.sequence}), sum(${bookingActivity}), sum(${sessions.capacity}), sum(${sessions.bookedSeats}))`,
      changedAt: sql<string | null>`max(${changedAt})::text`,
    })
    .from(sessions)
    .innerJoin(offers, and(eq(offers.id, sessions.offerId), eq(offers.regionId, sessions.regionId)))
    .innerJoin(company, eq(company.id, offers.organisationId))
    .where(inScope(target, window));
  return { ...row!, changedAt: row!.changedAt ? new Date(row!.changedAt) : null };
}

export async function loadSessionScope(
  db: Database,
  target: SessionScope,
  window: Window,
): Promise<SessionItem[]> {
  // The public calendar carries no school data, so it loads no bookings at all.
  const statuses = target.scope === 'public' ? null : listedBookingStatuses;
  return loadSessionItems(db, target.regionId, inScope(target, window), statuses);
}

/**
 * A company's sessions that start in [from, until) and are not cancelled, of its offers that
 * are not drafts nor internship places (its plan lists those per placement), with the bookings
 * of the given statuses: its year plan. The range is on the
 * start, so `sessions_region_offer_start_idx` serves each of the company's offers.
 */
export async function loadCompanySessionsStarting(
  db: Database,
  target: { regionId: string; companyId: string },
  period: { from: Date; until: Date },
  bookingStatuses: readonly BookingStatus[],
): Promise<(SessionItem & { inKindHours: number })[]> {
  const where = and(
    eq(sessions.regionId, target.regionId),
    eq(offers.regionId, target.regionId),
    eq(offers.organisationId, target.companyId),
    ne(offers.status, 'draft'),
    ne(offers.bookingMode, 'placement'),
    eq(sessions.status, 'scheduled'),
    gte(sessions.startsAt, period.from),
    lt(sessions.startsAt, period.until),
  )!;
  return loadSessionItems(db, target.regionId, where, bookingStatuses);
}

/** Sessions with their offer and, unless `bookingStatuses` is null, who booked them. */
async function loadSessionItems(
  db: Database,
  regionId: string,
  where: SQL,
  bookingStatuses: readonly BookingStatus[] | null,
): Promise<(SessionItem & { inKindHours: number })[]> {
  const rows = await db
    .select({
      session: sessionColumns,
      offer: offerColumns,
      inKindHours: offers.inKindHoursPerSession,
      bookingActivity,
      changedAt: sql<string>`${changedAt}::text`,
    })
    .from(sessions)
    .innerJoin(offers, and(eq(offers.id, sessions.offerId), eq(offers.regionId, sessions.regionId)))
    .innerJoin(company, eq(company.id, offers.organisationId))
    .where(where)
    .orderBy(asc(sessions.startsAt), asc(sessions.id));
  const sessionIds = rows.map((row) => row.session.id);
  const booked = bookingStatuses
    ? await loadBookingsOf(db, regionId, sessionIds, bookingStatuses)
    : new Map<string, BookingOfSession[]>();
  const places = await placePatternsOfSessions(db, regionId, sessionIds);
  return rows.map((row) => {
    const sessionBookings = booked.get(row.session.id) ?? [];
    const schools = new Set(sessionBookings.map((b) => b.schoolId));
    return {
      ...row,
      bookings: sessionBookings.map((b) => b.booking),
      schoolAddress: schools.size === 1 ? sessionBookings[0]!.schoolAddress : null,
      place: places.get(row.session.id) ?? null,
      changedAt: new Date(row.changedAt),
    };
  });
}

interface BookingOfSession {
  schoolId: string;
  booking: FeedBooking;
  schoolAddress: Address;
}

/** The bookings of the sessions in the given statuses (who booked), by session. */
async function loadBookingsOf(
  db: Database,
  regionId: string,
  sessionIds: string[],
  statuses: readonly BookingStatus[],
) {
  const bySession = new Map<string, BookingOfSession[]>();
  if (sessionIds.length === 0) return bySession;
  const rows = await db
    .select({
      sessionId: bookings.sessionId,
      schoolId: bookings.schoolId,
      booking: {
        id: bookings.id,
        status: bookings.status,
        statusReason: bookings.statusReason,
        seats: bookings.seats,
        teachers: bookings.teachers,
        sequence: bookings.sequence,
        schoolName: school.name,
        className: classes.name,
      },
      schoolAddress: {
        street: sql<string | null>`coalesce(${schoolLocations.street}, ${school.street})`,
        postcode: sql<string | null>`coalesce(${schoolLocations.postcode}, ${school.postcode})`,
        city: sql<string | null>`coalesce(${schoolLocations.city}, ${school.city})`,
        latitude: sql<number | null>`coalesce(${schoolLocations.latitude}, ${school.latitude})`,
        longitude: sql<number | null>`coalesce(${schoolLocations.longitude}, ${school.longitude})`,
      },
    })
    .from(bookings)
    .innerJoin(school, eq(school.id, bookings.schoolId))
    // A teacher's own placement has no class; it is listed as a docentenstage.
    .leftJoin(classes, eq(classes.id, bookings.classId))
    .leftJoin(schoolLocations, eq(schoolLocations.id, classes.locationId))
    .where(
      and(
        eq(bookings.regionId, regionId),
        inArray(bookings.sessionId, sessionIds),
        inArray(bookings.status, [...statuses]),
      ),
    )
    .orderBy(asc(school.name), asc(classes.name), asc(bookings.id));
  for (const { sessionId, ...row } of rows) {
    bySession.set(sessionId, [...(bySession.get(sessionId) ?? []), row]);
  }
  return bySession;
}
