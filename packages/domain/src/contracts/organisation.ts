import { z } from 'zod';
import { holidayRegions, organisationKinds, organisationStatuses } from '../vocabulary';
import { emailSchema, isoDateTime, postcodeSchema, shortText } from './common';

export const kvkSchema = z
  .string()
  .trim()
  .regex(/^\d{8}$/, 'KvK number has 8 digits');
export const brinSchema = z
  .string()
  .trim()
  .toUpperCase()
  .pipe(z.string().regex(/^\d{2}[A-Z]{2}$/, 'BRIN code is 2 digits and 2 letters'));
const latitude = z.number().min(-90).max(90);
const longitude = z.number().min(-180).max(180);
const sectorTags = z.array(shortText(60)).max(20);

const organisationFields = {
  name: shortText(160),
  sectorTags: sectorTags.default([]),
  street: shortText(160).optional(),
  postcode: postcodeSchema.optional(),
  city: shortText(100).optional(),
  latitude: latitude.optional(),
  longitude: longitude.optional(),
  contactEmail: emailSchema.optional(),
  contactPhone: z
    .string()
    .trim()
    .regex(/^[+0-9 ()-]{6,20}$/)
    .optional(),
  website: z.url().max(300).optional(),
};

export const createOrganisationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('company'), kvkNumber: kvkSchema, ...organisationFields }).strict(),
  z.object({ kind: z.literal('school'), brinCode: brinSchema, ...organisationFields }).strict(),
]);
export type CreateOrganisation = z.infer<typeof createOrganisationSchema>;

export const updateOrganisationSchema = z
  .object({
    name: organisationFields.name,
    sectorTags,
    street: organisationFields.street.unwrap().nullable(),
    postcode: postcodeSchema.nullable(),
    city: organisationFields.city.unwrap().nullable(),
    latitude: latitude.nullable(),
    longitude: longitude.nullable(),
    contactEmail: emailSchema.nullable(),
    contactPhone: organisationFields.contactPhone.unwrap().nullable(),
    website: z.url().max(300).nullable(),
  })
  .partial()
  .strict();
export type UpdateOrganisation = z.infer<typeof updateOrganisationSchema>;

export const organisationStatusChangeSchema = z
  .object({ status: z.enum(organisationStatuses), reason: z.string().trim().max(500).optional() })
  .strict();

export const organisationSchema = z.object({
  id: z.uuid(),
  regionId: z.uuid(),
  kind: z.enum(organisationKinds),
  name: z.string(),
  status: z.enum(organisationStatuses),
  kvkNumber: z.string().nullable(),
  brinCode: z.string().nullable(),
  sectorTags: z.array(z.string()),
  street: z.string().nullable(),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  website: z.string().nullable(),
  createdAt: isoDateTime,
});
export type Organisation = z.infer<typeof organisationSchema>;

export const organisationListSchema = z.object({ items: z.array(organisationSchema) });

export const organisationListQuerySchema = z
  .object({
    kind: z.enum(organisationKinds).optional(),
    status: z.enum(organisationStatuses).optional(),
    q: z.string().trim().max(100).optional(),
  })
  .strict();

export const createLocationSchema = z
  .object({
    name: shortText(160),
    street: shortText(160).optional(),
    postcode: postcodeSchema,
    city: shortText(100),
    latitude: latitude.optional(),
    longitude: longitude.optional(),
  })
  .strict();
export type CreateLocation = z.infer<typeof createLocationSchema>;
export const locationSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  name: z.string(),
  street: z.string().nullable(),
  postcode: z.string(),
  city: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  /** DUO's VESTIGINGSCODE, for locations from the DUO import. */
  locationCode: z.string().nullable(),
  /** DUO's VAKANTIEREGIO; null: the region's own holiday region applies. */
  holidayRegion: z.enum(holidayRegions).nullable(),
});
export const locationListSchema = z.object({ items: z.array(locationSchema) });
