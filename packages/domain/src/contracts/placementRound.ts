import { z } from 'zod';
import { maxPlacementPreferences } from '../placements/matching/contract';
import { placementRoundStatuses, placementStatuses } from '../placements/vocabulary';
import { isoDate, isoDateTime, shortText } from './common';
import { participantSchema } from './placement';

/** Most places one matching round for placements covers. */
export const maxRoundPlaces = 50;

const unique = (ids: readonly string[]) => new Set(ids).size === ids.length;

/**
 * A school's coordinator opens a matching round over places of the region (issue 16, decision
 * 008). The seed is drawn now; only its SHA-256 is shown until the run.
 */
export const createPlacementRoundSchema = z
  .object({
    title: shortText(160),
    placeIds: z
      .array(z.uuid())
      .min(1)
      .max(maxRoundPlaces)
      .refine(unique, 'place ids must be unique'),
  })
  .strict();
export type CreatePlacementRound = z.infer<typeof createPlacementRoundSchema>;

/**
 * One pupil's ranked places (best first, at most 5, all of the round), while the round is
 * open. An empty list takes the pupil out of the round.
 */
export const placementPreferencesSchema = z
  .object({
    participantId: z.uuid(),
    placeIds: z
      .array(z.uuid())
      .max(maxPlacementPreferences)
      .refine(unique, 'a place can be ranked once'),
  })
  .strict();
export type PlacementPreferencesInput = z.infer<typeof placementPreferencesSchema>;

/**
 * Why a preference was passed over after the draw: the matching's own reasons, and what the
 * booking path or the company answered when the pupil was proposed.
 */
export const roundStepReasons = [
  'full',
  'overlaps',
  'unknown_place',
  'unfit',
  'closed',
  'unavailable',
  'declined',
] as const;
export type RoundStepReason = (typeof roundStepReasons)[number];

const rank = z.number().int().min(1);

/** One preference passed over after the draw, in the order it happened. */
export const roundStepSchema = z.object({
  preferenceRank: rank,
  placeId: z.string(),
  why: z.enum(roundStepReasons),
});
export type RoundStep = z.infer<typeof roundStepSchema>;

/**
 * A pupil's result as stored with its preferences: the draw (replayable), what happened after
 * it (publishing, a company's decline), and where the pupil stands now.
 */
export const roundResultSchema = z.object({
  turn: rank,
  of: rank,
  drawn: z.object({
    placeId: z.string().nullable(),
    preferenceRank: rank.nullable(),
    skipped: z.array(
      z.object({ placeId: z.string(), why: z.enum(['full', 'overlaps', 'unknown_place']) }),
    ),
  }),
  steps: z.array(roundStepSchema),
  placeId: z.string().nullable(),
  preferenceRank: rank.nullable(),
  placementId: z.string().nullable(),
  /** Publishing has dealt with this pupil (proposed, or no preference left). */
  settled: z.boolean(),
});
export type RoundResult = z.infer<typeof roundResultSchema>;

export const placementRoundPlaceSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  companyName: z.string(),
  city: z.string().nullable(),
  startsOn: isoDate,
  endsOn: isoDate,
  places: z.number().int(),
  free: z.number().int(),
  /** Started or cancelled: no pupil can be proposed for it any more. */
  closed: z.boolean(),
});

export const placementRoundPupilSchema = z.object({
  participant: participantSchema,
  placeIds: z.array(z.uuid()),
  result: z
    .object({
      turn: z.number().int(),
      of: z.number().int(),
      drawnPlaceId: z.uuid().nullable(),
      drawnPreferenceRank: z.number().int().nullable(),
      placeId: z.uuid().nullable(),
      preferenceRank: z.number().int().nullable(),
      placementId: z.uuid().nullable(),
      placementStatus: z.enum(placementStatuses).nullable(),
      settled: z.boolean(),
      /** One sentence in the reader's language (Accept-Language). */
      explanation: z.string(),
    })
    .nullable(),
});
export type PlacementRoundPupil = z.infer<typeof placementRoundPupilSchema>;

const roundFields = {
  id: z.uuid(),
  title: z.string(),
  schoolId: z.uuid(),
  status: z.enum(placementRoundStatuses),
  placeIds: z.array(z.uuid()),
  /** SHA-256 of the seed's hex text, shown from the start. */
  seedHash: z.string(),
  /** Revealed at the run; null before. */
  seed: z.string().nullable(),
  runAt: isoDateTime.nullable(),
  publishedAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
};

export const placementRoundSummarySchema = z.object({
  ...roundFields,
  pupilCount: z.number().int(),
});
export const placementRoundListSchema = z.object({ items: z.array(placementRoundSummarySchema) });

export const placementRoundSchema = z.object({
  ...roundFields,
  places: z.array(placementRoundPlaceSchema),
  pupils: z.array(placementRoundPupilSchema),
});
export type PlacementRoundView = z.infer<typeof placementRoundSchema>;
