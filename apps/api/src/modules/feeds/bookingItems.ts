import { and, asc, eq, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import {
  bookings,
  classes,
  offers,
  schoolLocations,
  sessions,
  type Database,
} from '@stagebureau/db';
import { feedBookingStatuses, type BookedItem } from '@stagebureau/domain';
import { company, offerColumns, school, sessionColumns, type Window } from './columns';
import type { FeedAggregate } from './conditional';

/** Bookings as schools see them (school and class feeds, one-booking downloads). */
export type BookingScope = { scope: 'school' | 'class'; scopeId: string; regionId: string };

const changedAt = sql<Date>`greatest(${bookings.updatedAt}, ${sessions.updatedAt}, ${offers.updatedAt}, ${company.updatedAt}, ${school.updatedAt}, ${classes.updatedAt})`;

function inScope({ scope, scopeId, regionId }: BookingScope, window: Window): SQL {
  return and(
    eq(bookings.regionId, regionId),
    scope === 'school' ? eq(bookings.schoolId, scopeId) : eq(bookings.classId, scopeId),
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
  const rows = await db
    .select(columns)
    .from(bookings)
    .innerJoin(sessions, eq(sessions.id, bookings.sessionId))
    .innerJoin(offers, eq(offers.id, bookings.offerId))
    .innerJoin(company, eq(company.id, offers.organisationId))
    .innerJoin(school, eq(school.id, bookings.schoolId))
    .innerJoin(classes, eq(classes.id, bookings.classId))
    .leftJoin(schoolLocations, eq(schoolLocations.id, classes.locationId))
    .where(inScope(scope, window))
    .orderBy(asc(sessions.startsAt), asc(bookings.id));
  return (rows as Row[]).map(toItem);
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
