import { and, asc, desc, eq, getTableColumns, gte, lt, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  bookings,
  classes,
  offers,
  organisations,
  users,
  type Database,
  type Transaction,
} from '@stagebureau/db';
import {
  isBureau,
  organisationKindOf,
  type Actor,
  type Booking,
  type BookingListQuery,
} from '@stagebureau/domain';
import type { LoadedFacts } from './facts';

type Db = Database | Transaction;
type BookingRow = typeof bookings.$inferSelect;
const school = alias(organisations, 'school');

/** Place among all waiting bookings of the session (offered ones included), 1-based. */
const waitlistPosition = sql<number | null>`case when ${bookings.status} = 'waitlisted' then (
  select count(*)::int from bookings w
  where w.session_id = ${bookings.sessionId} and w.status = 'waitlisted'
    and w.queue_no <= ${bookings.queueNo}) end`;

const viewColumns = {
  booking: bookings,
  offerTitle: offers.title,
  offerOwner: offers.organisationId,
  cancellationDeadlineHours: offers.cancellationDeadlineHours,
  schoolName: school.name,
  className: classes.name,
  educationLevel: classes.educationLevel,
  schoolYear: classes.schoolYear,
  contactName: users.name,
  contactEmail: users.email,
  waitlistPosition,
};

const viewQuery = (db: Db) =>
  db
    .select(viewColumns)
    .from(bookings)
    .innerJoin(offers, eq(offers.id, bookings.offerId))
    .innerJoin(school, eq(school.id, bookings.schoolId))
    .innerJoin(classes, eq(classes.id, bookings.classId))
    .leftJoin(users, eq(users.id, bookings.createdBy));

type ViewRow = Awaited<ReturnType<ReturnType<typeof viewQuery>['execute']>>[number];

const toBooking = (row: ViewRow): Booking => {
  const b = row.booking;
  return {
    id: b.id,
    sessionId: b.sessionId,
    offerId: b.offerId,
    offerTitle: row.offerTitle,
    school: { id: b.schoolId, name: row.schoolName },
    class: {
      // Joined on the class, so a class booking or a pupil's placement: never null here.
      id: b.classId!,
      name: row.className,
      educationLevel: row.educationLevel,
      schoolYear: row.schoolYear,
    },
    contact: row.contactName ? { name: row.contactName, email: row.contactEmail! } : null,
    seats: b.seats,
    teachers: b.teachers,
    note: b.note,
    status: b.status,
    cancellationDeadlineHours: row.cancellationDeadlineHours,
    waitlistPosition: row.waitlistPosition,
    holdExpiresAt: b.holdExpiresAt?.toISOString() ?? null,
    statusReason: b.statusReason,
    startsAt: b.startsAt.toISOString(),
    endsAt: b.endsAt.toISOString(),
    sequence: b.sequence,
    createdAt: b.createdAt.toISOString(),
    updatedAt: b.updatedAt.toISOString(),
  };
};

/** A booking's row as `booking_place()` returns it (`to_jsonb`): column names, text instants. */
export function bookingRowOf(json: Record<string, unknown>): BookingRow {
  const row: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(bookings))) {
    const value = json[column.name];
    row[key] =
      column.columnType === 'PgTimestamp' && typeof value === 'string' ? new Date(value) : value;
  }
  return row as BookingRow;
}

/**
 * The view of a booking just placed, from the facts the booking path loaded — the same view
 * `bookingFor` reads, without reading it again.
 */
export function newBookingView(
  booking: BookingRow,
  facts: LoadedFacts,
  waitlistPosition: number | null,
): Booking {
  return toBooking({
    booking,
    offerTitle: facts.offer.title,
    offerOwner: facts.offer.organisationId,
    cancellationDeadlineHours: facts.offer.cancellationDeadlineHours,
    schoolName: facts.schoolName,
    className: facts.schoolClass.name,
    educationLevel: facts.schoolClass.educationLevel,
    schoolYear: facts.schoolClass.schoolYear,
    contactName: facts.contact?.name ?? null,
    contactEmail: facts.contact?.email ?? null,
    waitlistPosition,
  });
}

/**
 * Which bookings an actor may see (invariant 7): a school its own, a company those on its
 * offers, the bureau its whole region. Always within the actor's region.
 */
export function visibleTo(actor: Actor): SQL {
  const region = eq(bookings.regionId, actor.regionId);
  if (isBureau(actor.role)) return region;
  const org = actor.organisationId ?? '00000000-0000-0000-0000-000000000000';
  return organisationKindOf(actor.role) === 'company'
    ? and(region, eq(offers.organisationId, org))!
    : and(region, eq(bookings.schoolId, org))!;
}

/** One booking as the actor may see it, or null (→ 404, never 403: existence does not leak). */
export async function bookingFor(db: Db, actor: Actor, id: string): Promise<Booking | null> {
  const [row] = await viewQuery(db).where(and(visibleTo(actor), eq(bookings.id, id)));
  return row ? toBooking(row) : null;
}

export async function listBookings(db: Db, actor: Actor, filter: BookingListQuery) {
  const conditions: SQL[] = [visibleTo(actor)];
  if (filter.sessionId) conditions.push(eq(bookings.sessionId, filter.sessionId));
  if (filter.offerId) conditions.push(eq(bookings.offerId, filter.offerId));
  if (filter.classId) conditions.push(eq(bookings.classId, filter.classId));
  if (filter.schoolId) conditions.push(eq(bookings.schoolId, filter.schoolId));
  if (filter.status) conditions.push(eq(bookings.status, filter.status));
  if (filter.from) conditions.push(gte(bookings.endsAt, new Date(filter.from)));
  if (filter.to) conditions.push(lt(bookings.startsAt, new Date(filter.to)));
  const where = and(...conditions);
  const rows = await viewQuery(db)
    .where(where)
    .orderBy(asc(bookings.startsAt), asc(bookings.queueNo))
    .limit(filter.limit)
    .offset(filter.offset);
  const [count] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(bookings)
    .innerJoin(offers, eq(offers.id, bookings.offerId))
    .where(where);
  return { items: rows.map(toBooking), total: count!.total };
}

/** The session's waiting bookings in order, newest view for the sweep and the waitlist API. */
export async function waitlistRows(db: Db, regionId: string, sessionId: string) {
  return db
    .select({
      id: bookings.id,
      schoolId: bookings.schoolId,
      schoolName: school.name,
      className: classes.name,
      seats: bookings.seats,
      queueNo: bookings.queueNo,
      holdExpiresAt: bookings.holdExpiresAt,
      createdAt: bookings.createdAt,
    })
    .from(bookings)
    .innerJoin(school, eq(school.id, bookings.schoolId))
    .innerJoin(classes, eq(classes.id, bookings.classId))
    .where(
      and(
        eq(bookings.regionId, regionId),
        eq(bookings.sessionId, sessionId),
        eq(bookings.status, 'waitlisted'),
      ),
    )
    .orderBy(asc(bookings.queueNo), desc(bookings.createdAt));
}
