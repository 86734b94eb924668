import { sql, type SQL } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  unique,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import {
  agreementMeasures,
  contactMomentKinds,
  targetMeasures,
  type AgreementMeasure,
  type ContactMomentKind,
  type TargetMeasure,
} from '@stagebureau/domain';
import { createdAt, id, tstz, updatedAt } from './columns';
import { users } from './people';
import { organisations, regions } from './tenancy';

/** `column in ('a', 'b')` from the domain's own list, so the word list is written once. */
const oneOf = (column: AnyPgColumn, words: readonly string[]): SQL =>
  sql`${column} in (${sql.raw(words.map((word) => `'${word}'`).join(', '))})`;

/** A school year as the reports name it: `2026-2027`. */
const schoolYearCheck = (column: AnyPgColumn): SQL => sql`${column} ~ '^[0-9]{4}-[0-9]{4}$'`;

/**
 * A person at an organisation the bureau or a school keeps in touch with (issue 17): an adult
 * professional, never a pupil. One may be the organisation's primary contact. Erasing a
 * contact deletes this row; the contact moments that named them stay, without the person.
 */
export const contacts = pgTable(
  'contacts',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    name: text('name').notNull(),
    jobTitle: text('job_title').notNull().default(''),
    email: text('email'),
    phone: text('phone'),
    isPrimary: boolean('is_primary').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('contacts_organisation_idx').on(t.organisationId),
    uniqueIndex('contacts_one_primary_uq')
      .on(t.organisationId)
      .where(sql`${t.isPrimary}`),
    check('contacts_name_ck', sql`length(trim(${t.name})) between 1 and 200`),
  ],
);

/**
 * Who looks after a company: per school (its relationship manager there) or, with no school,
 * the bureau-wide company contact. One manager per company and school (or bureau).
 */
export const relationshipManagers = pgTable(
  'relationship_managers',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    companyId: uuid('company_id')
      .notNull()
      .references(() => organisations.id),
    schoolId: uuid('school_id').references(() => organisations.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    unique('relationship_managers_company_school_uq')
      .on(t.companyId, t.schoolId)
      .nullsNotDistinct(),
    index('relationship_managers_user_idx').on(t.userId),
  ],
);

/** A call, visit, meeting or e-mail with a company, with notes; the contact is optional. */
export const contactMoments = pgTable(
  'contact_moments',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    companyId: uuid('company_id')
      .notNull()
      .references(() => organisations.id),
    /** Set null when the contact is erased: the moment stays, the person goes. */
    contactId: uuid('contact_id').references((): AnyPgColumn => contacts.id, {
      onDelete: 'set null',
    }),
    kind: text('kind').$type<ContactMomentKind>().notNull(),
    occurredAt: tstz('occurred_at').notNull(),
    notes: text('notes').notNull().default(''),
    /** The school the moment was on behalf of; null for the bureau. */
    schoolId: uuid('school_id').references(() => organisations.id),
    authorId: uuid('author_id').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('contact_moments_company_idx').on(t.companyId, t.occurredAt),
    check('contact_moments_kind_ck', oneOf(t.kind, contactMomentKinds)),
  ],
);

/**
 * An action point (actiepunt) about a company: owned by one user, due on a day, done or not.
 * `reminded_at` is set in the transaction that enqueues its reminder, so it is sent once.
 */
export const followUps = pgTable(
  'follow_ups',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    companyId: uuid('company_id')
      .notNull()
      .references(() => organisations.id),
    momentId: uuid('moment_id').references(() => contactMoments.id, { onDelete: 'set null' }),
    description: text('description').notNull(),
    dueOn: date('due_on').notNull(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id),
    schoolId: uuid('school_id').references(() => organisations.id),
    doneAt: tstz('done_at'),
    remindedAt: tstz('reminded_at'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('follow_ups_owner_open_idx')
      .on(t.ownerId, t.dueOn)
      .where(sql`${t.doneAt} is null`),
    index('follow_ups_company_idx').on(t.companyId, t.dueOn),
    index('follow_ups_reminder_due_idx')
      .on(t.dueOn)
      .where(sql`${t.doneAt} is null and ${t.remindedAt} is null`),
    check('follow_ups_description_ck', sql`length(trim(${t.description})) between 1 and 2000`),
  ],
);

/** What a company committed to in one school year (an afspraak); one per company and year. */
export const companyAgreements = pgTable(
  'company_agreements',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    companyId: uuid('company_id')
      .notNull()
      .references(() => organisations.id),
    schoolYear: text('school_year').notNull(),
    notes: text('notes').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('company_agreements_company_year_uq').on(t.companyId, t.schoolYear),
    index('company_agreements_region_year_idx').on(t.regionId, t.schoolYear),
    check('company_agreements_school_year_ck', schoolYearCheck(t.schoolYear)),
  ],
);

/** One commitment of an agreement: a measure and how many (places, sessions, hours). */
export const companyAgreementItems = pgTable(
  'company_agreement_items',
  {
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => companyAgreements.id, { onDelete: 'cascade' }),
    measure: text('measure').$type<AgreementMeasure>().notNull(),
    quantity: integer('quantity').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.agreementId, t.measure] }),
    check('company_agreement_items_measure_ck', oneOf(t.measure, agreementMeasures)),
    check('company_agreement_items_quantity_ck', sql`${t.quantity} between 1 and 100000`),
  ],
);

/** A region's goal for one measure in one school year; one per region, year and measure. */
export const regionTargets = pgTable(
  'region_targets',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    schoolYear: text('school_year').notNull(),
    measure: text('measure').$type<TargetMeasure>().notNull(),
    /** A count, or a percentage for `co_financing_percent` (two decimals). */
    target: numeric('target', { precision: 12, scale: 2, mode: 'number' }).notNull(),
    updatedBy: uuid('updated_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('region_targets_year_measure_uq').on(t.regionId, t.schoolYear, t.measure),
    check('region_targets_measure_ck', oneOf(t.measure, targetMeasures)),
    check('region_targets_school_year_ck', schoolYearCheck(t.schoolYear)),
    check('region_targets_target_ck', sql`${t.target} >= 0`),
  ],
);

/** A company the bureau counts among its ambassadors (companies that speak for the region). */
export const ambassadors = pgTable('ambassadors', {
  companyId: uuid('company_id')
    .primaryKey()
    .references(() => organisations.id),
  regionId: uuid('region_id')
    .notNull()
    .references(() => regions.id),
  note: text('note').notNull().default(''),
  markedBy: uuid('marked_by').references(() => users.id),
  createdAt: createdAt(),
});

/**
 * "Leerbedrijf van het jaar": the bureau's award to one company per region and school year,
 * shown with a badge on the public catalogue and printed as a certificate.
 */
export const recognitions = pgTable(
  'recognitions',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    companyId: uuid('company_id')
      .notNull()
      .references(() => organisations.id),
    schoolYear: text('school_year').notNull(),
    citation: text('citation').notNull().default(''),
    awardedBy: uuid('awarded_by').references(() => users.id),
    awardedAt: createdAt(),
  },
  (t) => [
    uniqueIndex('recognitions_region_year_uq').on(t.regionId, t.schoolYear),
    index('recognitions_company_idx').on(t.companyId),
    check('recognitions_school_year_ck', schoolYearCheck(t.schoolYear)),
  ],
);
