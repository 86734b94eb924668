import type { Database } from '@stagebureau/db';
import {
  explainRoundResult,
  localDateOf,
  remainingOf,
  roundResultSchema,
  type Actor,
  type Language,
  type MatchingPlace,
  type PlacementRoundPupil,
  type PlacementRoundView,
  type RoundResult,
} from '@stagebureau/domain';
import { readParticipants } from '../participants/service';
import {
  placementStatuses,
  preferencesOf,
  roundPlaces,
  type RoundPlaceRow,
  type RoundRow,
} from './repo';

/** The audit entity of a round; its `run` event holds the draw's frozen input. */
export const roundEntity = 'placement_round';

const closedAt = (place: RoundPlaceRow, now: Date) =>
  place.sessionStatus === 'cancelled' || place.startsAt <= now;

/** A place as the draw sees it: the seats left now, none once it started or was cancelled. */
export const matchingPlaceOf = (place: RoundPlaceRow, now: Date): MatchingPlace => ({
  id: place.id,
  remaining: remainingOf({ ...place, closed: closedAt(place, now) }),
  startsAt: place.startsAt.toISOString(),
  endsAt: place.endsAt.toISOString(),
});

/** The stored result, read back through its schema (null before the run). */
export const resultOf = (stored: unknown): RoundResult | null =>
  stored ? roundResultSchema.parse(stored) : null;

export const roundFields = (round: RoundRow) => ({
  id: round.id,
  title: round.title,
  schoolId: round.schoolId,
  status: round.status,
  placeIds: round.placeIds,
  seedHash: round.seedHash,
  seed: round.runAt ? round.seed : null,
  runAt: round.runAt?.toISOString() ?? null,
  publishedAt: round.publishedAt?.toISOString() ?? null,
  createdAt: round.createdAt.toISOString(),
});

/**
 * The round with its places, its pupils through the privacy view (the school sees names, the
 * bureau pseudonyms; outside reads audited), each result explained in the reader's language.
 */
export async function roundDetail(
  db: Database,
  actor: Actor,
  round: RoundRow,
  language: Language,
  now: Date,
): Promise<PlacementRoundView> {
  const found = await roundPlaces(db, round.regionId, round.placeIds);
  const places = round.placeIds.flatMap((id) => {
    const place = found.find((row) => row.id === id);
    if (!place) return [];
    return [
      {
        id,
        title: place.title,
        companyName: place.companyName,
        city: place.city,
        startsOn: localDateOf(place.startsAt),
        endsOn: localDateOf(place.endsAt),
        places: place.capacity,
        free: Math.max(0, place.capacity - place.bookedSeats),
        closed: closedAt(place, now),
      },
    ];
  });
  const rows = await preferencesOf(db, round.id);
  const people = await readParticipants(
    db,
    actor,
    rows.map((row) => row.participantId),
  );
  const results = new Map(rows.map((row) => [row.participantId, resultOf(row.result)]));
  const placementIds = [...results.values()].flatMap((r) =>
    r?.placementId ? [r.placementId] : [],
  );
  const statuses = new Map(
    (await placementStatuses(db, round.regionId, placementIds)).map((p) => [p.id, p.status]),
  );
  const pupils: PlacementRoundPupil[] = people.map((participant) => {
    const result = results.get(participant.id) ?? null;
    return {
      participant,
      placeIds: rows.find((row) => row.participantId === participant.id)!.placeIds,
      result: result && {
        turn: result.turn,
        of: result.of,
        drawnPlaceId: result.drawn.placeId,
        drawnPreferenceRank: result.drawn.preferenceRank,
        placeId: result.placeId,
        preferenceRank: result.preferenceRank,
        placementId: result.placementId,
        placementStatus: result.placementId ? (statuses.get(result.placementId) ?? null) : null,
        settled: result.settled,
        explanation: explainRoundResult(result, language),
      },
    };
  });
  if (round.runAt) pupils.sort((a, b) => (a.result?.turn ?? 0) - (b.result?.turn ?? 0));
  return { ...roundFields(round), places, pupils };
}
