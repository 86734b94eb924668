import type { Database, Transaction } from '@stagebureau/db';
import {
  decideRoundMove,
  matchPupils,
  roundResultOf,
  type Actor,
  type MatchingInput,
  type MatchingPeriod,
  type Language,
} from '@stagebureau/domain';
import { auditActorOf, recordAudit } from '../../audit/record';
import { orThrow } from '../../bookings';
import {
  busyPeriods,
  findRound,
  preferencesOf,
  roundPlaces,
  setResult,
  updateRound,
  type RoundRow,
} from './repo';
import { managedRound } from './service';
import { matchingPlaceOf, roundDetail, roundEntity } from './view';

/** The pupils' live placements, as periods per pupil. */
export async function busyByPupil(
  tx: Transaction,
  regionId: string,
  participantIds: readonly string[],
): Promise<Map<string, MatchingPeriod[]>> {
  const busy = new Map<string, MatchingPeriod[]>();
  for (const row of await busyPeriods(tx, regionId, participantIds)) {
    const periods = busy.get(row.participantId) ?? [];
    periods.push({ startsAt: row.startsAt.toISOString(), endsAt: row.endsAt.toISOString() });
    busy.set(row.participantId, periods);
  }
  return busy;
}

/**
 * What the draw sees at the run: each place's seats left now (capacity − booked, none once
 * started or cancelled), each pupil's ranked places and live placements.
 */
async function inputOf(tx: Transaction, round: RoundRow, now: Date): Promise<MatchingInput> {
  const found = await roundPlaces(tx, round.regionId, round.placeIds);
  const rows = await preferencesOf(tx, round.id);
  const busy = await busyByPupil(
    tx,
    round.regionId,
    rows.map((row) => row.participantId),
  );
  return {
    seed: round.seed,
    places: round.placeIds.flatMap((id) => {
      const place = found.find((row) => row.id === id);
      return place ? [matchingPlaceOf(place, now)] : [];
    }),
    pupils: rows.map((row) => ({
      id: row.participantId,
      preferences: row.placeIds,
      busy: busy.get(row.participantId) ?? [],
    })),
  };
}

/**
 * Runs the round once: freezes the input, draws with the committed seed (`matchPupils`),
 * stores each pupil's result with its turn and explanation, and reveals the seed. The frozen
 * input (seats left, preferences, placements held) goes into the run's audit event.
 */
export async function runRound(
  db: Database,
  actor: Actor,
  id: string,
  language: Language,
  now: Date,
) {
  await managedRound(db, actor, id);
  const round = await db.transaction(async (tx) => {
    const locked = (await findRound(tx, actor.regionId, id, true))!;
    const status = orThrow(decideRoundMove(locked.status, 'run'));
    const input = await inputOf(tx, locked, now);
    const { matches, order } = matchPupils(input);
    const rows = await preferencesOf(tx, locked.id);
    for (const match of matches) {
      const row = rows.find((candidate) => candidate.participantId === match.pupilId)!;
      await setResult(tx, row.id, roundResultOf(match, matches.length));
    }
    await updateRound(tx, locked.id, { status, runAt: now });
    await recordAudit(tx, auditActorOf(actor), {
      entity: roundEntity,
      entityId: locked.id,
      action: 'run',
      after: { seed: locked.seed, seedHash: locked.seedHash, order, input },
    });
    return { ...locked, status, runAt: now };
  });
  return roundDetail(db, actor, round, language, now);
}
