import { fitsAudience, type ClassProfile, type OfferAudience } from '../audience';
import type { RoundResult, RoundStep, RoundStepReason } from '../contracts/placementRound';
import type { ErrorCode } from '../errors';
import { fail, ok, type Outcome } from '../outcome';
import type { Language } from '../vocabulary';
import {
  explainMatch,
  nextChoice,
  type MatchingChoice,
  type MatchingPlace,
  type MatchingPupil,
  type PupilMatch,
} from './matching';
import type { PlacementRoundStatus } from './vocabulary';

/**
 * A school's matching round for placements around the pure matching (decision 008): which
 * places a round may hold, which preferences a pupil may give, the round's steps, and what
 * happens to a pupil after the draw — a proposal the booking path refuses, or a company's
 * decline, sends the pupil to the next preference that fits, explained in one sentence.
 */

type Errors = { errors: { path: string; message: string }[] };
const errorsOf = (errors: Errors['errors']): Outcome<never> =>
  fail('validation_failed', errors.map((error) => error.message).join('; '), { errors });

export interface RoundPlaceFacts {
  id: string;
  startsAt: Date;
  cancelled: boolean;
  /** A teacher internship is no place for a pupil. */
  forTeachers: boolean;
}

/** Every place of a new round exists in the region, is for pupils and has not started. */
export function checkRoundPlaces(
  placeIds: readonly string[],
  found: readonly RoundPlaceFacts[],
  now: Date,
): Outcome<true> {
  const byId = new Map(found.map((place) => [place.id, place]));
  const errors = placeIds.flatMap((id, index) => {
    const place = byId.get(id);
    const why = !place
      ? 'unknown place'
      : place.forTeachers
        ? 'a teacher internship'
        : place.cancelled || place.startsAt <= now
          ? 'has started or is cancelled'
          : null;
    return why ? [{ path: `body.placeIds.${index}`, message: `${why}: ${id}` }] : [];
  });
  return errors.length ? errorsOf(errors) : ok(true);
}

export interface RoundPlaceAudience extends OfferAudience {
  id: string;
}

/**
 * A pupil's preferences name places of the round only, each one suiting the pupil (level,
 * year, profile: the rule a proposal checks); each wrong one is named.
 */
export function checkPreferencePlaces(
  roundPlaces: readonly RoundPlaceAudience[],
  pupil: ClassProfile,
  placeIds: readonly string[],
): Outcome<true> {
  const errors = placeIds.flatMap((id, index) => {
    const place = roundPlaces.find((candidate) => candidate.id === id);
    const why = !place
      ? 'not a place of this round'
      : fitsAudience(place, pupil).ok
        ? null
        : 'does not suit the pupil';
    return why ? [{ path: `body.placeIds.${index}`, message: `${why}: ${id}` }] : [];
  });
  return errors.length ? errorsOf(errors) : ok(true);
}

export type RoundMove = 'prefer' | 'run' | 'publish';
const movesFrom: Record<RoundMove, { from: PlacementRoundStatus; to: PlacementRoundStatus }> = {
  prefer: { from: 'open', to: 'open' },
  run: { from: 'open', to: 'run' },
  publish: { from: 'run', to: 'published' },
};

/** Preferences while open; one run; publishing after the run. */
export function decideRoundMove(
  status: PlacementRoundStatus,
  move: RoundMove,
): Outcome<PlacementRoundStatus> {
  const { from, to } = movesFrom[move];
  if (status === from) return ok(to);
  const detail = {
    prefer: 'preferences can only change while the round is open',
    run: 'this round has already run',
    publish: status === 'open' ? 'run the round first' : 'this round is already published',
  }[move];
  return fail('invalid_transition', detail, { status });
}

/** A started or cancelled place has no room for a pupil, whatever its seats say. */
export const remainingOf = (place: {
  capacity: number;
  bookedSeats: number;
  closed: boolean;
}): number => (place.closed ? 0 : Math.max(0, place.capacity - place.bookedSeats));

/** The pupil's result right after the draw. */
export function roundResultOf(match: PupilMatch, of: number): RoundResult {
  return {
    turn: match.turn,
    of,
    drawn: {
      placeId: match.placeId,
      preferenceRank: match.preferenceRank,
      skipped: match.skipped,
    },
    steps: [],
    placeId: match.placeId,
    preferenceRank: match.preferenceRank,
    placementId: null,
    settled: false,
  };
}

/** What a refused proposal means for the explanation. */
export function stepReasonOf(code: ErrorCode): RoundStepReason {
  switch (code) {
    case 'place_full':
      return 'full';
    case 'participant_busy':
      return 'overlaps';
    case 'audience_mismatch':
      return 'unfit';
    case 'booking_window_closed':
      return 'closed';
    default:
      return 'unavailable';
  }
}

/**
 * Why `nextChoice` passed over a preference, by asking the same rule on that place alone: not
 * in the round, overlapping the pupil's placements, or (otherwise) full.
 */
function whyPassedOver(
  pupil: MatchingPupil,
  placeId: string,
  places: readonly MatchingPlace[],
): RoundStep['why'] {
  const place = places.find((candidate) => candidate.id === placeId);
  if (!place) return 'unknown_place';
  const alone = { ...pupil, preferences: [placeId] };
  return nextChoice(alone, 0, [{ ...place, remaining: 1 }]) ? 'full' : 'overlaps';
}

/**
 * The preference at `failed.preferenceRank` did not work out (refused at publishing, or
 * declined by the company): the pupil's next preference that fits the places left now,
 * with every preference passed over on the way recorded.
 */
export function afterSetback(
  result: RoundResult,
  pupil: MatchingPupil,
  failed: RoundStep,
  places: readonly MatchingPlace[],
): { result: RoundResult; choice: MatchingChoice | null } {
  const choice = nextChoice(pupil, failed.preferenceRank, [...places]);
  const lastSkipped = choice ? choice.preferenceRank - 1 : pupil.preferences.length;
  const passed = pupil.preferences
    .slice(failed.preferenceRank, lastSkipped)
    .map((placeId, index) => ({
      preferenceRank: failed.preferenceRank + index + 1,
      placeId,
      why: whyPassedOver(pupil, placeId, places),
    }));
  return {
    choice,
    result: {
      ...result,
      steps: [...result.steps, failed, ...passed],
      placeId: choice?.placeId ?? null,
      preferenceRank: choice?.preferenceRank ?? null,
      placementId: null,
    },
  };
}

const stepWords: Record<Language, Record<RoundStepReason, string> & Record<string, string>> = {
  nl: {
    full: 'voorkeur {r} was vol',
    overlaps: 'voorkeur {r} overlapt met een andere plaatsing van de leerling',
    unknown_place: 'voorkeur {r} hoort niet bij deze ronde',
    unfit: 'voorkeur {r} past niet bij de leerling',
    closed: 'voorkeur {r} is begonnen of vervallen',
    unavailable: 'voorkeur {r} kon niet worden voorgesteld',
    declined: 'voorkeur {r} afgewezen door het bedrijf',
    placed: 'geplaatst bij voorkeur {r}',
    none: 'geen volgende voorkeur met plek; niet geplaatst',
  },
  en: {
    full: 'preference {r} was full',
    overlaps: 'preference {r} overlaps another placement of the pupil',
    unknown_place: 'preference {r} is not in this round',
    unfit: 'preference {r} does not suit the pupil',
    closed: 'preference {r} has started or was cancelled',
    unavailable: 'preference {r} could not be proposed',
    declined: 'preference {r} declined by the company',
    placed: 'placed at preference {r}',
    none: 'no further preference with room; not placed',
  },
};

/**
 * The pupil's result in one sentence: the draw as `explainMatch` tells it, then what happened
 * since ("voorkeur 1 afgewezen door het bedrijf; geplaatst bij voorkeur 2").
 */
export function explainRoundResult(result: RoundResult, language: Language = 'nl'): string {
  const drawn = explainMatch(
    {
      pupilId: '',
      placeId: result.drawn.placeId,
      preferenceRank: result.drawn.preferenceRank,
      turn: result.turn,
      skipped: result.drawn.skipped,
    },
    result.of,
    language,
  );
  if (result.steps.length === 0) return drawn;
  const words = stepWords[language];
  const said = (key: string, rank: number) => words[key]!.replace('{r}', String(rank));
  const since = result.steps.map((step) => said(step.why, step.preferenceRank));
  const now = result.preferenceRank === null ? words.none! : said('placed', result.preferenceRank);
  return [drawn, ...since, now].join('; ');
}
