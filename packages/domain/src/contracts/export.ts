import { z } from 'zod';
import { exportFormats } from '../exports/table';
import { schoolYearSchema } from './report';

/** `GET /exports/*`: `format` `xlsx` (default) or `csv`; the school year defaults to the current one. */
export const exportQuerySchema = z
  .object({
    format: z.enum(exportFormats).default('xlsx'),
    schoolYear: schoolYearSchema.optional(),
  })
  .strict();
export type ExportQuery = z.infer<typeof exportQuerySchema>;

/** Year plans also take `organisationId`: the bureau narrows to one school or company. */
export const yearPlanExportQuerySchema = exportQuerySchema
  .extend({ organisationId: z.uuid().optional() })
  .strict();
export type YearPlanExportQuery = z.infer<typeof yearPlanExportQuerySchema>;

/** The body of an export: an Excel workbook (`xlsx`) or RFC 4180 CSV, as an attachment. */
export const spreadsheetBodySchema = z
  .string()
  .describe(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, or text/csv; charset=utf-8',
  );
