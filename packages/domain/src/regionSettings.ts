import { z } from 'zod';
import { offerTypes, promotionModes } from './vocabulary';
import { uploadMaxMbCeiling, uploadMaxMbDefault } from './files/limits';

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
    /** The region's subsidy amount for the co-financing percentage (issue 17); null: not set. */
    subsidyAmountEuro: z.number().min(0).max(100_000_000).nullable().default(null),
    /** Months after a placement's school year ends before its pupil's names are erased (issue 16). */
    placementRetentionMonths: z.number().int().min(0).max(24).default(3),
    /** Days a signing link of an internship agreement stays valid. */
    signingLinkDays: z.number().int().min(1).max(60).default(14),
    /** The supervisor's evaluation form: criteria rated 1–5 (keys stable, labels Dutch). */
    evaluationCriteria: z
      .array(
        z.object({ key: z.string().regex(/^[a-z_]{2,40}$/), label: z.string().min(1).max(120) }),
      )
      .min(1)
      .max(12)
      .default([
        { key: 'punctuality', label: 'Op tijd en aanwezig' },
        { key: 'motivation', label: 'Inzet en motivatie' },
        { key: 'skills', label: 'Vakmanschap' },
        { key: 'cooperation', label: 'Samenwerken en communiceren' },
      ]),
    /** The region's own agreement text (placeholders as in placements/agreement); null: the built-in one. */
    agreementTemplate: z.string().max(20_000).nullable().default(null),
    /** Largest upload (compliance documents, materials) in MB; the ceiling is the parser's limit. */
    uploadMaxMb: z.number().int().min(1).max(uploadMaxMbCeiling).default(uploadMaxMbDefault),
    /** The region's own compliance document kinds, next to the four built-in ones (issue 18). */
    complianceDocumentTypes: z
      .array(
        z
          .object({
            key: z.string().regex(/^[a-z_]{2,40}$/),
            label: z.string().trim().min(1).max(120),
          })
          .strict(),
      )
      .max(20)
      .default([]),
    /**
     * Per activity type, the document kinds a company needs before it may publish such an
     * offer or confirm a booking of it. Empty by default: a region switches this on.
     */
    complianceRequirements: z
      .partialRecord(z.enum(offerTypes), z.array(z.string().regex(/^[a-z_]{2,40}$/)).max(20))
      .default({}),
    /** Whether schools may download the documents themselves, not only see the status. */
    complianceDocumentsVisibleToSchools: z.boolean().default(false),
    /**
     * The region's own area in DUO imports (issue 21): rows of these provinces (as DUO writes
     * them, e.g. `Drenthe`) or municipality codes (`0106`) are the region's; both empty: every
     * row of the file is.
     */
    importArea: z
      .object({
        provinces: z.array(z.string().trim().min(1).max(60)).max(12).default([]),
        municipalityCodes: z
          .array(z.string().regex(/^\d{4}$/))
          .max(400)
          .default([]),
      })
      .strict()
      .default({ provinces: [], municipalityCodes: [] }),
  })
  .strict();
export type RegionSettings = z.infer<typeof regionSettingsSchema>;
export const defaultRegionSettings: RegionSettings = regionSettingsSchema.parse({});
