import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type {
  BookingMode,
  LocationKind,
  OfferStatus,
  OfferType,
  PromotionMode,
} from '@stagebureau/domain';
import { createdAt, id, tstz, updatedAt } from './columns';
import { organisations, regions } from './tenancy';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** Availability of an `on_request` offer: quota per period, weekdays and time windows. */
export interface OfferAvailability {
  quota: number;
  from: string;
  until: string;
  weekdays: number[];
  timeWindows: { start: string; end: string }[];
}

export const offers = pgTable(
  'offers',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    type: text('type').$type<OfferType>().notNull(),
    status: text('status').$type<OfferStatus>().notNull().default('draft'),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    levels: text('levels')
      .array()
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
    locationKind: text('location_kind').$type<LocationKind>().notNull(),
    street: text('street'),
    postcode: text('postcode'),
    city: text('city'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    durationMinutes: integer('duration_minutes').notNull(),
    requirements: text('requirements').notNull().default(''),
    minimumAge: integer('minimum_age'),
    contactName: text('contact_name').notNull(),
    contactEmail: text('contact_email').notNull(),
    contactPhone: text('contact_phone'),
    bookingMode: text('booking_mode').$type<BookingMode>().notNull(),
    requiresApproval: boolean('requires_approval').notNull().default(false),
    defaultSeats: integer('default_seats').notNull(),
    capPerSchoolPerSession: integer('cap_per_school_per_session'),
    capPerSchoolPerOffer: integer('cap_per_school_per_offer'),
    opensAt: tstz('opens_at'),
    cancellationDeadlineHours: integer('cancellation_deadline_hours').notNull().default(48),
    inKindHoursPerSession: doublePrecision('in_kind_hours_per_session').notNull().default(0),
    promotionMode: text('promotion_mode').$type<PromotionMode>(),
    waitlistEnabled: boolean('waitlist_enabled').notNull().default(true),
    availability: jsonb('availability').$type<OfferAvailability>(),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`setweight(to_tsvector('dutch', coalesce(title, '')), 'A') || setweight(to_tsvector('dutch', coalesce(description, '')), 'B')`,
    ),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('offers_region_status_type_idx').on(t.regionId, t.status, t.type),
    index('offers_region_org_idx').on(t.regionId, t.organisationId),
    index('offers_search_idx').using('gin', t.searchVector),
    // The catalogue lists a region's published offers by (title, id), keyset-paged.
    index('offers_published_title_idx')
      .on(t.regionId, t.title, t.id)
      .where(sql`${t.status} = 'published'`),
    check('offers_seats_ck', sql`${t.defaultSeats} between 1 and 1000`),
    check('offers_duration_ck', sql`${t.durationMinutes} between 1 and 60*24*200`),
  ],
);

/** One dated occurrence of an offer. `booked_seats` counts confirmed plus held seats. */
export const sessions = pgTable(
  'sessions',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    offerId: uuid('offer_id')
      .notNull()
      .references(() => offers.id),
    startsAt: tstz('starts_at').notNull(),
    endsAt: tstz('ends_at').notNull(),
    capacity: integer('capacity').notNull(),
    bookedSeats: integer('booked_seats').notNull().default(0),
    /** Set when the bureau knowingly reduced capacity below the booked seats. */
    overbookedByBureau: boolean('overbooked_by_bureau').notNull().default(false),
    status: text('status').$type<'scheduled' | 'cancelled'>().notNull().default('scheduled'),
    cancelReason: text('cancel_reason'),
    cancelledAt: tstz('cancelled_at'),
    /** For sessions created from an accepted on-request proposal: the school it is for. */
    schoolId: uuid('school_id').references(() => organisations.id),
    sequence: integer('sequence').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('sessions_region_offer_start_idx').on(t.regionId, t.offerId, t.startsAt),
    index('sessions_region_start_idx').on(t.regionId, t.startsAt),
    // Per-offer probes (catalogue "free seats" and date filters) correlate on offer_id alone.
    index('sessions_offer_start_idx').on(t.offerId, t.startsAt),
    check('sessions_time_ck', sql`${t.endsAt} > ${t.startsAt}`),
    check('sessions_capacity_ck', sql`${t.capacity} between 0 and 10000`),
    check(
      'sessions_seats_ck',
      sql`${t.bookedSeats} >= 0 and (${t.bookedSeats} <= ${t.capacity} or ${t.overbookedByBureau})`,
    ),
  ],
);

/** School holidays per NL holiday region, or exam weeks of one school. */
export const blackouts = pgTable(
  'blackouts',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    kind: text('kind').$type<'school_holiday' | 'exam_week'>().notNull(),
    name: text('name').notNull(),
    holidayRegion: text('holiday_region'),
    schoolId: uuid('school_id').references(() => organisations.id),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    /**
     * Where an imported blackout came from, e.g. `schoolholidays:2026-2027:zomervakantie:noord`:
     * a re-import updates that row instead of adding another. Null for hand-made ones.
     */
    sourceKey: text('source_key'),
    createdAt: createdAt(),
  },
  (t) => [
    index('blackouts_region_idx').on(t.regionId, t.startsOn),
    uniqueIndex('blackouts_region_source_uq').on(t.regionId, t.sourceKey),
    check('blackouts_dates_ck', sql`${t.endsOn} >= ${t.startsOn}`),
  ],
);
