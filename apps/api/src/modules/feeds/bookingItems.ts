import { and, asc, eq, gte, inArray, isNull, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import { bookings, sessions, type Database } from '@stagebureau/db';
import { feedBookingStatuses, type BookedItem, type BookingStatus } from '@stagebureau/domain';
import { sessionColumns, type Window } from './columns';
import { classAddress, classesById, latest, offersById, schoolsById } from './lookups';

/**
 * Bookings as schools see them (school and class feeds, one-booking downloads). A placement's
 * booking is not among them: the school feed shows the placement itself (one event on its
 * working days, `placementItems`), and a class feed leaves one pupil's placement out — the
 * class's calendar is what the whole class does.
 */
export type BookingScope = { scope: 'school' | 'class'; scopeId: string; regionId: string };

function inScope({ scope, scopeId, regionId }: BookingScope, window: Window): SQL {
  return and(
    eq(bookings.regionId, regionId),
    scope === 'school' ? eq(bookings.schoolId, scopeId) : eq(bookings.classId, scopeId),
    isNull(bookings.participantId),
    inArray(bookings.status, [...feedBookingStatuses]),
    sql`${sessions.endsAt} >= ${window.historyFrom.toISOString()}`,
    or(
      and(ne(bookings.status, 'cancelled'), eq(sessions.status, 'scheduled')),
      sql`greatest(${bookings.updatedAt}, ${sessions.cancelledAt}, ${sessions.endsAt}) >= ${window.cancelledKeptFrom.toISOString()}`,
    ),
  )!;
}

/**
 * A session's `updated_at` moves with every seat any school takes; what a school's calendar
 * shows of it (times, status, SEQUENCE) comes with a booking change (a move updates the
 * bookings) or a cancellation. So its cancellation counts in an item's last change, its seats
 * never do: another school's booking does not change this school's calendar (decision 011).
 */
const rowColumns = {
  booking: {
    id: bookings.id,
    status: bookings.status,
    statusReason: bookings.statusReason,
    seats: bookings.seats,
    teachers: bookings.teachers,
    sequence: bookings.sequence,
  },
  session: sessionColumns,
  offerId: bookings.offerId,
  schoolId: bookings.schoolId,
  classId: bookings.classId,
  bookingChangedAt: bookings.updatedAt,
  sessionCancelledAt: sessions.cancelledAt,
};

/**
 * Booked items with everything their events show, in time order: the bookings with their
 * sessions (joined by region too, so the sessions come by primary key or the region's index),
 * then their few offers, schools and classes by id. A booking without its class is left out,
 * as an inner join would.
 */
async function loadBookedItems(
  db: Database,
  regionId: string,
  where: SQL,
): Promise<{ item: BookedItem; schoolId: string; companyId: string }[]> {
  const rows = await db
    .select(rowColumns)
    .from(bookings)
    .innerJoin(
      sessions,
      and(eq(sessions.regionId, bookings.regionId), eq(sessions.id, bookings.sessionId)),
    )
    .where(where)
    .orderBy(asc(sessions.startsAt), asc(bookings.id));
  if (rows.length === 0) return [];
  const [offers, schools, classes] = await Promise.all([
    offersById(
      db,
      regionId,
      rows.map((row) => row.offerId),
    ),
    schoolsById(
      db,
      regionId,
      rows.map((row) => row.schoolId),
    ),
    classesById(
      db,
      regionId,
      rows.map((row) => row.classId),
    ),
  ]);
  return rows.flatMap((row) => {
    const offer = offers.get(row.offerId);
    const school = schools.get(row.schoolId);
    const schoolClass = row.classId ? classes.get(row.classId) : undefined;
    if (!offer || !school || !schoolClass) return [];
    const item: BookedItem = {
      booking: { ...row.booking, schoolName: school.name, className: schoolClass.name },
      session: row.session,
      offer: offer.offer,
      schoolAddress: classAddress(school, schoolClass),
      changedAt: latest(
        row.bookingChangedAt,
        row.sessionCancelledAt,
        offer.changedAt,
        school.changedAt,
        schoolClass.changedAt,
      ),
    };
    return [{ item, schoolId: row.schoolId, companyId: offer.organisationId }];
  });
}

const itemsOf = (found: { item: BookedItem }[]) => found.map(({ item }) => item);

export async function loadBookingScope(
  db: Database,
  scope: BookingScope,
  window: Window,
): Promise<BookedItem[]> {
  return itemsOf(await loadBookedItems(db, scope.regionId, inScope(scope, window)));
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
  const items = await loadBookedItems(
    db,
    target.regionId,
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
  return itemsOf(items);
}

/** One booking with the owners that decide who may see it. */
export async function loadBooking(db: Database, regionId: string, bookingId: string) {
  const [found] = await loadBookedItems(
    db,
    regionId,
    and(eq(bookings.regionId, regionId), eq(bookings.id, bookingId))!,
  );
  return found ?? null;
}
