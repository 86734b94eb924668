import { sql } from 'drizzle-orm';
import {
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { AllocationPolicy, StoredRoundStatus } from '@stagebureau/domain';
import { classes } from './classes';
import { createdAt, id, tstz, updatedAt } from './columns';
import { bookings } from './bookings';
import { sessions } from './offers';
import { users } from './people';
import { organisations, regions } from './tenancy';

/**
 * A round in which schools request scarce sessions (architecture §6). The seed is drawn at creation;
 * only `seed_hash` is shown until the run reveals `seed`. `run_input` is the frozen input of
 * the draw, so a re-run and a public replay use exactly what the run used.
 */
export const allocationRounds = pgTable(
  'allocation_rounds',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    name: text('name').notNull(),
    status: text('status').$type<StoredRoundStatus>().notNull().default('open'),
    requestWindowOpensAt: tstz('request_window_opens_at').notNull(),
    requestWindowClosesAt: tstz('request_window_closes_at').notNull(),
    sessionIds: uuid('session_ids').array().notNull(),
    policy: jsonb('policy').$type<AllocationPolicy>().notNull(),
    seedHash: text('seed_hash').notNull(),
    seed: text('seed').notNull(),
    seedRevealedAt: tstz('seed_revealed_at'),
    runInput: jsonb('run_input'),
    schoolOrder: jsonb('school_order').$type<string[]>(),
    publishedAt: tstz('published_at'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('allocation_rounds_region_idx').on(t.regionId, t.createdAt),
    check(
      'allocation_rounds_window_ck',
      sql`${t.requestWindowClosesAt} > ${t.requestWindowOpensAt}`,
    ),
    check('allocation_rounds_status_ck', sql`${t.status} in ('open','run','published')`),
  ],
);

/** One class's request in a round: seats and ranked session preferences. */
export const allocationRequests = pgTable(
  'allocation_requests',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    roundId: uuid('round_id')
      .notNull()
      .references(() => allocationRounds.id),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => organisations.id),
    classId: uuid('class_id')
      .notNull()
      .references(() => classes.id),
    seats: integer('seats').notNull(),
    preferences: uuid('preferences').array().notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('allocation_requests_round_class_uq').on(t.roundId, t.classId),
    index('allocation_requests_region_round_school_idx').on(t.regionId, t.roundId, t.schoolId),
    check('allocation_requests_seats_ck', sql`${t.seats} between 1 and 1000`),
    check('allocation_requests_preferences_ck', sql`cardinality(${t.preferences}) between 1 and 5`),
  ],
);

/** The draw's placement of one request, and the bureau's adjustment (with reason) if any. */
export const allocationResults = pgTable(
  'allocation_results',
  {
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    roundId: uuid('round_id')
      .notNull()
      .references(() => allocationRounds.id),
    requestId: uuid('request_id')
      .notNull()
      .references(() => allocationRequests.id),
    /** The draw's placement, never changed after the run. */
    drawnSessionId: uuid('drawn_session_id').references(() => sessions.id),
    drawnPreferenceRank: integer('drawn_preference_rank'),
    drawnExplanation: text('drawn_explanation').notNull(),
    /** The placement that will be published (the draw's, or the bureau's adjustment). */
    sessionId: uuid('session_id').references(() => sessions.id),
    preferenceRank: integer('preference_rank'),
    roundNo: integer('round_no').notNull(),
    pick: integer('pick').notNull(),
    explanation: text('explanation').notNull(),
    adjustedBy: uuid('adjusted_by').references(() => users.id),
    adjustReason: text('adjust_reason'),
    bookingId: uuid('booking_id').references(() => bookings.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.roundId, t.requestId] }),
    index('allocation_results_region_round_idx').on(t.regionId, t.roundId, t.pick),
  ],
);

/**
 * The year-long fair-share ledger: per school and school year, the summed shortfall
 * (share of requested seats not placed) over published rounds.
 */
export const fairShareLedger = pgTable(
  'fair_share_ledger',
  {
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => organisations.id),
    schoolYear: text('school_year').notNull(),
    shortfall: doublePrecision('shortfall').notNull().default(0),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.regionId, t.schoolId, t.schoolYear] })],
);
