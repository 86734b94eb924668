import { regions, type Database } from '@stagebureau/db';
import { localDateOf } from '@stagebureau/domain';
import { recordAudit, systemActor } from '../../audit/record';
import { notify } from '../../notifications/notify';
import { evaluationPath, findAttendancePlacement, newLink } from '../attendance';
import { insertRequest, placementsToEvaluate } from './repo';

/**
 * Once a signed placement's period has ended, its supervisor gets the evaluation form by a
 * one-time link, once: the evaluation row (unique per placement) is the record that it went
 * out. Run by the attendance sweep plugin, and by tests with their own `now`.
 */
export async function requestEvaluations(db: Database, now: Date): Promise<number> {
  const today = localDateOf(now);
  let requested = 0;
  for (const { id: regionId } of await db.select({ id: regions.id }).from(regions)) {
    for (const placementId of await placementsToEvaluate(db, regionId, today)) {
      await db.transaction(async (tx) => {
        const loaded = await findAttendancePlacement(tx, regionId, placementId, 'skip');
        if (!loaded || loaded.placement.status !== 'signed' || loaded.placement.endsOn >= today)
          return;
        const { token, tokenHash } = newLink();
        const evaluationId = await insertRequest(tx, { regionId, placementId, tokenHash });
        if (!evaluationId) return;
        await recordAudit(tx, systemActor(regionId), {
          entity: 'placement_evaluation',
          entityId: evaluationId,
          action: 'requested',
          after: { placementId, requestedAt: now.toISOString() },
        });
        await notify(tx, {
          kind: 'placement.evaluation_requested',
          regionId,
          evaluationId,
          path: evaluationPath(token),
        });
        requested += 1;
      });
    }
  }
  return requested;
}
