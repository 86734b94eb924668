import { z } from 'zod';
import {
  isReservedRegionSlug,
  regionSlugMaxLength,
  regionSlugMinLength,
  regionSlugPattern,
} from '../platform';
import { regionSettingsSchema } from '../regionSettings';
import { holidayRegions } from '../vocabulary';
import { emailSchema, isoDateTime, shortText } from './common';
import { createdInvitationSchema } from './auth';
import { updateRegionSettingsSchema } from './region';

/** A platform admin logs in like a user, with e-mail and password; the token is another kind. */
export const platformLoginRequestSchema = z
  .object({ email: emailSchema, password: z.string().min(1).max(200) })
  .strict();
export type PlatformLoginRequest = z.infer<typeof platformLoginRequestSchema>;

/** No refresh token: the access token lasts a working day and is checked on every request. */
export const platformTokenSchema = z.object({
  accessToken: z.string(),
  accessTokenExpiresIn: z.number().int(),
});
export type PlatformToken = z.infer<typeof platformTokenSchema>;

export const platformAdminSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
});
export type PlatformAdmin = z.infer<typeof platformAdminSchema>;

export const regionSlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(regionSlugMinLength)
  .max(regionSlugMaxLength)
  .regex(regionSlugPattern, 'lower-case letters and digits, words joined by single hyphens')
  .refine((slug) => !isReservedRegionSlug(slug), 'this slug is reserved');

export const createRegionSchema = z
  .object({
    name: shortText(120),
    slug: regionSlugSchema,
    holidayRegion: z.enum(holidayRegions),
    /** Only the settings that differ from the defaults; the rest get their default. */
    settings: updateRegionSettingsSchema.default({}),
  })
  .strict();
export type CreateRegion = z.infer<typeof createRegionSchema>;

/** The slug stays: links, feeds and single sign-on are configured with it. */
export const updatePlatformRegionSchema = z
  .object({
    name: shortText(120).optional(),
    holidayRegion: z.enum(holidayRegions).optional(),
    settings: updateRegionSettingsSchema.optional(),
  })
  .strict();
export type UpdatePlatformRegion = z.infer<typeof updatePlatformRegionSchema>;

export const platformRegionSummarySchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  holidayRegion: z.enum(holidayRegions),
  organisationCount: z.number().int(),
  userCount: z.number().int(),
  createdAt: isoDateTime,
});
export type PlatformRegionSummary = z.infer<typeof platformRegionSummarySchema>;
export const platformRegionListSchema = z.object({ items: z.array(platformRegionSummarySchema) });

export const platformRegionSchema = platformRegionSummarySchema.extend({
  settings: regionSettingsSchema,
});
export type PlatformRegion = z.infer<typeof platformRegionSchema>;

/** A region's first bureau admin; the name is only a note for the audit trail. */
export const inviteBureauAdminSchema = z
  .object({ email: emailSchema, name: shortText(120).optional() })
  .strict();
export type InviteBureauAdmin = z.infer<typeof inviteBureauAdminSchema>;

export const platformInvitationSchema = createdInvitationSchema;
