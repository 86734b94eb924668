import { z } from 'zod';
import { targetMeasures } from '../relations/vocabulary';
import { schoolYearSchema } from './report';

/** The region's targets per school year (issue 17) and how far the region got. */

export const targetYearParamsSchema = z.object({ schoolYear: schoolYearSchema }).strict();

/** PUT body: every target of the year; a measure left out (or null) has no target. */
export const putTargetsSchema = z
  .object({
    targets: z.partialRecord(z.enum(targetMeasures), z.number().min(0).max(1_000_000).nullable()),
  })
  .strict();
export type PutTargets = z.infer<typeof putTargetsSchema>;

export const targetRowSchema = z.object({
  measure: z.enum(targetMeasures),
  target: z.number().nullable(),
  actual: z.number().nullable(),
  previousActual: z.number().nullable(),
  progress: z.number().nullable(),
});

export const targetReportSchema = z.object({
  schoolYear: z.string(),
  previousSchoolYear: z.string(),
  subsidyAmountEuro: z.number().nullable(),
  inKindCents: z.number().int(),
  measures: z.array(targetRowSchema),
  sectors: z.array(
    z.object({
      code: z.string(),
      label: z.string(),
      activeCompanies: z.number().int(),
      previousActiveCompanies: z.number().int(),
    }),
  ),
});
export type TargetReport = z.infer<typeof targetReportSchema>;
