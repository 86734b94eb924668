import { and, asc, eq, gte, inArray, isNull, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import {
  bookings,
  classes,
  offers,
  schoolLocations,
  sessions,
  type Database,
} from '@stagebureau/db';
import { feedBookingStatuses, type BookedItem, type BookingStatus } from '@stagebureau/domain';
import { company, offerColumns, school, sessionColumns, type Window } from './columns';
import type { FeedAggregate } from './conditional';

/**
 * Bookings as schools see them (school and class feeds, one-booking downloads). A placement's
 * booking is not among them: the school feed shows the placement itself (one event on its
 * working days, `placementItems`), and a class feed leaves one pupil's placement out — the
 * class's calendar is what the whole class does.
 */
export type BookingScope = { scope: 'school' | 'class'; scopeId: string; regionId: string };

const changedAt = sql<Date>`greatest(${bookings.updatedAt}, ${sessions.updatedAt}, ${offers.updatedAt}, ${company.updatedAt}, ${school.updatedAt}, ${classes.updatedAt})`;

function inScope({ scope, scopeId, regionId }: BookingScope, window: Window): SQL {
  return and(
    eq(bookings.regionId, regionId),
    scope === 'school' ? eq(bookings.schoolId, scopeId) : eq(bookings.classId, scopeId),
    isNull(bookings.participantId),
    inArray(bookings.status, [...feedBookingStatuses]),
    sql`${sessions.endsAt} >= ${window.historyFrom.toISOString()}`,
    or(
      and(ne(bookings.status, 'cancelled'), eq(sessions.status, 'scheduled')),
      sql`greatest(${bookings.updatedAt}, ${sessions.updatedAt}, ${sessions.endsAt}) >= ${window.cancelledKeptFrom.toISOString()}`,
    ),
  )!;
}

/** Count, sequences and last change of the feed's rows: enough to answer 304 without loading. */
export async function aggregateBookingScope(
  db: Database,
  scope: BookingScope,
  window: Window,
): Promise<FeedAggregate> {
  const [row] = await db
    .select({
      count: sql<number>`count(*)::int`,
      fingerprint: sql<string>`coalesce(sum(${bookings.sequence} + ${sessions.sequence}), 0)::text`,
      changedAt: sql<string | null>`max(${changedAt})::text`,
    })
    .from(bookings)
    .innerJoin(sessions, eq(sessions.id, bookings.sessionId))
    .innerJoin(offers, eq(offers.id, bookings.offerId))
    .innerJoin(company, eq(company.id, offers.organisationId))
    .innerJoin(school, eq(school.id, bookings.schoolId))
    .innerJoin(classes, eq(classes.id, bookings.classId))
    .leftJoin(schoolLocations, eq(schoolLocations.id, classes.locationId))
    .where(inScope(scope, window));
  return { ...row!, changedAt: row!.changedAt ? new Date(row!.changedAt) : null };
}

const columns = {
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
  session: sessionColumns,
  offer: offerColumns,
  schoolAddress: {
    street: sql<string | null>`coalesce(${schoolLocations.street}, ${school.street})`,
    postcode: sql<string | null>`coalesce(${schoolLocations.postcode}, ${school.postcode})`,
    city: sql<string | null>`coalesce(${schoolLocations.city}, ${school.city})`,
    latitude: sql<number | null>`coalesce(${schoolLocations.latitude}, ${school.latitude})`,
    longitude: sql<number | null>`coalesce(${schoolLocations.longitude}, ${school.longitude})`,
  },
  changedAt: sql<string>`${changedAt}::text`,
};

type Row = {
  [K in keyof typeof columns]: K extends 'changedAt' ? string : BookedItem[Exclude<K, 'changedAt'>];
};
const toItem = (row: Row): BookedItem => ({ ...row, changedAt: new Date(row.changedAt) });

export async function loadBookingScope(
  db: Database,
  scope: BookingScope,
  window: Window,
): Promise<BookedItem[]> {
  return loadBookedItems(db, inScope(scope, window));
}

/** Booked items with everything their events show, in time order. */
async function loadBookedItems(db: Database, where: SQL): Promise<BookedItem[]> {
  const rows = await db
    .select(columns)
    .from(bookings)
    .innerJoin(sessions, eq(sessions.id, bookings.sessionId))
    .innerJoin(offers, eq(offers.id, bookings.offerId))
    .innerJoin(company, eq(company.id, offers.organisationId))
    .innerJoin(school, eq(school.id, bookings.schoolId))
    .innerJoin(classes, eq(classes.id, bookings.classId))
    .leftJoin(schoolLocations, eq(schoolLocations.id, classes.locationId))
    .where(where)
    .orderBy(asc(sessions.startsAt), asc(bookings.id));
  return (rows as Row[]).map(toItem);
}

/**
 * A school's class bookings (placements apart) in the given statuses whose session starts in
 * [from, until) and is not cancelled: its year plan. `bookings.starts_at` copies the session's start, so the range rides
 * `bookings_region_school_idx` (region, school, starts_at).
 */
export async function loadSchoolBookingsStarting(
  db: Database,
  target: { regionId: string; schoolId: string },
  period: { from: Date; until: Date },
  statuses: readonly BookingStatus[],
): Promise<BookedItem[]> {
  return loadBookedItems(
    db,
    and(
      eq(bookings.regionId, target.regionId),
      eq(bookings.schoolId, target.schoolId),
      isNull(bookings.participantId),
      gte(bookings.startsAt, period.from),
      lt(bookings.startsAt, period.until),
      inArray(bookings.status, [...statuses]),
      eq(sessions.status, 'scheduled'),
    )!,
  );
}

/** One booking with the owners that decide who may see it. */
export async function loadBooking(db: Database, regionId: string, bookingId: string) {
  const [row] = await db
    .select({ ...columns, schoolId: bookings.schoolId, companyId: offers.organisationId })
    .from(bookings)
    .innerJoin(sessions, eq(sessions.id, bookings.sessionId))
    .innerJoin(offers, eq(offers.id, bookings.offerId))
    .innerJoin(company, eq(company.id, offers.organisationId))
    .innerJoin(school, eq(school.id, bookings.schoolId))
    .innerJoin(classes, eq(classes.id, bookings.classId))
    .leftJoin(schoolLocations, eq(schoolLocations.id, classes.locationId))
    .where(and(eq(bookings.regionId, regionId), eq(bookings.id, bookingId)));
  if (!row) return null;
  const { schoolId, companyId, ...item } = row as Row & { schoolId: string; companyId: string };
  return { schoolId, companyId, item: toItem(item) };
}
