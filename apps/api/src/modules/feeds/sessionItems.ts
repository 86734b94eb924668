import { and, asc, eq, gte, inArray, isNull, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import {
  bookings,
  classes,
  offers,
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
import { company, school, sessionColumns, type Window } from './columns';
import { latest, offersById } from './lookups';

/**
 * Sessions as their company, the bureau and the public see them. An internship place's session
 * repeats on the place's working days. The company's own feed shows its placements instead of
 * its places' sessions (one event per placement, `placementItems`).
 */
export type SessionScope =
  | { scope: 'company' | 'offer' | 'region'; scopeId: string; regionId: string }
  | { scope: 'public'; regionId: string };

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

export async function loadSessionScope(
  db: Database,
  target: SessionScope,
  window: Window,
): Promise<SessionItem[]> {
  // The public calendar carries no school data: it lists no bookings (their count and changes
  // still make its SEQUENCE and DTSTAMP).
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

/**
 * Sessions with their offer and, unless `bookingStatuses` is null, who booked them: the
 * sessions (with the offer and company their scope filters on), then their offers by id, every
 * booking of them and their places' working days, side by side.
 */
async function loadSessionItems(
  db: Database,
  regionId: string,
  where: SQL,
  bookingStatuses: readonly BookingStatus[] | null,
): Promise<(SessionItem & { inKindHours: number })[]> {
  const rows = await db
    .select({
      session: sessionColumns,
      offerId: sessions.offerId,
      sessionChangedAt: sessions.updatedAt,
    })
    .from(sessions)
    .innerJoin(offers, and(eq(offers.id, sessions.offerId), eq(offers.regionId, sessions.regionId)))
    .innerJoin(
      company,
      and(eq(company.regionId, sessions.regionId), eq(company.id, offers.organisationId)),
    )
    .where(where)
    .orderBy(asc(sessions.startsAt), asc(sessions.id));
  if (rows.length === 0) return [];
  const sessionIds = rows.map((row) => row.session.id);
  const [offerById, booked, places] = await Promise.all([
    offersById(
      db,
      regionId,
      rows.map((row) => row.offerId),
    ),
    bookingsOf(db, regionId, sessionIds),
    placePatternsOfSessions(db, regionId, sessionIds),
  ]);
  const listedStatuses = new Set<string>(bookingStatuses ?? []);
  return rows.flatMap((row) => {
    const found = offerById.get(row.offerId);
    if (!found) return [];
    const all = booked.get(row.session.id);
    const listed = (all?.bookings ?? []).filter((b) => listedStatuses.has(b.booking.status));
    const schools = new Set(listed.map((b) => b.schoolId));
    return [
      {
        session: row.session,
        offer: found.offer,
        inKindHours: found.inKindHours,
        bookings: listed.map((b) => b.booking),
        bookingActivity: all?.activity ?? 0,
        schoolAddress: schools.size === 1 ? listed[0]!.schoolAddress : null,
        place: places.get(row.session.id) ?? null,
        changedAt: latest(row.sessionChangedAt, found.changedAt, all?.changedAt),
      },
    ];
  });
}

interface BookingOfSession {
  schoolId: string;
  booking: FeedBooking;
  schoolAddress: Address;
}

interface BookingsOfSession {
  /** In the order a company's list shows them: school, class, booking. */
  bookings: BookingOfSession[];
  /** Σ (sequence + 1) over every booking the session ever had: grows with each booking and
   * each booking change (bookings are never deleted). */
  activity: number;
  /** The last change of any booking, its school or its class. */
  changedAt: Date | null;
}

/** Every booking of the sessions, in any status, by session. */
async function bookingsOf(db: Database, regionId: string, sessionIds: string[]) {
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
      changedAt: {
        booking: bookings.updatedAt,
        school: school.updatedAt,
        schoolClass: classes.updatedAt,
      },
    })
    .from(bookings)
    .innerJoin(
      school,
      and(eq(school.regionId, bookings.regionId), eq(school.id, bookings.schoolId)),
    )
    // A teacher's own placement has no class; it is listed as a docentenstage.
    .leftJoin(
      classes,
      and(eq(classes.regionId, bookings.regionId), eq(classes.id, bookings.classId)),
    )
    .leftJoin(
      schoolLocations,
      and(
        eq(schoolLocations.regionId, bookings.regionId),
        eq(schoolLocations.id, classes.locationId),
      ),
    )
    .where(and(eq(bookings.regionId, regionId), inArray(bookings.sessionId, sessionIds)))
    .orderBy(asc(school.name), asc(classes.name), asc(bookings.id));
  const bySession = new Map<string, BookingsOfSession>();
  for (const { sessionId, changedAt, ...row } of rows) {
    let session = bySession.get(sessionId);
    if (!session)
      bySession.set(sessionId, (session = { bookings: [], activity: 0, changedAt: null }));
    session.bookings.push(row);
    session.activity += row.booking.sequence + 1;
    session.changedAt = latest(
      session.changedAt,
      changedAt.booking,
      changedAt.school,
      changedAt.schoolClass,
    );
  }
  return bySession;
}
