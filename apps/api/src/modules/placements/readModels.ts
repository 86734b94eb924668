import { and, asc, eq, gte, inArray, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import { alias, type PgSelect } from 'drizzle-orm/pg-core';
import {
  bookings,
  classes,
  internshipPlaces,
  offers,
  organisations,
  participants,
  placements,
  sessions,
  type Database,
} from '@stagebureau/db';
import {
  localDateOf,
  placedPlacementStatuses,
  type OfferedPlace,
  type PlaceOfferType,
  type PlacedParticipant,
  type PlacementItem,
  type PlacementStatus,
  type WorkingPattern,
} from '@stagebureau/domain';

/**
 * What other modules read of placements (feeds, year plans, reports): plain rows, no names.
 * These are the only queries outside this module that touch the placement tables.
 */

const company = alias(organisations, 'placement_company');
const school = alias(organisations, 'placement_school');

export interface PlacementItemFilter {
  regionId: string;
  schoolId?: string;
  companyId?: string;
  bookingId?: string;
  statuses: readonly PlacementStatus[];
  /** Placements whose period starts in [from, until). */
  startsIn?: { from: Date; until: Date };
  /**
   * A feed's window: periods that ended before `historyFrom` are gone, and a declined or
   * cancelled placement stays while its change or its end is on or after `cancelledKeptFrom`.
   */
  window?: { historyFrom: Date; cancelledKeptFrom: Date };
}

const liveStatuses = placedPlacementStatuses;

function whereOf(filter: PlacementItemFilter): SQL {
  const { window, startsIn } = filter;
  return and(
    eq(placements.regionId, filter.regionId),
    filter.schoolId ? eq(placements.schoolId, filter.schoolId) : undefined,
    filter.companyId ? eq(placements.companyId, filter.companyId) : undefined,
    filter.bookingId ? eq(placements.bookingId, filter.bookingId) : undefined,
    inArray(placements.status, [...filter.statuses]),
    startsIn ? gte(sessions.startsAt, startsIn.from) : undefined,
    startsIn ? lt(sessions.startsAt, startsIn.until) : undefined,
    window ? gte(sessions.endsAt, window.historyFrom) : undefined,
    window
      ? or(
          and(inArray(placements.status, [...liveStatuses]), eq(sessions.status, 'scheduled')),
          sql`greatest(${placements.updatedAt}, ${bookings.updatedAt}, ${sessions.cancelledAt}, ${sessions.endsAt}) >= ${window.cancelledKeptFrom.toISOString()}`,
        )
      : undefined,
  )!;
}

/** The place's session counts by its cancellation, not its `updated_at`, which moves with
 * every seat taken: another pupil's placement does not change this one's event (decision 011). */
const changedAt = sql`greatest(${placements.updatedAt}, ${bookings.updatedAt}, ${sessions.cancelledAt}, ${offers.updatedAt}, ${internshipPlaces.updatedAt}, ${company.updatedAt}, ${school.updatedAt}, ${classes.updatedAt})`;

/** The joins behind a placement's event: its booking, place, period, offer, owners, class. */
const withJoins = <Q extends PgSelect>(query: Q) =>
  query
    .innerJoin(bookings, eq(bookings.id, placements.bookingId))
    .innerJoin(internshipPlaces, eq(internshipPlaces.id, placements.placeId))
    .innerJoin(sessions, eq(sessions.id, internshipPlaces.sessionId))
    .innerJoin(offers, eq(offers.id, internshipPlaces.offerId))
    .innerJoin(company, eq(company.id, placements.companyId))
    .innerJoin(school, eq(school.id, placements.schoolId))
    .innerJoin(participants, eq(participants.id, placements.participantId))
    // A teacher's own placement has no class.
    .leftJoin(classes, eq(classes.id, bookings.classId));

/** A placement with its owners, as feeds and year plans show it. */
export type PlacementItemRow = PlacementItem & { schoolId: string; companyId: string };

/** Placements with everything their events and plan items show, in time order. */
export async function placementItems(
  db: Database,
  filter: PlacementItemFilter,
): Promise<PlacementItemRow[]> {
  const query = db
    .select({
      placement: {
        id: placements.id,
        status: placements.status,
        startsOn: placements.startsOn,
        endsOn: placements.endsOn,
      },
      booking: {
        id: bookings.id,
        sequence: bookings.sequence,
        statusReason: bookings.statusReason,
      },
      session: {
        id: sessions.id,
        startsAt: sessions.startsAt,
        endsAt: sessions.endsAt,
        status: sessions.status,
        cancelReason: sessions.cancelReason,
        sequence: sessions.sequence,
      },
      place: {
        id: internshipPlaces.id,
        weekdays: internshipPlaces.weekdays,
        dayStarts: internshipPlaces.dayStarts,
        dayEnds: internshipPlaces.dayEnds,
      },
      offer: {
        id: offers.id,
        type: offers.type,
        title: offers.title,
        companyName: company.name,
        locationKind: offers.locationKind,
        street: offers.street,
        postcode: offers.postcode,
        city: offers.city,
        latitude: offers.latitude,
        longitude: offers.longitude,
        requirements: offers.requirements,
        contactName: offers.contactName,
        contactEmail: offers.contactEmail,
        contactPhone: offers.contactPhone,
      },
      participant: { kind: participants.kind, className: classes.name },
      schoolName: school.name,
      schoolId: placements.schoolId,
      companyId: placements.companyId,
      changedAt: sql<string>`${changedAt}::text`,
    })
    .from(placements)
    .$dynamic();
  const rows = await withJoins(query)
    .where(whereOf(filter))
    .orderBy(asc(sessions.startsAt), asc(placements.id));
  return rows.map((row) => ({
    ...row,
    participant: { kind: row.participant.kind, className: row.participant.className ?? null },
    changedAt: new Date(row.changedAt),
  }));
}

/** The working pattern of the sessions that are internship places, by session id. */
export async function placePatternsOfSessions(
  db: Database,
  regionId: string,
  sessionIds: readonly string[],
): Promise<Map<string, WorkingPattern>> {
  if (sessionIds.length === 0) return new Map();
  const rows = await db
    .select({
      sessionId: internshipPlaces.sessionId,
      startsAt: sessions.startsAt,
      endsAt: sessions.endsAt,
      weekdays: internshipPlaces.weekdays,
      dayStarts: internshipPlaces.dayStarts,
      dayEnds: internshipPlaces.dayEnds,
    })
    .from(internshipPlaces)
    .innerJoin(sessions, eq(sessions.id, internshipPlaces.sessionId))
    .where(
      and(
        eq(internshipPlaces.regionId, regionId),
        inArray(internshipPlaces.sessionId, [...sessionIds]),
      ),
    );
  return new Map(
    rows.map(({ sessionId, startsAt, endsAt, ...pattern }) => [
      sessionId,
      { ...pattern, startsOn: localDateOf(startsAt), endsOn: localDateOf(endsAt) },
    ]),
  );
}

/**
 * One row per placement (accepted, signed, completed) whose period starts in the period, with
 * what its participant is: pupil or teacher, school, level, profile. Counts survive erasure.
 */
export async function placedParticipants(
  db: Database,
  regionId: string,
  period: { from: Date; until: Date },
): Promise<PlacedParticipant[]> {
  return db
    .select({
      participantId: placements.participantId,
      kind: participants.kind,
      schoolId: placements.schoolId,
      educationLevel: participants.educationLevel,
      vmboProfile: participants.vmboProfile,
    })
    .from(placements)
    .innerJoin(participants, eq(participants.id, placements.participantId))
    .innerJoin(internshipPlaces, eq(internshipPlaces.id, placements.placeId))
    .innerJoin(sessions, eq(sessions.id, internshipPlaces.sessionId))
    .where(
      and(
        eq(placements.regionId, regionId),
        inArray(placements.status, [...placedPlacementStatuses]),
        gte(sessions.startsAt, period.from),
        lt(sessions.startsAt, period.until),
      ),
    );
}

/**
 * The region's internship places whose period starts in the period and is not cancelled: their
 * type, capacity and how many placements (accepted, signed, completed) fill them.
 */
export async function offeredPlaces(
  db: Database,
  regionId: string,
  period: { from: Date; until: Date },
): Promise<OfferedPlace[]> {
  const filled = sql<number>`(select count(*) from ${placements} p
    where p.place_id = ${internshipPlaces.id}
      and p.status in (${sql.join(
        placedPlacementStatuses.map((status) => sql`${status}`),
        sql`, `,
      )}))::int`;
  const rows = await db
    .select({
      type: offers.type,
      startsAt: sessions.startsAt,
      capacity: sessions.capacity,
      filled,
    })
    .from(internshipPlaces)
    .innerJoin(sessions, eq(sessions.id, internshipPlaces.sessionId))
    .innerJoin(offers, eq(offers.id, internshipPlaces.offerId))
    .where(
      and(
        eq(internshipPlaces.regionId, regionId),
        ne(sessions.status, 'cancelled'),
        gte(sessions.startsAt, period.from),
        lt(sessions.startsAt, period.until),
      ),
    );
  return rows.map((row) => ({ ...row, type: row.type as PlaceOfferType }));
}

/**
 * One row per confirmed placement (accepted, signed, completed) whose period starts in the
 * period: its company and start, for agreements' fulfilment and the region's targets.
 */
export async function confirmedPlacementStarts(
  db: Database,
  regionId: string,
  period: { from: Date; until: Date },
): Promise<{ companyId: string; startsAt: Date }[]> {
  return db
    .select({ companyId: placements.companyId, startsAt: sessions.startsAt })
    .from(placements)
    .innerJoin(internshipPlaces, eq(internshipPlaces.id, placements.placeId))
    .innerJoin(sessions, eq(sessions.id, internshipPlaces.sessionId))
    .where(
      and(
        eq(placements.regionId, regionId),
        inArray(placements.status, [...placedPlacementStatuses]),
        gte(sessions.startsAt, period.from),
        lt(sessions.startsAt, period.until),
      ),
    );
}
