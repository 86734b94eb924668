import { sql } from 'drizzle-orm';
import {
  check,
  customType,
  index,
  integer,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type {
  EducationLevel,
  MaterialContentKind,
  MaterialKind,
  MaterialTargetKind,
  MaterialVisibility,
  VmboProfile,
} from '@stagebureau/domain';
import { createdAt, id, updatedAt } from './columns';
import { offers } from './offers';
import { users } from './people';
import { requests } from './requests';
import { organisations, regions } from './tenancy';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * Shared material (lesmateriaal, issue 18): a title, audience and visibility, attached to an
 * offer (a place is an offer too), a request, or the region's library (neither). Its content
 * lives in `material_versions`; `latest_version` is the number readers get, raised under the
 * row's lock when a version is added.
 */
export const materials = pgTable(
  'materials',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    targetKind: text('target_kind').$type<MaterialTargetKind>().notNull(),
    offerId: uuid('offer_id').references(() => offers.id),
    requestId: uuid('request_id').references(() => requests.id),
    /** The offer's company or the request's school; null for the bureau's own. */
    ownerOrganisationId: uuid('owner_organisation_id').references(() => organisations.id),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    kind: text('kind').$type<MaterialKind>().notNull(),
    visibility: text('visibility').$type<MaterialVisibility>().notNull(),
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
      .$type<VmboProfile[]>()
      .notNull()
      .default(sql`'{}'::text[]`),
    latestVersion: integer('latest_version').notNull().default(1),
    // `simple`, not `dutch`: the library searches by word prefix ("veil" finds
    // "Veiligheidsinstructie"), and a stemmed lexeme is not always a prefix of the word.
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`setweight(to_tsvector('simple', coalesce(title, '')), 'A') || setweight(to_tsvector('simple', coalesce(description, '')), 'B')`,
    ),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('materials_offer_idx')
      .on(t.regionId, t.offerId)
      .where(sql`${t.offerId} is not null`),
    index('materials_request_idx')
      .on(t.regionId, t.requestId)
      .where(sql`${t.requestId} is not null`),
    // The library is listed by (title, id), keyset-paged, like the catalogue.
    index('materials_library_title_idx')
      .on(t.regionId, t.title, t.id)
      .where(sql`${t.targetKind} = 'library'`),
    index('materials_search_idx').using('gin', t.searchVector),
    check(
      'materials_target_ck',
      sql`case ${t.targetKind}
        when 'offer' then ${t.offerId} is not null and ${t.requestId} is null
        when 'place' then ${t.offerId} is not null and ${t.requestId} is null
        when 'request' then ${t.requestId} is not null and ${t.offerId} is null
        when 'library' then ${t.offerId} is null and ${t.requestId} is null and ${t.ownerOrganisationId} is null
        else false end`,
    ),
    check(
      'materials_kind_ck',
      sql`${t.kind} in ('assignment', 'booklet', 'safety_sheet', 'worksheet', 'other')`,
    ),
    check(
      'materials_visibility_ck',
      sql`${t.visibility} in ('public', 'booked_schools', 'bureau')`,
    ),
    check('materials_latest_version_ck', sql`${t.latestVersion} >= 1`),
  ],
);

/**
 * One version of a material: a file (an object in the store, `object_key`, with what the
 * intake sniffed) or an https link. A new version is a new row with the next number; the old
 * ones stay, for the owner and the bureau.
 */
export const materialVersions = pgTable(
  'material_versions',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    materialId: uuid('material_id')
      .notNull()
      .references(() => materials.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    content: text('content').$type<MaterialContentKind>().notNull(),
    url: text('url'),
    objectKey: text('object_key'),
    fileName: text('file_name'),
    contentType: text('content_type'),
    size: integer('size'),
    sha256: text('sha256'),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('material_versions_number_uq').on(t.regionId, t.materialId, t.number),
    check('material_versions_number_ck', sql`${t.number} >= 1`),
    check(
      'material_versions_content_ck',
      sql`case ${t.content}
        when 'file' then ${t.objectKey} is not null and ${t.fileName} is not null
          and ${t.contentType} is not null and ${t.size} is not null and ${t.sha256} is not null
          and ${t.url} is null
        when 'link' then ${t.url} like 'https://%' and ${t.objectKey} is null
        else false end`,
    ),
  ],
);
