import { sql } from 'drizzle-orm';
import {
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { HolidayRegion, OrganisationStatus, RegionSettings } from '@stagebureau/domain';
import { createdAt, id, updatedAt } from './columns';

export const regions = pgTable('regions', {
  id: id(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  holidayRegion: text('holiday_region').notNull(),
  settings: jsonb('settings').$type<RegionSettings>().notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const organisations = pgTable(
  'organisations',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    kind: text('kind').$type<'company' | 'school'>().notNull(),
    name: text('name').notNull(),
    status: text('status').$type<OrganisationStatus>().notNull().default('pending'),
    kvkNumber: text('kvk_number'),
    brinCode: text('brin_code'),
    sectorTags: text('sector_tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    street: text('street'),
    postcode: text('postcode'),
    city: text('city'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    website: text('website'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('organisations_region_kind_idx').on(t.regionId, t.kind),
    // A rejected company lets go of its KvK number, so the company can register again.
    uniqueIndex('organisations_region_kvk_uq')
      .on(t.regionId, t.kvkNumber)
      .where(sql`${t.status} <> 'rejected'`),
    uniqueIndex('organisations_region_brin_uq').on(t.regionId, t.brinCode),
    check('organisations_kind_ck', sql`${t.kind} in ('company', 'school')`),
    check(
      'organisations_status_ck',
      sql`${t.status} in ('pending', 'active', 'suspended', 'rejected')`,
    ),
    check('organisations_kvk_ck', sql`${t.kvkNumber} is null or ${t.kvkNumber} ~ '^[0-9]{8}$'`),
    check(
      'organisations_brin_ck',
      sql`${t.brinCode} is null or ${t.brinCode} ~ '^[0-9]{2}[A-Z]{2}$'`,
    ),
  ],
);

export const schoolLocations = pgTable(
  'school_locations',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    name: text('name').notNull(),
    street: text('street'),
    postcode: text('postcode').notNull(),
    city: text('city').notNull(),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    /** DUO's VESTIGINGSCODE (BRIN + 2 digits, e.g. `25CL01`): the key of the DUO import. */
    locationCode: text('location_code'),
    /** DUO's VAKANTIEREGIO, lower case; null: the region's own holiday region applies. */
    holidayRegion: text('holiday_region').$type<HolidayRegion>(),
    createdAt: createdAt(),
  },
  (t) => [
    index('school_locations_org_idx').on(t.regionId, t.organisationId),
    uniqueIndex('school_locations_region_code_uq').on(t.regionId, t.locationCode),
    check('school_locations_postcode_ck', sql`${t.postcode} ~ '^[1-9][0-9]{3} [A-Z]{2}$'`),
    check(
      'school_locations_code_ck',
      sql`${t.locationCode} is null or ${t.locationCode} ~ '^[0-9]{2}[A-Z]{2}[0-9]{2}$'`,
    ),
    check(
      'school_locations_holiday_region_ck',
      sql`${t.holidayRegion} is null or ${t.holidayRegion} in ('noord', 'midden', 'zuid')`,
    ),
  ],
);

/**
 * DUO pupil counts per school location and school year (peildatum 1 October), the future
 * weights of allocation rounds and denominators of fairness reports. `pupilsAtVavo` is null
 * where DUO suppresses small numbers (`<5`): unknown, never 0.
 */
export const schoolLocationPupilCounts = pgTable(
  'school_location_pupil_counts',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    locationId: uuid('location_id')
      .notNull()
      .references(() => schoolLocations.id),
    schoolYear: text('school_year').notNull(),
    pupils: integer('pupils').notNull(),
    pupilsAtVavo: integer('pupils_at_vavo'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('school_location_pupil_counts_uq').on(t.regionId, t.locationId, t.schoolYear),
    check('school_location_pupil_counts_year_ck', sql`${t.schoolYear} ~ '^[0-9]{4}-[0-9]{4}$'`),
    check('school_location_pupil_counts_pupils_ck', sql`${t.pupils} >= 0`),
    check(
      'school_location_pupil_counts_vavo_ck',
      sql`${t.pupilsAtVavo} is null or ${t.pupilsAtVavo} >= 0`,
    ),
  ],
);

/** Region-managed vocabularies: sector taxonomy and vmbo profiles (architecture §3). */
export const taxonomyTerms = pgTable(
  'taxonomy_terms',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    kind: text('kind').$type<'sector' | 'vmbo_profile'>().notNull(),
    code: text('code').notNull(),
    label: text('label').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('taxonomy_terms_region_kind_code_uq').on(t.regionId, t.kind, t.code),
    check('taxonomy_terms_kind_ck', sql`${t.kind} in ('sector', 'vmbo_profile')`),
  ],
);
