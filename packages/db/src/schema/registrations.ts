import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Language, RegistrationStatus } from '@stagebureau/domain';
import { createdAt, id, tstz } from './columns';
import { invitations, users } from './people';
import { organisations, regions } from './tenancy';

/**
 * A company's self-registration (issue 21): the pending organisation's contact person, who
 * becomes its first admin when the bureau approves (an invitation is then sent), or is told
 * the bureau's reason when it rejects.
 */
export const organisationRegistrations = pgTable(
  'organisation_registrations',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    status: text('status').$type<RegistrationStatus>().notNull().default('pending'),
    contactName: text('contact_name').notNull(),
    contactEmail: text('contact_email').notNull(),
    contactPhone: text('contact_phone').notNull(),
    language: text('language').$type<Language>().notNull().default('nl'),
    rejectionReason: text('rejection_reason'),
    decidedAt: tstz('decided_at'),
    decidedBy: uuid('decided_by').references(() => users.id),
    invitationId: uuid('invitation_id').references(() => invitations.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('organisation_registrations_org_uq').on(t.organisationId),
    index('organisation_registrations_region_idx').on(t.regionId, t.status, t.createdAt),
    check(
      'organisation_registrations_status_ck',
      sql`${t.status} in ('pending', 'approved', 'rejected')`,
    ),
    check(
      'organisation_registrations_reason_ck',
      sql`${t.status} <> 'rejected' or ${t.rejectionReason} is not null`,
    ),
    check('organisation_registrations_language_ck', sql`${t.language} in ('nl', 'en')`),
  ],
);
