import { and, eq, gte, isNotNull, lt, sql, type SQL } from 'drizzle-orm';
import {
  attendanceWeeks,
  internshipPlaces,
  offers,
  organisations,
  placements,
  sessions,
  type Database,
} from '@stagebureau/db';
import type { HeldActivity, OfferType, ReportPeriod } from '@stagebureau/domain';

export interface SupervisionFilters {
  period: ReportPeriod;
  companyId?: string;
  offerType?: OfferType;
}

/**
 * Confirmed supervision hours as co-financing activities (issue 16): one row per place (its
 * period's session), its hours the confirmed hours of every placement in it, valued by the
 * report at the region's rate for the place's type. A place counts in the period its session
 * starts in, like every activity; `classCount` is 0 and `seats` the placements with hours.
 * The placement's booking itself never counts (the report leaves placement offers out).
 */
export async function supervisionActivities(
  db: Database,
  regionId: string,
  filters: SupervisionFilters,
): Promise<HeldActivity[]> {
  const conditions: SQL[] = [];
  if (filters.period.from) conditions.push(gte(sessions.startsAt, filters.period.from));
  if (filters.period.until) conditions.push(lt(sessions.startsAt, filters.period.until));
  if (filters.companyId) conditions.push(eq(placements.companyId, filters.companyId));
  if (filters.offerType) conditions.push(eq(offers.type, filters.offerType));
  const rows = await db
    .select({
      sessionId: sessions.id,
      startsAt: sessions.startsAt,
      endsAt: sessions.endsAt,
      offerId: offers.id,
      offerTitle: offers.title,
      offerType: offers.type,
      companyId: organisations.id,
      companyName: organisations.name,
      inKindHours: sql<number>`sum(${attendanceWeeks.hours})::float8`,
      schoolNames: sql<string[]>`array_agg(distinct (select s.name from ${organisations} s
        where s.id = ${placements.schoolId}))`,
      seats: sql<number>`count(distinct ${placements.id})::int`,
    })
    .from(attendanceWeeks)
    .innerJoin(placements, eq(placements.id, attendanceWeeks.placementId))
    .innerJoin(internshipPlaces, eq(internshipPlaces.id, placements.placeId))
    .innerJoin(offers, eq(offers.id, internshipPlaces.offerId))
    .innerJoin(sessions, eq(sessions.id, internshipPlaces.sessionId))
    .innerJoin(organisations, eq(organisations.id, placements.companyId))
    .where(
      and(
        eq(attendanceWeeks.regionId, regionId),
        isNotNull(attendanceWeeks.confirmedAt),
        sql`${attendanceWeeks.hours} > 0`,
        ...conditions,
      ),
    )
    .groupBy(sessions.id, offers.id, organisations.id);
  return rows.map((row) => ({
    ...row,
    offerType: row.offerType as OfferType,
    inKindHours: Math.round(row.inKindHours * 100) / 100,
    schoolNames: [...row.schoolNames].sort(),
    classCount: 0,
  }));
}

/** Confirmed hours per company (the ranking's third number), optionally in a period. */
export async function confirmedHoursByCompany(
  db: Database,
  regionId: string,
  period: ReportPeriod,
) {
  const rows = await db
    .select({
      companyId: organisations.id,
      companyName: organisations.name,
      hours: sql<number>`sum(${attendanceWeeks.hours})::float8`,
    })
    .from(attendanceWeeks)
    .innerJoin(placements, eq(placements.id, attendanceWeeks.placementId))
    .innerJoin(internshipPlaces, eq(internshipPlaces.id, placements.placeId))
    .innerJoin(sessions, eq(sessions.id, internshipPlaces.sessionId))
    .innerJoin(organisations, eq(organisations.id, placements.companyId))
    .where(
      and(
        eq(attendanceWeeks.regionId, regionId),
        isNotNull(attendanceWeeks.confirmedAt),
        period.from ? gte(sessions.startsAt, period.from) : undefined,
        period.until ? lt(sessions.startsAt, period.until) : undefined,
      ),
    )
    .groupBy(organisations.id);
  return rows;
}
