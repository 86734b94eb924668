import { and, eq, inArray } from 'drizzle-orm';
import {
  partProposals,
  requestParts,
  requests,
  signUps,
  type Database,
  type Transaction,
} from '@stagebureau/db';
import { partTakingStatuses } from '@stagebureau/domain';

/** Who takes part in a request, for other modules (materials) deciding who sees what. */

type Db = Database | Transaction;

/** Whether the school has a part of the request. */
export async function schoolHasPartOf(
  db: Db,
  regionId: string,
  schoolId: string,
  requestId: string,
) {
  const [row] = await db
    .select({ id: requestParts.id })
    .from(requestParts)
    .where(
      and(
        eq(requestParts.regionId, regionId),
        eq(requestParts.requestId, requestId),
        eq(requestParts.schoolId, schoolId),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** Whether the company's active sign-up takes one of the request's parts. */
export async function companyTakesPartOf(
  db: Db,
  regionId: string,
  companyId: string,
  requestId: string,
) {
  const [row] = await db
    .select({ id: partProposals.id })
    .from(signUps)
    .innerJoin(partProposals, eq(partProposals.signUpId, signUps.id))
    .where(
      and(
        eq(signUps.regionId, regionId),
        eq(signUps.requestId, requestId),
        eq(signUps.companyId, companyId),
        eq(signUps.status, 'active'),
        inArray(partProposals.status, [...partTakingStatuses]),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** The school that asked the request; null when the bureau asked for several schools. */
export async function requestOwner(db: Db, regionId: string, requestId: string) {
  const [row] = await db
    .select({ schoolId: requests.schoolId })
    .from(requests)
    .where(and(eq(requests.regionId, regionId), eq(requests.id, requestId)));
  return row ? row.schoolId : undefined;
}
