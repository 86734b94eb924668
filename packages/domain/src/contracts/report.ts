import { z } from 'zod';
import { pupilSources } from '../pupilBase';
import { schoolYearPattern } from '../reports/calendar';
import { exportFormats } from '../exports/table';
import { placeOfferTypes } from '../placements/vocabulary';
import { educationLevels, offerTypes } from '../vocabulary';
import { isoDateTime } from './common';

export const schoolYearSchema = z
  .string()
  .regex(schoolYearPattern, 'school year like 2026-2027')
  .refine((value) => Number(value.slice(5)) === Number(value.slice(0, 4)) + 1, {
    message: 'the second year follows the first, like 2026-2027',
  });

/**
 * Report filters. Periods combine: schoolYear, calendarYear and from/to each narrow the
 * activities by their session's start. `format` picks JSON (default), `csv` (RFC 4180) or
 * `xlsx` (an Excel workbook).
 */
export const reportQuerySchema = z
  .object({
    schoolYear: schoolYearSchema.optional(),
    calendarYear: z.coerce.number().int().min(2000).max(2100).optional(),
    companyId: z.uuid().optional(),
    offerType: z.enum(offerTypes).optional(),
    from: isoDateTime.optional(),
    to: isoDateTime.optional(),
    format: z.enum(['json', ...exportFormats]).optional(),
  })
  .strict();
export type ReportQuery = z.infer<typeof reportQuerySchema>;

export const statementQuerySchema = z
  .object({
    companyId: z.uuid(),
    schoolYear: schoolYearSchema.optional(),
    calendarYear: z.coerce.number().int().min(2000).max(2100).optional(),
  })
  .strict();
export const companyStatementQuerySchema = statementQuerySchema.omit({ companyId: true });

/** CSV or HTML bodies are documented as strings with their media type. */
export const csvBodySchema = z.string().describe('text/csv; charset=utf-8');
export const htmlBodySchema = z.string().describe('text/html; charset=utf-8');

const total = { activities: z.number().int(), hours: z.number(), amountCents: z.number().int() };
const offerType = z.enum(offerTypes);

export const coFinancingRowSchema = z.object({
  sessionId: z.uuid(),
  offerId: z.uuid(),
  offerTitle: z.string(),
  offerType,
  companyId: z.uuid(),
  companyName: z.string(),
  startsAt: isoDateTime,
  endsAt: isoDateTime,
  schoolYear: z.string(),
  calendarYear: z.number().int(),
  inKindHours: z.number(),
  hourlyRateCents: z.number().int(),
  amountCents: z.number().int(),
  schoolNames: z.array(z.string()),
  classCount: z.number().int(),
  seats: z.number().int(),
});

export const coFinancingReportSchema = z.object({
  rows: z.array(coFinancingRowSchema),
  total: z.object(total),
  byCompany: z.array(z.object({ companyId: z.uuid(), companyName: z.string(), ...total })),
  byOfferType: z.array(z.object({ offerType, ...total })),
  bySchoolYear: z.array(z.object({ schoolYear: z.string(), ...total })),
  byCalendarYear: z.array(z.object({ calendarYear: z.number().int(), ...total })),
  target: z.object({
    targetCents: z.number().int().nullable(),
    reachedShare: z.number().nullable(),
    remainingCents: z.number().int().nullable(),
  }),
});
export type CoFinancingReportBody = z.infer<typeof coFinancingReportSchema>;

const bucket = { key: z.string(), activities: z.number().int(), seats: z.number().int() };
export const coverageReportSchema = z.object({
  schoolYear: z.string().nullable(),
  bySchool: z.array(
    z.object({
      ...bucket,
      name: z.string(),
      noActivity: z.boolean(),
      /** DUO's pupils of the school when imported (`pupilSource: duo`), else class seats. */
      pupils: z.number().int(),
      pupilSource: z.enum(pupilSources),
      seatsPerPupil: z.number().nullable(),
    }),
  ),
  byLevel: z.array(z.object({ ...bucket, noActivity: z.boolean() })),
  byVmboProfile: z.array(z.object(bucket)),
  bySectorTag: z.array(z.object(bucket)),
  byOfferType: z.array(z.object(bucket)),
  byMonth: z.array(z.object(bucket)),
  total: z.object({ activities: z.number().int(), seats: z.number().int() }),
  schoolsWithoutActivity: z.array(z.uuid()),
  levelsWithoutActivity: z.array(z.enum(educationLevels)),
});

const waitlistOutcomes = {
  promoted: z.number().int(),
  waiting: z.number().int(),
  cancelled: z.number().int(),
  other: z.number().int(),
};
export const fairnessReportSchema = z.object({
  schoolYear: z.string(),
  gini: z.number(),
  giniByYear: z.array(z.object({ schoolYear: z.string(), gini: z.number() })),
  schools: z.array(
    z.object({
      schoolId: z.uuid(),
      name: z.string(),
      students: z.number().int(),
      /** `duo`: DUO's pupil count of the school; `classes`: seats of its active classes. */
      studentsSource: z.enum(pupilSources),
      studentShare: z.number(),
      seats: z.number().int(),
      seatShare: z.number(),
      shareRatio: z.number().nullable(),
      requests: z.number().int(),
      firstPreferenceRate: z.number().nullable(),
      waitlist: z.object(waitlistOutcomes),
    }),
  ),
});

export const engagementReportSchema = z.object({
  schoolYear: z.string(),
  activeCompanies: z.number().int(),
  newCompanies: z.number().int(),
  repeatCompanies: z.number().int(),
  repeatRate: z.number().nullable(),
  companies: z.array(
    z.object({
      companyId: z.uuid(),
      companyName: z.string(),
      heldSessions: z.number().int(),
      cancelledSessions: z.number().int(),
      cancelledBookings: z.number().int(),
      noShows: z.number().int(),
      isNew: z.boolean(),
      isRepeat: z.boolean(),
      averageRating: z.number().nullable(),
      ratings: z.number().int(),
    }),
  ),
  bestInternshipCompanies: z.array(
    z.object({
      rank: z.number().int(),
      companyId: z.uuid(),
      companyName: z.string(),
      averageRating: z.number(),
      ratings: z.number().int(),
    }),
  ),
});

/** Placement reports take one school year (default: the current one) and a format. */
export const placementReportQuerySchema = z
  .object({
    schoolYear: schoolYearSchema.optional(),
    format: z.enum(['json', ...exportFormats]).optional(),
  })
  .strict();
export type PlacementReportQuery = z.infer<typeof placementReportQuerySchema>;

/** Pupils with a placement (accepted, signed, completed) per school and profile: counts only. */
export const placementCoverageReportSchema = z.object({
  schoolYear: z.string(),
  total: z.object({
    pupils: z.number().int(),
    placements: z.number().int(),
    teachers: z.number().int(),
  }),
  bySchool: z.array(
    z.object({
      schoolId: z.uuid(),
      name: z.string(),
      pupils: z.number().int(),
      placements: z.number().int(),
      teachers: z.number().int(),
      noPupilPlaced: z.boolean(),
    }),
  ),
  bySchoolAndProfile: z.array(
    z.object({
      schoolId: z.uuid(),
      name: z.string(),
      educationLevel: z.enum(educationLevels).nullable(),
      vmboProfile: z.string().nullable(),
      pupils: z.number().int(),
    }),
  ),
  byLevel: z.array(z.object({ key: z.string(), pupils: z.number().int() })),
  byVmboProfile: z.array(z.object({ key: z.string(), pupils: z.number().int() })),
});
export type PlacementCoverageReportBody = z.infer<typeof placementCoverageReportSchema>;

const placeCounts = z.object({
  listings: z.number().int(),
  offered: z.number().int(),
  filled: z.number().int(),
});
/** The region's internship places offered (Σ capacity) and filled, this school year and last. */
export const internshipPlacesReportSchema = z.object({
  schoolYear: z.string(),
  previousSchoolYear: z.string(),
  byType: z.array(
    z.object({
      type: z.enum(placeOfferTypes),
      current: placeCounts,
      previous: placeCounts,
      change: placeCounts,
    }),
  ),
  total: z.object({ current: placeCounts, previous: placeCounts, change: placeCounts }),
});
export type InternshipPlacesReportBody = z.infer<typeof internshipPlacesReportSchema>;
