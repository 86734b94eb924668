import { and, eq, gte, inArray, isNull, lt, ne, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  bookings,
  classes,
  offers,
  organisations,
  regions,
  sessions,
  type Database,
} from '@stagebureau/db';
import {
  heldBookingStatuses,
  regionSettingsSchema,
  seatBookingStatuses,
  type EducationLevel,
  type HeldActivity,
  type OfferType,
  type RegionSettings,
  type ReportPeriod,
  type SeatActivity,
} from '@stagebureau/domain';

export interface ActivityFilters {
  period: ReportPeriod;
  companyId?: string;
  offerType?: OfferType;
}

const company = alias(organisations, 'company');
const school = alias(organisations, 'school');

/** Conditions on a start column for a period (half-open), company and offer type. */
export function activityConditions(
  startsAt: typeof sessions.startsAt | typeof bookings.startsAt,
  filters: ActivityFilters,
): SQL[] {
  const conditions: SQL[] = [];
  if (filters.period.from) conditions.push(gte(startsAt, filters.period.from));
  if (filters.period.until) conditions.push(lt(startsAt, filters.period.until));
  if (filters.companyId) conditions.push(eq(offers.organisationId, filters.companyId));
  if (filters.offerType) conditions.push(eq(offers.type, filters.offerType));
  return conditions;
}

export async function regionForReport(
  db: Database,
  regionId: string,
): Promise<{ name: string; settings: RegionSettings }> {
  const [row] = await db
    .select({ name: regions.name, settings: regions.settings })
    .from(regions)
    .where(eq(regions.id, regionId));
  return { name: row!.name, settings: regionSettingsSchema.parse({ ...row!.settings }) };
}

/** A company of the region by id, or undefined (another region's or a school: not found). */
export async function companyInRegion(db: Database, regionId: string, companyId: string) {
  const [row] = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(
      and(
        eq(organisations.id, companyId),
        eq(organisations.regionId, regionId),
        eq(organisations.kind, 'company'),
      ),
    );
  return row;
}

/**
 * Sessions that took place (at least one completed booking), one row per session. Placement
 * offers are left out: a placement's booking carries no hours (its in-kind contribution is
 * the supervisor's confirmed hours, `supervisionActivities` of the placements module).
 */
export async function heldActivities(
  db: Database,
  regionId: string,
  filters: ActivityFilters,
): Promise<HeldActivity[]> {
  const rows = await db
    .select({
      sessionId: sessions.id,
      startsAt: sessions.startsAt,
      endsAt: sessions.endsAt,
      offerId: offers.id,
      offerTitle: offers.title,
      offerType: offers.type,
      inKindHours: offers.inKindHoursPerSession,
      companyId: company.id,
      companyName: company.name,
      schoolNames: sql<string[]>`array_agg(distinct ${school.name} order by ${school.name})`,
      classCount: sql<number>`count(${bookings.id})::int`,
      seats: sql<number>`sum(${bookings.seats})::int`,
    })
    .from(sessions)
    .innerJoin(offers, eq(offers.id, sessions.offerId))
    .innerJoin(company, eq(company.id, offers.organisationId))
    .innerJoin(bookings, eq(bookings.sessionId, sessions.id))
    .innerJoin(school, eq(school.id, bookings.schoolId))
    .where(
      and(
        eq(sessions.regionId, regionId),
        eq(bookings.regionId, regionId),
        ne(sessions.status, 'cancelled'),
        ne(offers.bookingMode, 'placement'),
        inArray(bookings.status, [...heldBookingStatuses]),
        ...activityConditions(sessions.startsAt, filters),
      ),
    )
    .groupBy(sessions.id, offers.id, company.id);
  return rows;
}

/** Bookings that hold or held seats (confirmed, completed), one row per booking. */
export async function seatActivities(
  db: Database,
  regionId: string,
  filters: ActivityFilters,
): Promise<SeatActivity[]> {
  return db
    .select({
      schoolId: bookings.schoolId,
      educationLevel: classes.educationLevel,
      vmboProfile: classes.vmboProfile,
      sectorTags: offers.sectorTags,
      offerType: offers.type,
      startsAt: bookings.startsAt,
      seats: bookings.seats,
    })
    .from(bookings)
    .innerJoin(offers, eq(offers.id, bookings.offerId))
    .innerJoin(classes, eq(classes.id, bookings.classId))
    .where(
      and(
        eq(bookings.regionId, regionId),
        inArray(bookings.status, [...seatBookingStatuses]),
        ...activityConditions(bookings.startsAt, filters),
      ),
    );
}

/** The region's active schools with their students (sum of active class sizes). */
export async function schoolsWithStudents(db: Database, regionId: string) {
  return db
    .select({
      schoolId: organisations.id,
      name: organisations.name,
      students: sql<number>`coalesce(sum(${classes.size}), 0)::int`,
    })
    .from(organisations)
    .leftJoin(
      classes,
      and(eq(classes.organisationId, organisations.id), isNull(classes.archivedAt)),
    )
    .where(
      and(
        eq(organisations.regionId, regionId),
        eq(organisations.kind, 'school'),
        eq(organisations.status, 'active'),
      ),
    )
    .groupBy(organisations.id);
}

/** Education levels the region's active classes have. */
export async function classLevels(db: Database, regionId: string): Promise<EducationLevel[]> {
  const rows = await db
    .selectDistinct({ level: classes.educationLevel })
    .from(classes)
    .where(and(eq(classes.regionId, regionId), isNull(classes.archivedAt)));
  return rows.map((row) => row.level);
}
