import { z } from 'zod';
import { isHexSeed } from '../../allocation/prng';
import { isoDateTime } from '../../contracts/common';

/** Most places a pupil may rank in a matching round. */
export const maxPlacementPreferences = 5;

const id = z.string().trim().min(1);

const unique = (ids: readonly string[]) => new Set(ids).size === ids.length;

const endsAfterStart = {
  check: (period: { startsAt: string; endsAt: string }) =>
    Date.parse(period.endsAt) > Date.parse(period.startsAt),
  message: { message: 'endsAt must be after startsAt', path: ['endsAt'] },
};

const periodSchema = z
  .object({ startsAt: isoDateTime, endsAt: isoDateTime })
  .strict()
  .refine(endsAfterStart.check, endsAfterStart.message);

export const matchingPlaceSchema = z
  .object({
    id,
    remaining: z.number().int().min(0),
    startsAt: isoDateTime,
    endsAt: isoDateTime,
  })
  .strict()
  .refine(endsAfterStart.check, endsAfterStart.message);

export const matchingPupilSchema = z
  .object({
    id,
    /** Place ids, best first; may be empty (the pupil is then explained as not placed). */
    preferences: z
      .array(id)
      .max(maxPlacementPreferences)
      .refine(unique, 'preferences must be unique'),
    busy: z.array(periodSchema).optional(),
  })
  .strict();

/** The input of a matching round, as published for a replay (see `matchPupils`). */
export const matchingInputSchema = z
  .object({
    seed: z.string().refine(isHexSeed, 'seed must be 16–128 lowercase hex digits'),
    places: z
      .array(matchingPlaceSchema)
      .refine((places) => unique(places.map((place) => place.id)), 'place ids must be unique'),
    pupils: z
      .array(matchingPupilSchema)
      .refine((pupils) => unique(pupils.map((pupil) => pupil.id)), 'pupil ids must be unique'),
  })
  .strict();
