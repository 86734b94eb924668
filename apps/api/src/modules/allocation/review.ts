import { and, eq } from 'drizzle-orm';
import { allocationResults, type Database } from '@stagebureau/db';
import {
  DomainError,
  canReviewResult,
  checkAdjustment,
  explainAdjustment,
  fairnessFigures,
  isBureau,
  type Actor,
  type AllocationInput,
} from '@stagebureau/domain';
import { authorise } from '../../plugins/auth';
import { auditActorOf, recordAudit } from '../audit/record';
import { orThrow } from '../bookings/apply';
import { findRound, listRequests, listResults, type RoundRow } from './repo';
import { readRound } from './rounds';
import { placementView, roundView, statusOf } from './view';

function ranRound(round: RoundRow): AllocationInput {
  if (!round.seedRevealedAt || !round.runInput)
    throw new DomainError('allocation_round_not_ready', 'the round has not been run yet');
  return round.runInput as AllocationInput;
}

/** The bureau sees every placement and the fairness figures; a school its own placements. */
export async function resultFor(db: Database, actor: Actor, roundId: string, now: Date) {
  const round = await readRound(db, actor, roundId);
  const input = ranRound(round);
  const requests = new Map((await listRequests(db, actor.regionId, roundId)).map((r) => [r.id, r]));
  const results = await listResults(db, actor.regionId, roundId);
  const bureau = isBureau(actor.role);
  const placements = results
    .filter((result) => bureau || requests.get(result.requestId)?.schoolId === actor.organisationId)
    .map((result) => placementView(result, requests.get(result.requestId)!));
  return {
    round: roundView(round, now),
    placements,
    fairness: bureau ? fairnessFigures(input.requests, results, input.eligiblePupils) : null,
  };
}

/**
 * Everything needed to re-run the draw. For a school, other schools', classes' and requests'
 * ids are replaced by stable pseudonyms (the draw depends on list order, not on id values, so
 * the replay still reproduces the same placements); its own ids stay so it can find itself.
 */
export async function replayFor(db: Database, actor: Actor, roundId: string) {
  const round = await readRound(db, actor, roundId);
  const input = ranRound(round);
  const results = await listResults(db, actor.regionId, roundId);
  const ownSchool = isBureau(actor.role) ? null : actor.organisationId;
  const own = new Set(
    input.requests
      .filter((r) => r.schoolId === ownSchool)
      .flatMap((r) => [r.id, r.classId, r.schoolId]),
  );
  const names = new Map<string, string>();
  const alias = (kind: string, id: string) => {
    if (ownSchool === null || own.has(id)) return id;
    if (!names.has(id))
      names.set(
        id,
        `${kind}-${[...names.keys()].filter((k) => names.get(k)!.startsWith(kind)).length + 1}`,
      );
    return names.get(id)!;
  };
  const rename = (record: Record<string, number>, kind: string) =>
    Object.fromEntries(Object.entries(record).map(([id, value]) => [alias(kind, id), value]));
  const replayInput: AllocationInput = {
    ...input,
    requests: input.requests.map((r) => ({
      ...r,
      id: alias('request', r.id),
      schoolId: alias('school', r.schoolId),
      classId: alias('class', r.classId),
    })),
    held: input.held.map((h) => ({ ...h, schoolId: alias('school', h.schoolId) })),
    classBusy: input.classBusy.map((b) => ({ ...b, classId: alias('class', b.classId) })),
    eligiblePupils: rename(input.eligiblePupils, 'school'),
    ledger: rename(input.ledger, 'school'),
  };
  return {
    algorithm: 'snake_draft/v1' as const,
    seed: round.seed,
    seedHash: round.seedHash,
    input: replayInput as unknown as Record<string, unknown>,
    schoolOrder: ((round.schoolOrder as string[] | null) ?? []).map((id) => alias('school', id)),
    placements: results.map((result) => ({
      requestId: alias('request', result.requestId),
      sessionId: result.drawnSessionId,
      preferenceRank: result.drawnPreferenceRank,
      draftRound: result.roundNo,
      pick: result.pick,
    })),
  };
}

/** The bureau moves one request's placement, with a reason; never after publication. */
export async function adjustPlacement(
  db: Database,
  actor: Actor,
  roundId: string,
  body: { requestId: string; sessionId: string | null; reason: string },
  now: Date,
) {
  authorise(actor, 'allocationRound.manage', { regionId: actor.regionId });
  return db.transaction(async (tx) => {
    const round = await findRound(tx, actor.regionId, roundId, true);
    if (!round) throw new DomainError('not_found');
    orThrow(canReviewResult(statusOf(round, now)));
    const input = ranRound(round);
    const results = await listResults(tx, actor.regionId, roundId);
    const before = results.find((result) => result.requestId === body.requestId);
    if (!before) throw new DomainError('not_found', 'request is not part of this round');
    const { preferenceRank } = orThrow(
      checkAdjustment(input, results, body.requestId, body.sessionId),
    );
    const explanation = explainAdjustment(
      { sessionId: body.sessionId, preferenceRank, reason: body.reason },
      before.drawnExplanation,
    );
    const [after] = await tx
      .update(allocationResults)
      .set({
        sessionId: body.sessionId,
        preferenceRank,
        explanation,
        adjustedBy: actor.userId,
        adjustReason: body.reason,
        updatedAt: now,
      })
      .where(
        and(
          eq(allocationResults.roundId, roundId),
          eq(allocationResults.requestId, body.requestId),
        ),
      )
      .returning();
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'allocation_result',
      entityId: body.requestId,
      action: 'adjust',
      before: { sessionId: before.sessionId, preferenceRank: before.preferenceRank },
      after: { sessionId: after!.sessionId, preferenceRank: after!.preferenceRank },
      reason: body.reason,
    });
  });
}
