import { and, eq, inArray } from 'drizzle-orm';
import {
  bookings,
  partProposals,
  requestParts,
  requests,
  signUps,
  type Database,
} from '@stagebureau/db';
import {
  materialBookingStatuses,
  partTakingStatuses,
  partyOf,
  type MaterialAccessFacts,
  type MaterialReader,
} from '@stagebureau/domain';

/**
 * What the materials module reads of other modules' tables, to decide who sees what: whether
 * a reader's organisation takes part in an offer or request, and who asked a request. Read
 * models over rows the booking path and the requests module wrote; nothing here writes them.
 */

const none: MaterialAccessFacts = { takesPart: false };

/** A school with a booking or placement of the offer (a place's offer) that counts. */
export async function factsForOffer(
  db: Database,
  reader: MaterialReader,
  offerId: string,
): Promise<MaterialAccessFacts> {
  if (reader.role === 'anonymous' || !reader.organisationId) return none;
  if (partyOf(reader.role) !== 'school') return none;
  const [row] = await db
    .select({ id: bookings.id })
    .from(bookings)
    .where(
      and(
        eq(bookings.regionId, reader.regionId),
        eq(bookings.offerId, offerId),
        eq(bookings.schoolId, reader.organisationId),
        inArray(bookings.status, [...materialBookingStatuses]),
      ),
    )
    .limit(1);
  return { takesPart: row !== undefined };
}

/** A school with a part of the request, or a company taking one of its parts. */
export async function factsForRequest(
  db: Database,
  reader: MaterialReader,
  requestId: string,
): Promise<MaterialAccessFacts> {
  if (reader.role === 'anonymous' || !reader.organisationId) return none;
  const party = partyOf(reader.role);
  if (party === 'school') {
    const [row] = await db
      .select({ id: requestParts.id })
      .from(requestParts)
      .where(
        and(
          eq(requestParts.regionId, reader.regionId),
          eq(requestParts.requestId, requestId),
          eq(requestParts.schoolId, reader.organisationId),
        ),
      )
      .limit(1);
    return { takesPart: row !== undefined };
  }
  if (party === 'company') {
    const [row] = await db
      .select({ id: partProposals.id })
      .from(signUps)
      .innerJoin(partProposals, eq(partProposals.signUpId, signUps.id))
      .where(
        and(
          eq(signUps.regionId, reader.regionId),
          eq(signUps.requestId, requestId),
          eq(signUps.companyId, reader.organisationId),
          eq(signUps.status, 'active'),
          inArray(partProposals.status, [...partTakingStatuses]),
        ),
      )
      .limit(1);
    return { takesPart: row !== undefined };
  }
  return none;
}

/** The school that asked the request; null when the bureau asked for several schools. */
export async function requestOwner(db: Database, regionId: string, requestId: string) {
  const [row] = await db
    .select({ schoolId: requests.schoolId })
    .from(requests)
    .where(and(eq(requests.regionId, regionId), eq(requests.id, requestId)));
  return row ? row.schoolId : undefined;
}
