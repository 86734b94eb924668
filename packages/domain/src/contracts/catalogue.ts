import { z } from 'zod';
import {
  bookingModes,
  educationLevels,
  locationKinds,
  offerStatuses,
  offerTypes,
  vmboProfiles,
} from '../vocabulary';
import { checkDistanceQuery, distanceFilters } from '../geography/distance';
import { isoDate, isoDateTime } from './common';
import { publicSessionSchema } from './session';

const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

/** Filters shared by the logged-in and the public catalogue. */
const catalogueFilters = {
  /** Dutch full-text search on title and description (web-search syntax). */
  q: z.string().trim().min(1).max(200).optional(),
  type: z.enum(offerTypes).optional(),
  level: z.enum(educationLevels).optional(),
  schoolYear: z.coerce.number().int().min(1).max(6).optional(),
  profile: z.enum(vmboProfiles).optional(),
  sector: z.string().trim().min(1).max(60).optional(),
  /** Offers with a scheduled session on or after this local date… */
  from: isoDate.optional(),
  /** …and on or before this one. */
  to: isoDate.optional(),
  hasFreeSeats: flag.optional(),
  location: z.enum(locationKinds).optional(),
  nearPostcode: distanceFilters.nearPostcode,
  maxKm: distanceFilters.maxKm,
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
};

export const publicCatalogueQuerySchema = z
  .object(catalogueFilters)
  .strict()
  .superRefine(checkDistanceQuery);
/** What the catalogue's search reads; `near` (a school location) only when logged in. */
export type PublicCatalogueQuery = z.infer<typeof publicCatalogueQuerySchema> & { near?: string };

/**
 * `mine=true` (company users): the company's own offers in every status, optionally filtered
 * by `status`. Bureau users may filter by `status` over the region; everyone else sees only
 * published offers.
 */
export const catalogueQuerySchema = z
  .object({
    ...catalogueFilters,
    near: distanceFilters.near,
    mine: flag.optional(),
    status: z.enum(offerStatuses).optional(),
  })
  .strict()
  .superRefine(checkDistanceQuery);
export type CatalogueQuery = z.infer<typeof catalogueQuerySchema>;

export const catalogueItemSchema = z.object({
  id: z.uuid(),
  type: z.enum(offerTypes),
  status: z.enum(offerStatuses),
  title: z.string(),
  description: z.string(),
  company: z.object({ id: z.uuid(), name: z.string() }),
  levels: z.array(z.string()),
  schoolYears: z.array(z.number().int()),
  vmboProfiles: z.array(z.string()),
  sectorTags: z.array(z.string()),
  locationKind: z.enum(locationKinds),
  street: z.string().nullable(),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  durationMinutes: z.number().int(),
  requirements: z.string(),
  minimumAge: z.number().int().nullable(),
  bookingMode: z.enum(bookingModes),
  requiresApproval: z.boolean(),
  opensAt: isoDateTime.nullable(),
  /** Up to three upcoming scheduled sessions open to every school. */
  nextSessions: z.array(publicSessionSchema),
  /** Free seats summed over all upcoming scheduled sessions. */
  freeSeats: z.number().int(),
  /** Straight-line km from the search's origin (`near`/`nearPostcode`); null without one or
   * when the offer's place is unknown (online, or no coordinates). */
  distanceKm: z.number().nullable(),
});
export type CatalogueItem = z.infer<typeof catalogueItemSchema>;

export const cataloguePageSchema = z.object({
  items: z.array(catalogueItemSchema),
  nextCursor: z.string().nullable(),
});

export const publicOfferDetailSchema = catalogueItemSchema.extend({
  sessions: z.array(publicSessionSchema),
});
export const regionOfferParamsSchema = z
  .object({ slug: z.string().regex(/^[a-z0-9-]{2,60}$/), id: z.uuid() })
  .strict();
