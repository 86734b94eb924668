import { z } from 'zod';
import { regionSettingsSchema } from '../regionSettings';
import { holidayRegions, taxonomyKinds } from '../vocabulary';
import { shortText } from './common';

export const regionSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  holidayRegion: z.enum(holidayRegions),
  settings: regionSettingsSchema,
});
export const updateRegionSettingsSchema = regionSettingsSchema.partial().strict();
export const regionSlugParamsSchema = z
  .object({ slug: z.string().regex(/^[a-z0-9-]{2,60}$/) })
  .strict();

export const taxonomyTermSchema = z.object({
  id: z.uuid(),
  kind: z.enum(taxonomyKinds),
  code: z.string(),
  label: z.string(),
});
export const taxonomyListSchema = z.object({ items: z.array(taxonomyTermSchema) });
export const createTaxonomyTermSchema = z
  .object({
    kind: z.enum(taxonomyKinds),
    code: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9&_-]{1,40}$/),
    label: shortText(100),
  })
  .strict();
