import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type { DocumentStatus } from '@stagebureau/domain';
import { createdAt, id, tstz, updatedAt } from './columns';
import { users } from './people';
import { organisations, regions } from './tenancy';

/**
 * A company's compliance document (issue 18): one paper (insurance, VOG, RI&E, …) with its
 * validity, kept once for every school. The file itself is an object in the object store
 * (`object_key`); a new upload is a new row, so the history stays.
 */
export const complianceDocuments = pgTable(
  'compliance_documents',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    kind: text('kind').notNull(),
    status: text('status').$type<DocumentStatus>().notNull().default('submitted'),
    validFrom: date('valid_from').notNull(),
    validUntil: date('valid_until').notNull(),
    /** The supervisor a VOG is for; null for papers about the company. */
    subjectName: text('subject_name'),
    objectKey: text('object_key').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    reviewedAt: tstz('reviewed_at'),
    reviewReason: text('review_reason'),
    /** The smallest expiry reminder sent (30, then 7 days before); null: none yet. */
    remindedDays: integer('reminded_days'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('compliance_documents_company_idx').on(t.regionId, t.organisationId, t.kind),
    index('compliance_documents_status_idx').on(t.regionId, t.status),
    // The expiry sweep reads approved papers near their end, across regions.
    index('compliance_documents_expiry_idx')
      .on(t.validUntil)
      .where(sql`${t.status} = 'approved'`),
    check('compliance_documents_validity_ck', sql`${t.validFrom} <= ${t.validUntil}`),
    check(
      'compliance_documents_status_ck',
      sql`${t.status} in ('submitted', 'approved', 'rejected', 'expired', 'superseded')`,
    ),
    check(
      'compliance_documents_rejection_ck',
      sql`${t.status} <> 'rejected' or ${t.reviewReason} is not null`,
    ),
  ],
);
