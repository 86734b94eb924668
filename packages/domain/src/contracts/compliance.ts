import { z } from 'zod';
import { documentStatuses } from '../compliance/vocabulary';
import { offerTypes } from '../vocabulary';
import { isoDate, isoDateTime, longText, shortText } from './common';

const documentKindKey = z.string().regex(/^[a-z_]{2,40}$/, 'unknown document kind');
const label = z.object({ nl: z.string(), en: z.string() });

/**
 * The form fields that come with a compliance document's file (multipart). A VOG names the
 * supervisor it is for; the dates are the validity printed on the paper.
 */
export const complianceUploadFieldsSchema = z
  .object({
    kind: documentKindKey,
    validFrom: isoDate,
    validUntil: isoDate,
    subjectName: shortText(120).optional(),
  })
  .strict()
  .refine((fields) => fields.validFrom <= fields.validUntil, {
    message: 'must not be before validFrom',
    path: ['validUntil'],
  });
export type ComplianceUploadFields = z.infer<typeof complianceUploadFieldsSchema>;

export const reviewComplianceDocumentSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve') }).strict(),
  z.object({ decision: z.literal('reject'), reason: shortText(1000) }).strict(),
]);
export type ReviewComplianceDocument = z.infer<typeof reviewComplianceDocumentSchema>;

export const complianceDocumentSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  companyName: z.string(),
  kind: z.string(),
  kindLabel: label,
  status: z.enum(documentStatuses),
  validFrom: isoDate,
  validUntil: isoDate,
  subjectName: z.string().nullable(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  uploadedAt: isoDateTime,
  reviewedAt: isoDateTime.nullable(),
  reviewReason: longText().nullable(),
});
export type ComplianceDocument = z.infer<typeof complianceDocumentSchema>;

export const complianceDocumentListSchema = z.object({
  items: z.array(complianceDocumentSchema),
});

export const complianceListQuerySchema = z
  .object({
    status: z.enum(documentStatuses).optional(),
    organisationId: z.uuid().optional(),
  })
  .strict();

export const complianceOverviewItemSchema = z.object({
  kind: z.string(),
  label,
  state: z.enum(['valid', 'expiring', 'missing']),
  validUntil: isoDate.nullable(),
});

/** What a school sees of a company's papers for one activity type. */
export const complianceOverviewSchema = z.object({
  offerType: z.enum(offerTypes),
  complete: z.boolean(),
  items: z.array(complianceOverviewItemSchema),
});
export type ComplianceOverview = z.infer<typeof complianceOverviewSchema>;
