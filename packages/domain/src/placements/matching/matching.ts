import { randomFrom, shuffled } from '../../allocation/prng';
import { explainMatch } from './explain';

/**
 * A matching round for internship places (issue 16, decision 008): random serial dictatorship.
 * A seeded lottery orders the pupils; each in turn takes their best preference that is in the
 * round, does not overlap a placement they already hold, and still has room. Pure and plain
 * JSON in and out, so anyone can re-run a round from its revealed seed.
 */
export interface MatchingPeriod {
  startsAt: string;
  endsAt: string;
}

export interface MatchingPlace extends MatchingPeriod {
  id: string;
  /** Places still free when the round runs. */
  remaining: number;
}

export interface MatchingPupil {
  id: string;
  /** Place ids, best first (at most 5, see the contract). */
  preferences: string[];
  /** Placements the pupil already holds; a place overlapping one of them is skipped. */
  busy?: MatchingPeriod[];
}

export interface MatchingInput {
  /** Lowercase hex, as for allocation rounds: its SHA-256 is published before the round. */
  seed: string;
  places: MatchingPlace[];
  pupils: MatchingPupil[];
}

export type MatchingSkipReason = 'full' | 'overlaps' | 'unknown_place';

export interface SkippedPreference {
  placeId: string;
  why: MatchingSkipReason;
}

export interface PupilMatch {
  pupilId: string;
  placeId: string | null;
  /** 1-based rank of the place in the pupil's preferences; null when not placed. */
  preferenceRank: number | null;
  /** 1-based position in the lottery order. */
  turn: number;
  /** The better preferences passed over, best first (all of them when not placed). */
  skipped: SkippedPreference[];
  explanation: string;
}

export interface MatchingResult {
  /** Pupil ids in lottery order. */
  order: string[];
  /** One per pupil, in lottery order. */
  matches: PupilMatch[];
}

export interface MatchingChoice {
  placeId: string;
  preferenceRank: number;
}

/** Half-open periods: one that ends when the other starts does not overlap it. */
const overlaps = (a: MatchingPeriod, b: MatchingPeriod): boolean =>
  Date.parse(a.startsAt) < Date.parse(b.endsAt) && Date.parse(b.startsAt) < Date.parse(a.endsAt);

/** Whole free places; a negative or fractional count never lets a place over-fill. */
const roomIn = (remaining: number): number => Math.max(0, Math.floor(remaining));

/** Why the pupil cannot take this place now, or null when they can. Overlap is the pupil's own
 * constraint whatever the draw, so it is named before `full`. */
function obstacle(
  pupil: MatchingPupil,
  place: MatchingPlace | undefined,
  room: (place: MatchingPlace) => number,
): MatchingSkipReason | null {
  if (!place) return 'unknown_place';
  if ((pupil.busy ?? []).some((busy) => overlaps(busy, place))) return 'overlaps';
  if (room(place) <= 0) return 'full';
  return null;
}

/** The pupil's best preference ranked below `afterRank` that they can take, and those passed over. */
function firstFitting(
  pupil: MatchingPupil,
  afterRank: number,
  places: ReadonlyMap<string, MatchingPlace>,
  room: (place: MatchingPlace) => number,
): { choice: MatchingChoice | null; skipped: SkippedPreference[] } {
  const skipped: SkippedPreference[] = [];
  for (const [index, placeId] of pupil.preferences.entries()) {
    const preferenceRank = index + 1;
    if (preferenceRank <= afterRank) continue;
    const why = obstacle(pupil, places.get(placeId), room);
    if (why === null) return { choice: { placeId, preferenceRank }, skipped };
    skipped.push({ placeId, why });
  }
  return { choice: null, skipped };
}

function byId<T extends { id: string }>(items: readonly T[], what: string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    if (map.has(item.id)) throw new Error(`duplicate ${what} id ${item.id}`);
    map.set(item.id, item);
  }
  return map;
}

/**
 * The lottery: pupil ids sorted by code unit (not locale), then shuffled with the seed, so the
 * order depends on the seed and the set of pupils, never on the order they were read in.
 */
export function matchingOrder(seed: string, pupilIds: readonly string[]): string[] {
  const sorted = [...pupilIds].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return shuffled(sorted, randomFrom(seed));
}

/** Runs the round: the same input and seed give the same result, whatever the array order. */
export function matchPupils(input: MatchingInput): MatchingResult {
  const places = byId(input.places, 'place');
  const pupils = byId(input.pupils, 'pupil');
  const order = matchingOrder(input.seed, [...pupils.keys()]);
  const free = new Map(input.places.map((place) => [place.id, roomIn(place.remaining)]));
  const room = (place: MatchingPlace) => free.get(place.id)!;

  const matches = order.map((pupilId, index): PupilMatch => {
    const { choice, skipped } = firstFitting(pupils.get(pupilId)!, 0, places, room);
    if (choice) free.set(choice.placeId, free.get(choice.placeId)! - 1);
    const match = {
      pupilId,
      placeId: choice?.placeId ?? null,
      preferenceRank: choice?.preferenceRank ?? null,
      turn: index + 1,
      skipped,
    };
    return { ...match, explanation: explainMatch(match, order.length) };
  });
  return { order, matches };
}

/**
 * After a company declines: the pupil's best preference ranked below `afterRank` that is in
 * `places`, has room now and does not overlap the pupil's `busy` periods (the same rule as a
 * turn in the round); null when none is left.
 */
export function nextChoice(
  pupil: MatchingPupil,
  afterRank: number,
  places: MatchingPlace[],
): MatchingChoice | null {
  const room = (place: MatchingPlace) => roomIn(place.remaining);
  return firstFitting(pupil, afterRank, byId(places, 'place'), room).choice;
}
