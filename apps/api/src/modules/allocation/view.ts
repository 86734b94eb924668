import {
  allocationRoundStatus,
  type AllocationRoundView,
  type AllocationPolicy,
} from '@stagebureau/domain';
import type { RequestRow, ResultRow, RoundRow } from './repo';

export const statusOf = (round: RoundRow, now: Date) =>
  allocationRoundStatus(
    round.status,
    { opensAt: round.requestWindowOpensAt, closesAt: round.requestWindowClosesAt },
    now,
  );

/** The round as anyone allowed sees it: the seed only once the run revealed it. */
export function roundView(round: RoundRow, now: Date): AllocationRoundView {
  return {
    id: round.id,
    name: round.name,
    status: statusOf(round, now),
    sessionIds: round.sessionIds,
    requestWindow: {
      opensAt: round.requestWindowOpensAt.toISOString(),
      closesAt: round.requestWindowClosesAt.toISOString(),
    },
    policy: round.policy as AllocationPolicy,
    seedHash: round.seedHash,
    seed: round.seedRevealedAt ? round.seed : null,
    runAt: round.seedRevealedAt?.toISOString() ?? null,
    publishedAt: round.publishedAt?.toISOString() ?? null,
    createdAt: round.createdAt.toISOString(),
  };
}

export const requestView = (row: RequestRow) => ({
  id: row.id,
  roundId: row.roundId,
  schoolId: row.schoolId,
  classId: row.classId,
  seats: row.seats,
  preferences: row.preferences,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export const placementView = (result: ResultRow, request: RequestRow) => ({
  requestId: result.requestId,
  schoolId: request.schoolId,
  classId: request.classId,
  seats: request.seats,
  sessionId: result.sessionId,
  preferenceRank: result.preferenceRank,
  draftRound: result.roundNo,
  pick: result.pick,
  explanation: result.explanation,
  adjustment:
    result.adjustedBy && result.adjustReason
      ? { by: result.adjustedBy, reason: result.adjustReason }
      : null,
});
