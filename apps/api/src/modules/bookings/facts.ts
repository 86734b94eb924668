import { and, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  blackouts,
  classes,
  offers,
  organisations,
  participants,
  regions,
  schoolLocations,
  sessions,
  users,
  type Database,
  type Transaction,
} from '@stagebureau/db';
import { documentsForDecision } from '../compliance/documents';
import {
  DomainError,
  regionSettingsSchema,
  type BlackoutPeriod,
  type HolidayRegion,
  type NewBookingFacts,
} from '@stagebureau/domain';

type Db = Database | Transaction;

export interface LoadedFacts extends Pick<
  NewBookingFacts,
  'region' | 'schoolHolidayRegion' | 'blackouts' | 'companyDocuments'
> {
  session: typeof sessions.$inferSelect;
  offer: typeof offers.$inferSelect;
  schoolClass: typeof classes.$inferSelect;
  /** What the booking's view shows besides the row: the school and the booking user. */
  schoolName: string;
  contact: { name: string; email: string } | null;
}

/**
 * Everything the booking decision (and the new booking's view) reads, without locks, in one
 * prepared statement: the session with its offer, the class with its school, the region, the
 * booking user, and the blackouts around the session's dates. What a concurrent writer may
 * change meanwhile is re-checked by `booking_place()` under its locks. The company's compliance
 * documents take one more indexed query, only where the region requires some for the type.
 */
export async function loadBookingFacts(
  db: Db,
  regionId: string,
  target: { sessionId: string; classId: string },
  userId: string | null = null,
): Promise<LoadedFacts> {
  const [row] = await preparedFacts(db).execute({ regionId, ...target, userId });
  if (!row) throw new DomainError('not_found', await whatIsMissing(db, regionId, target));
  const settings = regionSettingsSchema.parse({ ...row.region.settings });
  return {
    session: row.session,
    offer: row.offer,
    schoolClass: row.schoolClass,
    schoolName: row.schoolName,
    contact: row.contactName ? { name: row.contactName, email: row.contactEmail! } : null,
    region: { settings, holidayRegion: row.region.holidayRegion as HolidayRegion },
    schoolHolidayRegion: row.locationHolidayRegion as HolidayRegion | null,
    blackouts: row.blackouts,
    companyDocuments: await documentsForDecision(db, settings, row.offer),
  };
}

const school = alias(organisations, 'school');

/**
 * The blackouts touching the session's dates, give or take a day: the UTC dates of its start
 * and end widened by one day cover its Amsterdam dates; the domain picks the ones that apply.
 */
const blackoutsNearby = sql<BlackoutPeriod[]>`coalesce((
  select json_agg(json_build_object('id', b.id, 'kind', b.kind, 'name', b.name,
    'holidayRegion', b.holiday_region, 'schoolId', b.school_id,
    'startsOn', b.starts_on, 'endsOn', b.ends_on) order by b.starts_on, b.id)
  from ${blackouts} b
  where b.region_id = ${sessions.regionId}
    and b.ends_on >= (${sessions.startsAt} at time zone 'UTC')::date - 1
    and b.starts_on <= (${sessions.endsAt} at time zone 'UTC')::date + 1), '[]'::json)`;

/** Prepared by name: planned once per connection, not on every booking of a flash crowd. */
const factsQuery = (db: Db) =>
  db
    .select({
      session: sessions,
      offer: offers,
      schoolClass: classes,
      region: regions,
      schoolName: school.name,
      locationHolidayRegion: schoolLocations.holidayRegion,
      contactName: users.name,
      contactEmail: users.email,
      blackouts: blackoutsNearby,
    })
    .from(sessions)
    .innerJoin(offers, eq(offers.id, sessions.offerId))
    .innerJoin(regions, eq(regions.id, sessions.regionId))
    .innerJoin(
      classes,
      and(eq(classes.regionId, sessions.regionId), eq(classes.id, sql.placeholder('classId'))),
    )
    .innerJoin(school, eq(school.id, classes.organisationId))
    .leftJoin(schoolLocations, eq(schoolLocations.id, classes.locationId))
    .leftJoin(users, eq(users.id, sql.placeholder('userId')))
    .where(
      and(
        eq(sessions.regionId, sql.placeholder('regionId')),
        eq(sessions.id, sql.placeholder('sessionId')),
      ),
    )
    .prepare('booking_facts');

/** Built once per database handle (a transaction is a new handle each time). */
const built = new WeakMap<Db, ReturnType<typeof factsQuery>>();
function preparedFacts(db: Db) {
  let query = built.get(db);
  if (!query) built.set(db, (query = factsQuery(db)));
  return query;
}

async function whatIsMissing(db: Db, regionId: string, target: { classId: string }) {
  const [schoolClass] = await db
    .select({ id: classes.id })
    .from(classes)
    .where(and(eq(classes.regionId, regionId), eq(classes.id, target.classId)));
  return schoolClass ? 'session not found' : 'class not found';
}

/** A placement's facts: the participant stands where the class stands in a class booking. */
export interface ParticipantFacts extends Omit<LoadedFacts, 'schoolClass'> {
  schoolClass: Omit<LoadedFacts['schoolClass'], 'id'> & { id: string | null };
  participant: { id: string };
}

/**
 * What a placement's decision reads: the place's session and offer, the region and its
 * blackouts, and the participant as a "class" of one — its class (a teacher has none) and the
 * pupil's level, year and profile. Placements are few; a plain query is enough.
 */
export async function loadParticipantFacts(
  db: Db,
  regionId: string,
  target: { sessionId: string; participantId: string },
): Promise<ParticipantFacts> {
  const [row] = await db
    .select({
      session: sessions,
      offer: offers,
      region: regions,
      participant: participants,
      schoolName: school.name,
      blackouts: blackoutsNearby,
    })
    .from(sessions)
    .innerJoin(offers, eq(offers.id, sessions.offerId))
    .innerJoin(regions, eq(regions.id, sessions.regionId))
    .innerJoin(
      participants,
      and(eq(participants.regionId, sessions.regionId), eq(participants.id, target.participantId)),
    )
    .innerJoin(school, eq(school.id, participants.schoolId))
    .where(and(eq(sessions.regionId, regionId), eq(sessions.id, target.sessionId)));
  if (!row) throw new DomainError('not_found', 'place or participant not found');
  const { participant: p } = row;
  const settings = regionSettingsSchema.parse({ ...row.region.settings });
  return {
    session: row.session,
    offer: row.offer,
    schoolClass: {
      id: p.classId,
      regionId: p.regionId,
      organisationId: p.schoolId,
      locationId: null,
      name: '',
      educationLevel: p.educationLevel ?? 'hbo',
      schoolYear: p.schoolYear ?? 1,
      vmboProfile: p.vmboProfile,
      size: 1,
      archivedAt: null,
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
    },
    participant: { id: p.id },
    schoolName: row.schoolName,
    contact: null,
    region: { settings, holidayRegion: row.region.holidayRegion as HolidayRegion },
    blackouts: row.blackouts,
    companyDocuments: await documentsForDecision(db, settings, row.offer),
  };
}
