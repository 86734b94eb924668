import { sql } from 'drizzle-orm';
import {
  check,
  doublePrecision,
  index,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { RegionSettings } from '@stagebureau/domain';
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
    status: text('status').$type<'pending' | 'active' | 'suspended'>().notNull().default('pending'),
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
    uniqueIndex('organisations_region_kvk_uq').on(t.regionId, t.kvkNumber),
    uniqueIndex('organisations_region_brin_uq').on(t.regionId, t.brinCode),
    check('organisations_kind_ck', sql`${t.kind} in ('company', 'school')`),
    check('organisations_status_ck', sql`${t.status} in ('pending', 'active', 'suspended')`),
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
    createdAt: createdAt(),
  },
  (t) => [
    index('school_locations_org_idx').on(t.regionId, t.organisationId),
    check('school_locations_postcode_ck', sql`${t.postcode} ~ '^[1-9][0-9]{3} [A-Z]{2}$'`),
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
