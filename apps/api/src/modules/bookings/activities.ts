/** Read models over bookings for other modules (compliance, materials); the booking path writes them. */
import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import {
  bookings,
  classes,
  offers,
  organisations,
  type Database,
  type Transaction,
} from '@stagebureau/db';
import type { BookingStatus, OfferType } from '@stagebureau/domain';

/** One confirmed activity an expired paper no longer covers, as the bureau's conflict lists it. */
export interface AffectedActivity {
  bookingId: string;
  offerId: string;
  offerTitle: string;
  offerType: OfferType;
  startsAt: string;
  schoolName: string;
  /** Null for a placement (a pupil is never named here) and a teacher's own internship. */
  className: string | null;
  placement: boolean;
}

/**
 * The company's confirmed bookings and placements of these types that have not ended by `now`
 * (a running internship counts): what an expired compliance paper leaves without cover.
 */
export async function confirmedActivitiesOf(
  tx: Transaction,
  regionId: string,
  companyId: string,
  types: readonly OfferType[],
  now: Date,
): Promise<AffectedActivity[]> {
  if (!types.length) return [];
  const rows = await tx
    .select({
      bookingId: bookings.id,
      offerId: offers.id,
      offerTitle: offers.title,
      offerType: offers.type,
      startsAt: bookings.startsAt,
      schoolName: organisations.name,
      className: classes.name,
      participantId: bookings.participantId,
    })
    .from(bookings)
    .innerJoin(offers, eq(offers.id, bookings.offerId))
    .innerJoin(organisations, eq(organisations.id, bookings.schoolId))
    .leftJoin(classes, eq(classes.id, bookings.classId))
    .where(
      and(
        eq(bookings.regionId, regionId),
        eq(offers.regionId, regionId),
        eq(offers.organisationId, companyId),
        inArray(offers.type, [...types]),
        eq(bookings.status, 'confirmed'),
        gt(bookings.endsAt, now),
      ),
    )
    .orderBy(asc(bookings.startsAt), asc(bookings.id));
  return rows.map(({ participantId, className, startsAt, ...row }) => ({
    ...row,
    startsAt: startsAt.toISOString(),
    className: participantId ? null : className,
    placement: participantId !== null,
  }));
}

/** Whether the school has a booking or placement of the offer in one of these statuses. */
export async function schoolHasBookingOf(
  db: Database | Transaction,
  regionId: string,
  schoolId: string,
  offerId: string,
  statuses: readonly BookingStatus[],
): Promise<boolean> {
  const [row] = await db
    .select({ id: bookings.id })
    .from(bookings)
    .where(
      and(
        eq(bookings.regionId, regionId),
        eq(bookings.offerId, offerId),
        eq(bookings.schoolId, schoolId),
        inArray(bookings.status, [...statuses]),
      ),
    )
    .limit(1);
  return row !== undefined;
}
