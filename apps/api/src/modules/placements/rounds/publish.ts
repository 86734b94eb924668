import type { Database, Transaction } from '@stagebureau/db';
import {
  DomainError,
  afterSetback,
  decideRoundMove,
  stepReasonOf,
  type Actor,
  type Language,
  type MatchingPlace,
  type RoundResult,
} from '@stagebureau/domain';
import { auditActorOf, recordAudit, type AuditActor } from '../../audit/record';
import { orThrow } from '../../bookings';
import { proposePlacementIn } from '../service';
import {
  findPreference,
  findRound,
  preferencesOf,
  roundPlaces,
  setResult,
  updateRound,
  type PreferenceRow,
  type RoundRow,
} from './repo';
import { busyByPupil } from './run';
import { managedRound } from './service';
import { matchingPlaceOf, resultOf, roundDetail, roundEntity } from './view';

/** The round's places as they stand now: seats left, none once started or cancelled. */
export async function placesNow(
  tx: Transaction,
  round: RoundRow,
  now: Date,
): Promise<MatchingPlace[]> {
  const found = await roundPlaces(tx, round.regionId, round.placeIds);
  return found.map((place) => matchingPlaceOf(place, now));
}

/**
 * Proposes the pupil for the result's current choice through the one booking path; when it
 * refuses (the place filled up since the run, the pupil got another placement, …) the next
 * preference that fits the places left now, until one is proposed or none is left. Each
 * attempt runs in a savepoint, so a refusal writes nothing.
 */
export async function proposeWithFallback(
  tx: Transaction,
  actor: Actor,
  round: RoundRow,
  row: PreferenceRow,
  start: RoundResult,
  now: Date,
): Promise<RoundResult> {
  let result = start;
  while (result.placeId !== null && result.preferenceRank !== null) {
    const choice = { placeId: result.placeId, preferenceRank: result.preferenceRank };
    try {
      const placementId = await tx.transaction((savepoint) =>
        proposePlacementIn(
          savepoint,
          actor,
          { placeId: choice.placeId, participantId: row.participantId },
          now,
          { roundId: round.id, preferenceRank: choice.preferenceRank },
        ),
      );
      return { ...result, placementId };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const busy = await busyByPupil(tx, round.regionId, [row.participantId]);
      const pupil = {
        id: row.participantId,
        preferences: row.placeIds,
        busy: busy.get(row.participantId) ?? [],
      };
      const failed = { ...choice, why: stepReasonOf(error.code) };
      result = afterSetback(result, pupil, failed, await placesNow(tx, round, now)).result;
    }
  }
  return result;
}

export const outcomeOf = (result: RoundResult) => ({
  placementId: result.placementId,
  placeId: result.placeId,
  preferenceRank: result.preferenceRank,
  steps: result.steps,
});

/** One pupil's proposal, in its own transaction under the pupil's row lock; done once. */
async function publishPupil(
  db: Database,
  actor: Actor,
  audit: AuditActor,
  round: RoundRow,
  participantId: string,
  now: Date,
) {
  await db.transaction(async (tx) => {
    const row = await findPreference(tx, round.id, participantId, true);
    const result = resultOf(row?.result);
    if (!row || !result || result.settled) return;
    const next = await proposeWithFallback(tx, actor, round, row, result, now);
    await setResult(tx, row.id, { ...next, settled: true });
    await recordAudit(tx, audit, {
      entity: 'placement_preference',
      entityId: row.id,
      action: 'published',
      after: outcomeOf(next),
    });
  });
}

/**
 * Publishes the run round: each pupil the draw placed, in lottery order, is proposed to the
 * company (who confirms or declines through the placement's accept and decline); a proposal
 * the booking path refuses sends the pupil to the next preference that fits. The round is
 * published even if some pupils end unplaced: their result says why. Calling it again on a
 * published round finishes the pupils an interrupted publish left (none: 409).
 */
export async function publishRound(
  db: Database,
  actor: Actor,
  id: string,
  language: Language,
  now: Date,
) {
  await managedRound(db, actor, id);
  const audit = auditActorOf(actor);
  const round = await db.transaction(async (tx) => {
    const locked = (await findRound(tx, actor.regionId, id, true))!;
    if (locked.status === 'published') {
      const rows = await preferencesOf(tx, locked.id);
      if (rows.every((row) => resultOf(row.result)?.settled !== false))
        orThrow(decideRoundMove(locked.status, 'publish'));
      return locked;
    }
    const status = orThrow(decideRoundMove(locked.status, 'publish'));
    await updateRound(tx, locked.id, { status, publishedAt: now });
    await recordAudit(tx, audit, {
      entity: roundEntity,
      entityId: locked.id,
      action: 'published',
      after: { status },
    });
    return { ...locked, status, publishedAt: now };
  });
  const pending = (await preferencesOf(db, round.id))
    .map((row) => ({ participantId: row.participantId, result: resultOf(row.result) }))
    .filter((pupil) => pupil.result && !pupil.result.settled)
    .sort((a, b) => a.result!.turn - b.result!.turn);
  for (const pupil of pending)
    await publishPupil(db, actor, audit, round, pupil.participantId, now);
  return roundDetail(db, actor, round, language, now);
}
