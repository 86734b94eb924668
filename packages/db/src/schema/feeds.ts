import { bigint, index, pgTable, primaryKey, smallint, text, uuid } from 'drizzle-orm/pg-core';
import type { FeedScope } from '@stagebureau/domain';
import { createdAt, id, tstz } from './columns';
import { users } from './people';
import { regions } from './tenancy';

/** A secret iCal subscription URL; only the token's hash is stored. */
export const feeds = pgTable(
  'feeds',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    scope: text('scope').$type<FeedScope>().notNull(),
    scopeId: uuid('scope_id').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    revokedAt: tstz('revoked_at'),
    createdAt: createdAt(),
  },
  (t) => [index('feeds_region_user_idx').on(t.regionId, t.userId)],
);

/** The keys a feed's content hangs on: one school, class, company or offer; the whole region
 * (rare broad changes: an organisation, class or school location edited); and `offers`, all
 * offers of the region, which every offer key's bump also bumps. */
export type FeedVersionScope = 'school' | 'class' | 'company' | 'offer' | 'offers' | 'region';

/**
 * Change counters of calendar content, bumped at commit by database triggers on every table a
 * feed reads (decision 011). A key's version is the sum over its rows, one per `stripe` a
 * transaction bumped (its transaction id modulo 8): concurrent bookings of one company or one
 * region wait for each other's commit only when they share a stripe. A missing row counts 0.
 * `region_id` leads the key because the table is distributed with the region (decision 007).
 */
export const feedVersions = pgTable(
  'feed_versions',
  {
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    scope: text('scope').$type<FeedVersionScope>().notNull(),
    scopeId: uuid('scope_id').notNull(),
    stripe: smallint('stripe').notNull().default(0),
    version: bigint('version', { mode: 'number' }).notNull(),
    changedAt: tstz('changed_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionId, t.scope, t.scopeId, t.stripe] })],
);
