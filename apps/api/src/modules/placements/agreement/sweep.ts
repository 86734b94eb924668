import type { Database } from '@stagebureau/db';
import {
  addDays,
  localDateOf,
  missingParties,
  requiredParties,
  unsignedAndDue,
  unsignedWarningDays,
  type AgreementParty,
} from '@stagebureau/domain';
import { placementConflictRaised, raiseConflict } from '../../conflicts/raise';
import { storedAgreementOf } from './data';
import { acceptedStartingBy, claimPlacement, regionIds, signaturesOfPlacement } from './repo';

export interface UnsignedSweepResult {
  /** `placement_unsigned` conflicts raised. */
  raised: number;
}

/**
 * Raises one `placement_unsigned` conflict for the bureau per accepted placement that starts
 * within 7 days (or has started) without every signature, listing the missing parties. Run
 * periodically by the API process (sweepPlugin) and by tests with their own `now`. Each
 * placement is one transaction under its row lock, taken with SKIP LOCKED, and the conflict
 * is raised only when none was ever raised for it: once, whatever runs concurrently.
 */
export async function runUnsignedSweep(db: Database, now: Date): Promise<UnsignedSweepResult> {
  const result: UnsignedSweepResult = { raised: 0 };
  const today = localDateOf(now);
  const until = addDays(today, unsignedWarningDays);
  for (const { id: regionId } of await regionIds(db)) {
    for (const { id } of await acceptedStartingBy(db, regionId, today, until)) {
      await db.transaction(async (tx) => {
        const claimed = await claimPlacement(tx, regionId, id);
        if (!claimed || !unsignedAndDue(claimed.placement, today)) return;
        if (await placementConflictRaised(tx, regionId, 'placement_unsigned', id)) return;
        const rows = await signaturesOfPlacement(tx, id);
        const agreement = storedAgreementOf(claimed.placement.agreement);
        const required = agreement
          ? requiredParties(agreement.data)
          : (rows.map((row) => row.party) as AgreementParty[]);
        const { placement } = claimed;
        await raiseConflict(tx, {
          regionId,
          type: 'placement_unsigned',
          schoolId: placement.schoolId,
          offerId: claimed.offerId,
          sessionId: claimed.sessionId,
          bookingIds: [placement.bookingId],
          details: {
            placementId: placement.id,
            pseudonym: claimed.pseudonym,
            placeTitle: claimed.placeTitle,
            startsOn: placement.startsOn,
            missingParties: missingParties(required, rows),
          },
        });
        result.raised += 1;
      });
    }
  }
  return result;
}
