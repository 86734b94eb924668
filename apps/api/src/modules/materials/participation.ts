import type { Database } from '@stagebureau/db';
import {
  materialBookingStatuses,
  partyOf,
  type MaterialAccessFacts,
  type MaterialReader,
} from '@stagebureau/domain';
import { schoolHasBookingOf } from '../bookings';
import { companyTakesPartOf, schoolHasPartOf } from '../requests/participation';

/**
 * Whether a reader's organisation takes part in an offer or request, to decide who sees what.
 * The bookings and requests modules own those rows; this asks them.
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
  const takesPart = await schoolHasBookingOf(
    db,
    reader.regionId,
    reader.organisationId,
    offerId,
    materialBookingStatuses,
  );
  return { takesPart };
}

/** A school with a part of the request, or a company taking one of its parts. */
export async function factsForRequest(
  db: Database,
  reader: MaterialReader,
  requestId: string,
): Promise<MaterialAccessFacts> {
  if (reader.role === 'anonymous' || !reader.organisationId) return none;
  const party = partyOf(reader.role);
  if (party === 'school')
    return {
      takesPart: await schoolHasPartOf(db, reader.regionId, reader.organisationId, requestId),
    };
  if (party === 'company')
    return {
      takesPart: await companyTakesPartOf(db, reader.regionId, reader.organisationId, requestId),
    };
  return none;
}
