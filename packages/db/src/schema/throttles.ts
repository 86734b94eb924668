import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { tstz } from './columns';

/**
 * Fixed-window counters shared by every API instance: the per-address request limits
 * (`ip:<address>:<route>`) and the failed logins per account (`login:<e-mail>`). A row whose
 * window has ended counts as zero; the next hit restarts it, so expired rows are only clutter.
 */
export const rateLimitCounters = pgTable('rate_limit_counters', {
  key: text('key').primaryKey(),
  hits: integer('hits').notNull(),
  windowEndsAt: tstz('window_ends_at').notNull(),
});
