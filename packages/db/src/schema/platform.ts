import { sql } from 'drizzle-orm';
import { check, doublePrecision, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './columns';

/**
 * Platform administrators stand above the regions: they create and configure regions and
 * invite a region's first bureau admin. They are not `users` (who always belong to one region),
 * so no region route ever accepts them; the first one is made from the command line.
 */
export const platformAdmins = pgTable(
  'platform_admins',
  {
    id: id(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    status: text('status').$type<'active' | 'disabled'>().notNull().default('active'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('platform_admins_email_uq').on(sql`lower(${t.email})`),
    check('platform_admins_status_ck', sql`${t.status} in ('active','disabled')`),
  ],
);

/**
 * Centroids of 4-digit postcode areas (PC4), platform-wide reference data: an organisation or
 * school location without coordinates is placed at its postcode area's centroid. Loaded from a
 * `pc4,latitude,longitude` file (e.g. computed from CBS Postcode4 via PDOK); `source` credits it.
 */
export const postcodeAreas = pgTable(
  'postcode_areas',
  {
    pc4: text('pc4').primaryKey(),
    latitude: doublePrecision('latitude').notNull(),
    longitude: doublePrecision('longitude').notNull(),
    source: text('source').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('postcode_areas_pc4_ck', sql`${t.pc4} ~ '^[1-9][0-9]{3}$'`),
    check(
      'postcode_areas_coordinates_ck',
      sql`${t.latitude} between 50 and 54 and ${t.longitude} between 3 and 8`,
    ),
  ],
);
