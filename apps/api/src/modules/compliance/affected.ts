import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import { bookings, classes, offers, organisations, type Transaction } from '@stagebureau/db';
import type { OfferType } from '@stagebureau/domain';

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
 * (a running internship counts): what an expired paper leaves without cover. A read model
 * over the bookings the booking path wrote; nothing here writes them.
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
