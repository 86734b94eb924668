import { and, eq } from 'drizzle-orm';
import { allocationResults, allocationRounds, bookings, type Database } from '@stagebureau/db';
import {
  DomainError,
  canReviewResult,
  type Actor,
  type AllocationInput,
} from '@stagebureau/domain';
import { authorise } from '../../plugins/auth';
import { auditActorOf, recordAudit } from '../audit/record';
import { notifyAllocationPublished } from '../notifications/allocationEvents';
import { orThrow } from '../bookings/apply';
import { isClassOverlap, lockSession, takeSeats } from '../bookings/repo';
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
      if (status === 'confirmed' && !(await takeSeats(tx, session.id, request.seats)))
        throw new DomainError(
          'session_full',
          `session ${session.id} filled up since the run; run a new round`,
        );
      let bookingId: string;
      try {
        const [booking] = await tx
          .insert(bookings)
          .values({
            regionId: actor.regionId,
            sessionId: session.id,
            offerId: session.offerId,
            schoolId: request.schoolId,
            classId: request.classId,
            seats: request.seats,
            status,
            startsAt: session.startsAt,
            endsAt: session.endsAt,
            statusReason: result.explanation,
            createdBy: actor.userId,
          })
          .returning({ id: bookings.id });
        bookingId = booking!.id;
      } catch (error) {
        if (isClassOverlap(error))
          throw new DomainError('class_busy', `class ${request.classId} is busy then`);
        throw error;
      }
      (status === 'confirmed' ? confirmedBookingIds : waitlistedBookingIds).push(bookingId);
      await tx
        .update(allocationResults)
        .set({ bookingId, updatedAt: now })
        .where(
          and(eq(allocationResults.roundId, roundId), eq(allocationResults.requestId, request.id)),
        );
      await recordAudit(tx, auditActorOf(actor), {
        entity: 'booking',
        entityId: bookingId,
        action: status === 'confirmed' ? 'allocate' : 'waitlist',
        after: {
          sessionId: session.id,
          classId: request.classId,
          seats: request.seats,
          status,
          allocationRoundId: roundId,
        },
        reason: result.explanation,
      });
    }
    const perSchool = new Map<string, { requested: number; placed: number }>();
    for (const result of results) {
      const request = requests.get(result.requestId)!;
      const totals = perSchool.get(request.schoolId) ?? { requested: 0, placed: 0 };
      totals.requested += request.seats;
      if (result.sessionId) totals.placed += request.seats;
      perSchool.set(request.schoolId, totals);
    }
    const schoolYear = schoolYearOf(round.requestWindowClosesAt);
    for (const [schoolId, totals] of [...perSchool].sort(([a], [b]) => (a < b ? -1 : 1)))
      await addShortfall(tx, {
        regionId: actor.regionId,
        schoolId,
        schoolYear,
        shortfall: 1 - totals.placed / totals.requested,
      });
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
