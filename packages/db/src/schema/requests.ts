import { sql } from 'drizzle-orm';
import {
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import type {
  EducationLevel,
  MenuCardStatus,
  OfferType,
  PartOfDay,
  PartProposalStatus,
  RequestLocation,
  RequestStatus,
} from '@stagebureau/domain';
import { createdAt, id, tstz, updatedAt } from './columns';
import { classes } from './classes';
import { bookings } from './bookings';
import { offers, sessions } from './offers';
import { users } from './people';
import { organisations, regions } from './tenancy';

/** The bureau's menu card of one school year: the requests companies can sign up for. */
export const menuCards = pgTable(
  'menu_cards',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    schoolYear: text('school_year').notNull(),
    title: text('title').notNull(),
    status: text('status').$type<MenuCardStatus>().notNull().default('draft'),
    publishedAt: tstz('published_at'),
    closedAt: tstz('closed_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('menu_cards_region_year_uq').on(t.regionId, t.schoolYear),
    check('menu_cards_status_ck', sql`${t.status} in ('draft', 'published', 'closed')`),
    check('menu_cards_year_ck', sql`${t.schoolYear} ~ '^[0-9]{4}-[0-9]{4}$'`),
  ],
);

/** A concrete ask (vraag): what, for whom, how much company time, when and where. */
export const requests = pgTable(
  'requests',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    menuCardId: uuid('menu_card_id')
      .notNull()
      .references(() => menuCards.id),
    /** The asking school; null when the bureau asks for several schools. */
    schoolId: uuid('school_id').references(() => organisations.id),
    mergedInto: uuid('merged_into').references((): AnyPgColumn => requests.id),
    status: text('status').$type<RequestStatus>().notNull().default('submitted'),
    type: text('type').$type<OfferType>().notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    levels: text('levels')
      .array()
      .$type<EducationLevel[]>()
      .notNull()
      .default(sql`'{}'::text[]`),
    schoolYears: integer('school_years')
      .array()
      .notNull()
      .default(sql`'{}'::int[]`),
    vmboProfiles: text('vmbo_profiles')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    sectorTags: text('sector_tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    hoursPerOccasion: doublePrecision('hours_per_occasion').notNull(),
    occasionsPerClass: integer('occasions_per_class').notNull(),
    periodFrom: date('period_from').notNull(),
    periodUntil: date('period_until').notNull(),
    weekdays: integer('weekdays').array().notNull(),
    partOfDay: text('part_of_day').$type<PartOfDay>().notNull(),
    location: text('location').$type<RequestLocation>().notNull(),
    schoolProvides: text('school_provides').notNull().default(''),
    signUpDeadline: date('sign_up_deadline').notNull(),
    notes: text('notes').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('requests_card_idx').on(t.menuCardId, t.status),
    index('requests_region_deadline_idx').on(t.regionId, t.signUpDeadline),
    check(
      'requests_status_ck',
      sql`${t.status} in ('submitted', 'published', 'closed', 'merged', 'withdrawn')`,
    ),
    check('requests_period_ck', sql`${t.periodUntil} >= ${t.periodFrom}`),
    check('requests_deadline_ck', sql`${t.signUpDeadline} <= ${t.periodUntil}`),
    check('requests_hours_ck', sql`${t.hoursPerOccasion} > 0 and ${t.hoursPerOccasion} <= 40`),
    check('requests_occasions_ck', sql`${t.occasionsPerClass} between 1 and 20`),
    check('requests_merged_ck', sql`(${t.status} = 'merged') = (${t.mergedInto} is not null)`),
  ],
);

/** One occasion for one class: the unit a company takes. */
export const requestParts = pgTable(
  'request_parts',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    requestId: uuid('request_id')
      .notNull()
      .references(() => requests.id),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => organisations.id),
    classId: uuid('class_id')
      .notNull()
      .references(() => classes.id),
    occasion: integer('occasion').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('request_parts_request_class_occasion_uq').on(t.requestId, t.classId, t.occasion),
    index('request_parts_school_idx').on(t.regionId, t.schoolId),
    check('request_parts_occasion_ck', sql`${t.occasion} >= 1`),
  ],
);

/** A company's sign-up (intekening) on a request, through its contact person. */
export const signUps = pgTable(
  'sign_ups',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    requestId: uuid('request_id')
      .notNull()
      .references(() => requests.id),
    companyId: uuid('company_id')
      .notNull()
      .references(() => organisations.id),
    contactName: text('contact_name').notNull(),
    contactEmail: text('contact_email').notNull(),
    contactPhone: text('contact_phone'),
    locationKind: text('location_kind').$type<'at_company' | 'at_school'>().notNull(),
    note: text('note').notNull().default(''),
    status: text('status').$type<'active' | 'withdrawn'>().notNull().default('active'),
    /** The arranged offer behind its accepted parts' sessions, made at the first acceptance. */
    offerId: uuid('offer_id').references(() => offers.id),
    createdBy: uuid('created_by').references(() => users.id),
    withdrawnAt: tstz('withdrawn_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('sign_ups_request_idx').on(t.requestId),
    index('sign_ups_company_idx').on(t.regionId, t.companyId),
    check('sign_ups_status_ck', sql`${t.status} in ('active', 'withdrawn')`),
    check('sign_ups_location_ck', sql`${t.locationKind} in ('at_company', 'at_school')`),
  ],
);

/**
 * A sign-up's proposed moment for one part. Invariant (DESIGN §5): a part is never taken
 * twice — at most one proposal per part is proposed or accepted, by the unique index below.
 */
export const partProposals = pgTable(
  'part_proposals',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    signUpId: uuid('sign_up_id')
      .notNull()
      .references(() => signUps.id),
    partId: uuid('part_id')
      .notNull()
      .references(() => requestParts.id),
    startsAt: tstz('starts_at').notNull(),
    endsAt: tstz('ends_at').notNull(),
    status: text('status').$type<PartProposalStatus>().notNull().default('proposed'),
    declineReason: text('decline_reason'),
    sessionId: uuid('session_id').references(() => sessions.id),
    bookingId: uuid('booking_id').references(() => bookings.id),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: tstz('decided_at'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('part_proposals_one_taker_uq')
      .on(t.partId)
      .where(sql`${t.status} in ('proposed', 'accepted')`),
    index('part_proposals_sign_up_idx').on(t.signUpId),
    check(
      'part_proposals_status_ck',
      sql`${t.status} in ('proposed', 'accepted', 'declined', 'withdrawn')`,
    ),
    check('part_proposals_time_ck', sql`${t.endsAt} > ${t.startsAt}`),
    check(
      'part_proposals_accepted_ck',
      sql`${t.status} <> 'accepted' or (${t.sessionId} is not null and ${t.bookingId} is not null)`,
    ),
  ],
);

/**
 * Which open parts a company was reminded of before the sign-up deadline (issue 15): one row
 * per part and company, so a reminder names each part once. The sweep inserts with ON CONFLICT
 * DO NOTHING RETURNING and notifies only about the rows it inserted, so two sweeps running at
 * once never remind a company twice of the same part.
 */
export const requestReminders = pgTable(
  'request_reminders',
  {
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    partId: uuid('part_id')
      .notNull()
      .references(() => requestParts.id),
    companyId: uuid('company_id')
      .notNull()
      .references(() => organisations.id),
    sentAt: tstz('sent_at').notNull(),
  },
  (t) => [
    uniqueIndex('request_reminders_part_company_uq').on(t.partId, t.companyId),
    index('request_reminders_company_idx').on(t.regionId, t.companyId),
  ],
);
