import { z } from 'zod';

/**
 * Imports of official data (issue 21). Each kind has a dry run (`preview`) and an `apply` of
 * the same file; `shipped-school-holidays` takes no file (the dates the product ships).
 */
export const importKinds = [
  'school-holidays',
  'shipped-school-holidays',
  'duo-locations',
  'duo-pupil-counts',
  'classes',
  'companies',
  'schools',
] as const;
export type ImportKind = (typeof importKinds)[number];

export const importParamsSchema = z.object({ kind: z.enum(importKinds) }).strict();

export const importProblemSchema = z.object({
  line: z.number().int().nullable(),
  path: z.string().optional(),
  column: z.string().nullable(),
  /** Stable (`importProblemCodes`), for the user's language; `message` is the English fallback. */
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  message: z.string(),
});

export const importItemSchema = z.object({
  line: z.number().int().nullable(),
  key: z.string(),
  action: z.enum(['create', 'update', 'unchanged', 'skip']),
  label: z.string(),
  changes: z.array(z.string()).optional(),
  reason: z.string().optional(),
});

/** Lists in a result are capped; the totals always count everything. */
export const importListCap = 2000;

export const importResultSchema = z.object({
  kind: z.enum(importKinds),
  /** False for a preview: nothing was written. */
  applied: z.boolean(),
  encoding: z.enum(['utf-8', 'windows-1252']).nullable(),
  schoolYear: z.string().nullable(),
  totals: z.object({
    rows: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    skipped: z.number().int(),
    errors: z.number().int(),
  }),
  errors: z.array(importProblemSchema),
  items: z.array(importItemSchema),
  truncated: z.boolean(),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const pupilCountSchema = z.object({
  locationId: z.uuid(),
  locationCode: z.string().nullable(),
  locationName: z.string(),
  schoolYear: z.string(),
  pupils: z.number().int(),
  pupilsAtVavo: z.number().int().nullable(),
});
export const pupilCountListSchema = z.object({ items: z.array(pupilCountSchema) });
