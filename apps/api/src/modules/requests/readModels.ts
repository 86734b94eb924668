import { and, eq, sql } from 'drizzle-orm';
import { menuCards, partProposals, requests, signUps, type Database } from '@stagebureau/db';

/**
 * What other modules read of sign-ups (agreements' fulfilment, issue 17): per company, its
 * live sign-ups with at least one accepted proposal on a request of the year's menu card.
 */
export async function acceptedSignUpsByCompany(
  db: Database,
  regionId: string,
  schoolYear: string,
): Promise<{ companyId: string; signUps: number }[]> {
  return db
    .select({
      companyId: signUps.companyId,
      signUps: sql<number>`count(distinct ${signUps.id})::int`,
    })
    .from(signUps)
    .innerJoin(requests, eq(requests.id, signUps.requestId))
    .innerJoin(menuCards, eq(menuCards.id, requests.menuCardId))
    .where(
      and(
        eq(signUps.regionId, regionId),
        eq(signUps.status, 'active'),
        eq(menuCards.schoolYear, schoolYear),
        sql`exists (select 1 from ${partProposals} pp
                    where pp.sign_up_id = ${signUps.id} and pp.status = 'accepted')`,
      ),
    )
    .groupBy(signUps.companyId);
}
