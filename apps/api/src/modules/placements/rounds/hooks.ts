import { afterSetback, type Actor } from '@stagebureau/domain';
import { auditActorOf, recordAudit } from '../../audit/record';
import { placementHooks, type PlacementHook } from '../service';
import { findPreference, findRound, setResult } from './repo';
import { busyByPupil } from './run';
import { outcomeOf, placesNow, proposeWithFallback } from './publish';
import { resultOf } from './view';

/**
 * A company declined a pupil the round proposed: inside the decline's transaction, the pupil
 * goes to the next preference below the declined one that has room now (decision 008),
 * proposed on behalf of the round's coordinator, and the result tells why. Nobody else's
 * proposal moves.
 */
export const nextChoiceAfterDecline: PlacementHook = async (tx, actor, placement, now) => {
  if (!placement.roundId || placement.preferenceRank === null) return;
  const round = await findRound(tx, placement.regionId, placement.roundId);
  if (!round || round.status !== 'published') return;
  const row = await findPreference(tx, round.id, placement.participantId, true);
  const result = resultOf(row?.result);
  if (!row || !result || result.placementId !== placement.id) return;
  const busy = await busyByPupil(tx, round.regionId, [row.participantId]);
  const pupil = {
    id: row.participantId,
    preferences: row.placeIds,
    busy: busy.get(row.participantId) ?? [],
  };
  const declined = afterSetback(
    result,
    pupil,
    { preferenceRank: placement.preferenceRank, placeId: placement.placeId, why: 'declined' },
    await placesNow(tx, round, now),
  );
  const coordinator: Actor = {
    userId: round.createdBy ?? actor.userId,
    role: 'school_coordinator',
    regionId: round.regionId,
    organisationId: round.schoolId,
  };
  const next = await proposeWithFallback(tx, coordinator, round, row, declined.result, now);
  await setResult(tx, row.id, next);
  await recordAudit(tx, auditActorOf(actor), {
    entity: 'placement_preference',
    entityId: row.id,
    action: 'declined_next_choice',
    before: { placementId: placement.id, preferenceRank: placement.preferenceRank },
    after: outcomeOf(next),
  });
};

/** Attaches the hook once per process, however many apps are built (tests build many). */
export function registerRoundHooks(): void {
  const hooks = (placementHooks.decline ??= []);
  if (!hooks.includes(nextChoiceAfterDecline)) hooks.push(nextChoiceAfterDecline);
}
