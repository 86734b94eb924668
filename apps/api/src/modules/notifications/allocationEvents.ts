import { and, eq } from 'drizzle-orm';
import {
  allocationRequests,
  allocationResults,
  allocationRounds,
  classes,
  offers,
  sessions,
  type Transaction,
} from '@stagebureau/db';
import type { AllocationResultLine } from '@stagebureau/domain';
import { notify } from './notify';

/**
 * The allocation module's hook at publication: one message per school with every request's
 * outcome and the explanation the allocation gave it. Class names and counts only.
 */
export async function notifyAllocationPublished(
  tx: Transaction,
  regionId: string,
  roundId: string,
): Promise<void> {
  const [round] = await tx
    .select({ name: allocationRounds.name })
    .from(allocationRounds)
    .where(and(eq(allocationRounds.regionId, regionId), eq(allocationRounds.id, roundId)));
  if (!round) return;
  const rows = await tx
    .select({
      schoolId: allocationRequests.schoolId,
      className: classes.name,
      sessionId: allocationResults.sessionId,
      bookingId: allocationResults.bookingId,
      explanation: allocationResults.explanation,
      startsAt: sessions.startsAt,
      offerTitle: offers.title,
    })
    .from(allocationResults)
    .innerJoin(allocationRequests, eq(allocationRequests.id, allocationResults.requestId))
    .innerJoin(classes, eq(classes.id, allocationRequests.classId))
    .leftJoin(sessions, eq(sessions.id, allocationResults.sessionId))
    .leftJoin(offers, eq(offers.id, sessions.offerId))
    .where(and(eq(allocationResults.regionId, regionId), eq(allocationResults.roundId, roundId)))
    .orderBy(allocationResults.pick);
  const bySchool = new Map<string, AllocationResultLine[]>();
  for (const row of rows) {
    const line: AllocationResultLine = {
      className: row.className,
      outcome: row.sessionId ? 'placed' : row.bookingId ? 'waitlisted' : 'unplaced',
      offerTitle: row.offerTitle,
      startsAt: row.startsAt?.toISOString() ?? null,
      explanation: row.explanation,
    };
    bySchool.set(row.schoolId, [...(bySchool.get(row.schoolId) ?? []), line]);
  }
  for (const [schoolId, results] of bySchool)
    await notify(tx, {
      kind: 'allocation.published',
      regionId,
      roundId,
      roundName: round.name,
      schoolId,
      results,
    });
}
