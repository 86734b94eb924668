import { pgTable, text } from 'drizzle-orm/pg-core';
import { tstz } from './columns';

/**
 * One row per background job (booking sweep, request follow-up, …): the instance that holds
 * its lease, and until when. An instance runs the job only after taking the lease in one
 * statement, so N API instances behind a load balancer run each sweep once per interval.
 * Plain rows, not advisory locks: they survive PgBouncer's transaction pooling (decision 012).
 */
export const jobLeases = pgTable('job_leases', {
  job: text('job').primaryKey(),
  holder: text('holder').notNull(),
  leasedUntil: tstz('leased_until').notNull(),
  lastStartedAt: tstz('last_started_at'),
  lastFinishedAt: tstz('last_finished_at'),
});
