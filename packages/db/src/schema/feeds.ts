import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
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
