import { and, eq } from 'drizzle-orm';
import { allocationResults, allocationRounds, type Database } from '@stagebureau/db';
import {
  DomainError,
  canReviewResult,
  shortfallsOf,
  type Actor,
  type AllocationInput,
} from '@stagebureau/domain';
import { authorise } from '../../plugins/auth';
import { auditActorOf, recordAudit } from '../audit/record';
import { notifyAllocationPublished } from '../notifications/allocationEvents';
import { lockSession, orThrow, placeBookingIn } from '../bookings';
import { addShortfall, findRound, listRequests, listResults } from './repo';
import { schoolYearOf } from './run';
import { statusOf } from './view';

/**
 * Publishes the reviewed result in one transaction: placed requests become confirmed bookings
 * (seats taken with the bookings module's conditional counter update, sessions locked in id
 * order), unplaced ones wait on their first preference in pick order, the ledger records each
 * school's shortfall. Any refusal (a session filled meanwhile, a class now busy) rolls back all.
 */
export async function publishRound(db: Database, actor: Actor, roundId: string, now: Date) {
  authorise(actor, 'allocationRound.manage', { regionId: actor.regionId });
  return db.transaction(async (tx) => {
    const round = await findRound(tx, actor.regionId, roundId, true);
    if (!round) throw new DomainError('not_found');
    orThrow(canReviewResult(statusOf(round, now)));
    const input = round.runInput as AllocationInput;
    const requests = new Map(
      (await listRequests(tx, actor.regionId, roundId)).map((r) => [r.id, r]),
    );
    const results = await listResults(tx, actor.regionId, roundId);
    const sessionIds = [...new Set(input.sessions.map((session) => session.id))].sort();
    const sessions = new Map<string, NonNullable<Awaited<ReturnType<typeof lockSession>>>>();
    for (const id of sessionIds) {
      const session = await lockSession(tx, actor.regionId, id);
      if (session) sessions.set(id, session);
    }
    const confirmedBookingIds: string[] = [];
    const waitlistedBookingIds: string[] = [];
    for (const result of results) {
      const request = requests.get(result.requestId)!;
      const sessionId = result.sessionId ?? request.preferences[0]!;
      const session = sessions.get(sessionId);
      if (!session)
        throw new DomainError('conflict', `session ${sessionId} is no longer available`);
      const status = result.sessionId ? 'confirmed' : 'waitlisted';
      const placed = await placeBookingIn(
        tx,
        {
          source: 'allocation',
          actor,
          sessionId: session.id,
          classId: request.classId,
          request: {
            status,
            statusReason: result.explanation,
            reason: result.explanation,
            context: { allocationRoundId: roundId },
          },
        },
        now,
      ).catch((error: unknown) => {
        if (error instanceof DomainError && error.code === 'session_full')
          throw new DomainError(
            'session_full',
            `session ${session.id} filled up since the run; run a new round`,
          );
        throw error;
      });
      const bookingId = placed.id;
      (status === 'confirmed' ? confirmedBookingIds : waitlistedBookingIds).push(bookingId);
      await tx
        .update(allocationResults)
        .set({ bookingId, updatedAt: now })
        .where(
          and(eq(allocationResults.roundId, roundId), eq(allocationResults.requestId, request.id)),
        );
    }
    const schoolYear = schoolYearOf(round.requestWindowClosesAt);
    const placements = results.map((result) => ({
      schoolId: requests.get(result.requestId)!.schoolId,
      seats: requests.get(result.requestId)!.seats,
      placed: result.sessionId !== null,
    }));
    for (const { schoolId, shortfall } of shortfallsOf(placements))
      await addShortfall(tx, { regionId: actor.regionId, schoolId, schoolYear, shortfall });
    const [published] = await tx
      .update(allocationRounds)
      .set({ status: 'published', publishedAt: now, updatedAt: now })
      .where(eq(allocationRounds.id, roundId))
      .returning();
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'allocation_round',
      entityId: roundId,
      action: 'publish',
      after: { confirmed: confirmedBookingIds.length, waitlisted: waitlistedBookingIds.length },
    });
    await notifyAllocationPublished(tx, actor.regionId, roundId);
    return { round: published!, confirmedBookingIds, waitlistedBookingIds };
  });
}
