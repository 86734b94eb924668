import { z } from 'zod';

/**
 * Where a distance is measured from: a school location of the caller's region (`near`, logged
 * in) or a postcode (`nearPostcode`, also public: its 4-digit area's centroid). `maxKm` keeps
 * offers within that straight-line distance; with an origin, results are ordered nearest first.
 */
export const distanceFilters = {
  near: z.uuid().optional(),
  nearPostcode: z
    .string()
    .trim()
    .regex(/^[1-9][0-9]{3}(\s?[A-Za-z]{2})?$/, 'a Dutch postcode or its 4 digits')
    .optional(),
  maxKm: z.coerce.number().int().min(1).max(300).optional(),
};

type DistanceQuery = { near?: string; nearPostcode?: string; maxKm?: number };

/** An origin is one of `near` and `nearPostcode`; `maxKm` needs one. */
export function checkDistanceQuery(query: DistanceQuery, context: z.RefinementCtx): void {
  if (query.near && query.nearPostcode)
    context.addIssue({
      code: 'custom',
      path: ['nearPostcode'],
      message: 'give near or nearPostcode, not both',
    });
  if (query.maxKm !== undefined && !query.near && !query.nearPostcode)
    context.addIssue({
      code: 'custom',
      path: ['maxKm'],
      message: 'maxKm needs an origin: near or nearPostcode',
    });
}

/** Distances are shown to 0.1 km: the straight line is an estimate, not a route. */
export const roundKm = (km: number): number => Math.round(km * 10) / 10;
