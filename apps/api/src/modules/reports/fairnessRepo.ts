import { and, eq, gte, inArray, isNotNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import {
  allocationRequests,
  allocationResults,
  allocationRounds,
  bookings,
  type Database,
} from '@stagebureau/db';
import {
  seatBookingStatuses,
  type AllocationOutcome,
  type ReportPeriod,
  type WaitlistHistory,
} from '@stagebureau/domain';

const within = (column: AnyPgColumn, period: ReportPeriod): SQL[] => [
  ...(period.from ? [gte(column, period.from)] : []),
  ...(period.until ? [lt(column, period.until)] : []),
];

/**
 * Seats per booking (all years), for the Gini per school year. Pupils' seats only: a teacher's
 * own placement (a booking without a class) is no seat of the school's students.
 */
export function seatRows(db: Database, regionId: string) {
  return db
    .select({ schoolId: bookings.schoolId, startsAt: bookings.startsAt, seats: bookings.seats })
    .from(bookings)
    .where(
      and(
        eq(bookings.regionId, regionId),
        inArray(bookings.status, [...seatBookingStatuses]),
        isNotNull(bookings.classId),
      ),
    );
}

/** Requests in published rounds whose window closed in the period, with their placement. */
export async function allocationOutcomes(
  db: Database,
  regionId: string,
  period: ReportPeriod,
): Promise<AllocationOutcome[]> {
  return db
    .select({
      schoolId: allocationRequests.schoolId,
      placedPreferenceRank: allocationResults.preferenceRank,
    })
    .from(allocationResults)
    .innerJoin(allocationRequests, eq(allocationRequests.id, allocationResults.requestId))
    .innerJoin(allocationRounds, eq(allocationRounds.id, allocationResults.roundId))
    .where(
      and(
        eq(allocationResults.regionId, regionId),
        eq(allocationRounds.status, 'published'),
        ...within(allocationRounds.requestWindowClosesAt, period),
      ),
    );
}

/**
 * Bookings in the period that waited at some point: waiting now, or an audit row shows the
 * status `waitlisted` before or after a change.
 */
export async function waitlistHistory(
  db: Database,
  regionId: string,
  period: ReportPeriod,
): Promise<WaitlistHistory[]> {
  const everWaited = sql`exists (
    select 1 from audit_events a
    where a.region_id = ${bookings.regionId} and a.entity = 'booking'
      and a.entity_id = ${bookings.id}::text
      and ('waitlisted' in (a.after->>'status', a.before->>'status')))`;
  return db
    .select({ schoolId: bookings.schoolId, status: bookings.status })
    .from(bookings)
    .where(
      and(
        eq(bookings.regionId, regionId),
        or(eq(bookings.status, 'waitlisted'), everWaited),
        ...within(bookings.startsAt, period),
      ),
    );
}
