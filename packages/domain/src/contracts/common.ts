import { z } from 'zod';

export const uuidSchema = z.uuid();
export const idParamsSchema = z.object({ id: z.uuid() }).strict();

/** Dutch postcode, normalised to `1234 AB`. */
export const postcodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .transform((value) => value.replace(/^(\d{4})\s*([A-Z]{2})$/, '$1 $2'))
  .pipe(z.string().regex(/^[1-9]\d{3} [A-Z]{2}$/, 'Dutch postcode like 1234 AB'));

export const shortText = (max = 200) => z.string().trim().min(1).max(max);
export const longText = (max = 5000) => z.string().trim().max(max);
export const emailSchema = z
  .email()
  .max(254)
  .transform((value) => value.toLowerCase());
export const isoDateTime = z.iso.datetime({ offset: true });
export const isoDate = z.iso.date();

/** RFC 9457 problem details, with our stable `code` and field errors for validation. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  /** `compliance_documents_missing`: the papers the company lacks, in both languages (issue 18). */
  documents: z
    .array(z.object({ key: z.string(), label: z.object({ nl: z.string(), en: z.string() }) }))
    .optional(),
  /** `file_too_large`: the region's upload limit in bytes. */
  maxBytes: z.number().int().optional(),
  /** `import_header_mismatch`: the columns missing, the ones not recognised, the header expected. */
  missingColumns: z.array(z.string()).optional(),
  unexpectedColumns: z.array(z.string()).optional(),
  expectedHeader: z.string().optional(),
  /** `import_rows_invalid`: the row errors (line or JSON path, column, code, message), capped. */
  importErrors: z
    .array(
      z.object({
        line: z.number().int().nullable(),
        path: z.string().optional(),
        column: z.string().nullable(),
        /** The row problem's stable code and its values (issue 21), for the user's language. */
        code: z.string().optional(),
        params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
        message: z.string(),
      }),
    )
    .optional(),
});
export type Problem = z.infer<typeof problemSchema>;

export const cursorQuerySchema = z.object({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });
