import { eq } from 'drizzle-orm';
import {
  allocationResults,
  allocationRounds,
  type Database,
  type Transaction,
} from '@stagebureau/db';
import {
  DomainError,
  allocate,
  canRun,
  capsFor,
  defaultRegionSettings,
  pupilBaseOf,
  schoolYearOf as reportYearOf,
  seasonOf,
  type Actor,
  type AllocationInput,
  type AllocationPolicy,
} from '@stagebureau/domain';
import { authorise } from '../../plugins/auth';
import { auditActorOf, recordAudit } from '../audit/record';
import { orThrow } from '../bookings/apply';
import { duoPupilsBySchool } from '../organisations/service';
import { loadRegionWithSettings } from '../region/service';
import {
  classBusyTimes,
  findRound,
  heldSeats,
  ledgerRows,
  listRequests,
  listResults,
  pupilsPerSchool,
  sessionsWithOffers,
  type RoundRow,
} from './repo';
import { statusOf } from './view';

export const schoolYearOf = (instant: Date) => seasonOf(instant).from.toISOString().slice(0, 4);

/** Freezes what the draw needs from the database at the run: seats, caps, holdings, weights. */
async function inputOf(tx: Transaction, round: RoundRow): Promise<AllocationInput> {
  const regionId = round.regionId;
  const region = await loadRegionWithSettings(tx, regionId);
  const settings = region?.settings ?? defaultRegionSettings;
  const found = await sessionsWithOffers(tx, regionId, round.sessionIds);
  const byId = new Map(found.map((row) => [row.session.id, row]));
  const ordered = round.sessionIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  const requests = await listRequests(tx, regionId, round.id);
  const schoolIds = [...new Set(requests.map((request) => request.schoolId))].sort();
  const offerIds = [...new Set(ordered.map((row) => row.offer.id))];
  const classSeats = await pupilsPerSchool(tx, regionId, schoolIds);
  const duo = await duoPupilsBySchool(tx, regionId, reportYearOf(round.requestWindowClosesAt));
  const ledger = await ledgerRows(tx, regionId, schoolYearOf(round.requestWindowClosesAt));
  return {
    seed: round.seed,
    policy: round.policy as AllocationPolicy,
    sessions: ordered.map(({ session, offer }) => ({
      id: session.id,
      offerId: offer.id,
      seatsFree:
        session.status === 'scheduled' ? Math.max(0, session.capacity - session.bookedSeats) : 0,
      startsAt: session.startsAt.toISOString(),
      endsAt: session.endsAt.toISOString(),
      capPerSchool: capsFor(settings, offer).perSession,
    })),
    offers: offerIds.map((id) => ({
      id,
      capPerSchool: capsFor(settings, ordered.find((row) => row.offer.id === id)!.offer).perOffer,
    })),
    requests: requests.map((request) => ({
      id: request.id,
      schoolId: request.schoolId,
      classId: request.classId,
      seats: request.seats,
      preferences: request.preferences,
    })),
    held: await heldSeats(tx, regionId, schoolIds, offerIds),
    classBusy: (
      await classBusyTimes(tx, regionId, [...new Set(requests.map((r) => r.classId))].sort())
    ).map((busy) => ({
      // Asked for by class id, so never a teacher's placement without one.
      classId: busy.classId!,
      startsAt: busy.startsAt.toISOString(),
      endsAt: busy.endsAt.toISOString(),
    })),
    // DUO's count where imported, else the seats of the school's classes (pupilBaseOf).
    eligiblePupils: Object.fromEntries(
      schoolIds.map((schoolId) => [
        schoolId,
        pupilBaseOf(
          classSeats.find((row) => row.schoolId === schoolId)?.pupils ?? 0,
          duo.get(schoolId),
        ).pupils,
      ]),
    ),
    ledger: Object.fromEntries(
      ledger
        .filter((row) => schoolIds.includes(row.schoolId))
        .map((row) => [row.schoolId, row.shortfall]),
    ),
  };
}

/**
 * Runs the draw after the window closed: reveals the seed, freezes the input, stores the
 * proposed placements with explanations. Running again repeats the draw on the frozen input
 * and must give the same placements (it is checked); the bureau's adjustments stay.
 */
export async function runRound(db: Database, actor: Actor, roundId: string, now: Date) {
  authorise(actor, 'allocationRound.manage', { regionId: actor.regionId });
  return db.transaction(async (tx) => {
    const round = await findRound(tx, actor.regionId, roundId, true);
    if (!round) throw new DomainError('not_found');
    orThrow(canRun(statusOf(round, now)));
    const firstRun = round.status === 'open';
    const input = firstRun ? await inputOf(tx, round) : (round.runInput as AllocationInput);
    const result = allocate(input);
    if (firstRun) {
      await tx
        .update(allocationRounds)
        .set({
          status: 'run',
          seedRevealedAt: now,
          runInput: input,
          schoolOrder: result.schoolOrder,
          updatedAt: now,
        })
        .where(eq(allocationRounds.id, round.id));
      if (result.placements.length > 0)
        await tx.insert(allocationResults).values(
          result.placements.map((placement) => ({
            regionId: round.regionId,
            roundId: round.id,
            requestId: placement.requestId,
            drawnSessionId: placement.sessionId,
            drawnPreferenceRank: placement.preferenceRank,
            drawnExplanation: placement.explanation,
            sessionId: placement.sessionId,
            preferenceRank: placement.preferenceRank,
            roundNo: placement.draftRound,
            pick: placement.pick,
            explanation: placement.explanation,
          })),
        );
    } else {
      const stored = await listResults(tx, round.regionId, round.id);
      const same =
        stored.length === result.placements.length &&
        result.placements.every((placement, index) => {
          const row = stored[index]!;
          return (
            row.requestId === placement.requestId && row.drawnSessionId === placement.sessionId
          );
        });
      if (!same)
        throw new DomainError('internal_error', 'the repeated draw differs from the stored one');
    }
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'allocation_round',
      entityId: round.id,
      action: firstRun ? 'run' : 'rerun',
      after: { seed: round.seed, seedHash: round.seedHash, schoolOrder: result.schoolOrder },
    });
    return round.id;
  });
}
