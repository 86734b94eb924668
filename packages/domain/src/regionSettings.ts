import { z } from 'zod';
import { offerTypes, promotionModes } from './vocabulary';

/** A region's rules (architecture §6); every number lives here once, with its default. */
export const regionSettingsSchema = z
  .object({
    promotionMode: z.enum(promotionModes).default('auto_confirm'),
    holdHours: z.number().int().min(1).max(336).default(48),
    capPerSchoolPerSession: z.number().int().min(1).max(1000).nullable().default(null),
    capPerSchoolPerOffer: z.number().int().min(1).max(10000).nullable().default(null),
    capPerSchoolPerSeason: z.number().int().min(1).max(100000).nullable().default(null),
    bookingOpensDaysAhead: z.number().int().min(0).max(730).nullable().default(null),
    oversubscriptionRatio: z.number().min(1).max(100).default(2),
    inKindHourlyRateEuro: z.number().min(0).max(1000).default(60),
    /** Per offer type, overrides `inKindHourlyRateEuro` (e.g. a lower rate for visits). */
    inKindHourlyRateEuroByOfferType: z
      .partialRecord(z.enum(offerTypes), z.number().min(0).max(1000))
      .default({}),
    coFinancingTargetEuro: z.number().min(0).max(100_000_000).nullable().default(null),
  })
  .strict();
export type RegionSettings = z.infer<typeof regionSettingsSchema>;
export const defaultRegionSettings: RegionSettings = regionSettingsSchema.parse({});
