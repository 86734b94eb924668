import { sql } from 'drizzle-orm';
import {
  bigserial,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import type { BookingStatus } from '@stagebureau/domain';
import { createdAt, id, tstz, updatedAt } from './columns';
import { classes } from './classes';
import { participants } from './placements';
import { offers, sessions } from './offers';
import { users } from './people';
import { organisations, regions } from './tenancy';

/**
 * A class's claim on seats. `starts_at`/`ends_at` copy the session's times so an exclusion
 * constraint can keep a class out of two overlapping confirmed sessions (migration 0001).
 */
export const bookings = pgTable(
  'bookings',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id),
    offerId: uuid('offer_id')
      .notNull()
      .references(() => offers.id),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => organisations.id),
    /** The class; for a teacher's own placement there is none (issue 16). */
    classId: uuid('class_id').references(() => classes.id),
    /** A placement's one participant (pupil or teacher); null for a class booking. */
    participantId: uuid('participant_id').references((): AnyPgColumn => participants.id),
    seats: integer('seats').notNull(),
    teachers: text('teachers')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    note: text('note').notNull().default(''),
    status: text('status').$type<BookingStatus>().notNull(),
    /** Arrival order for the waitlist. */
    queueNo: bigserial('queue_no', { mode: 'number' }).notNull(),
    startsAt: tstz('starts_at').notNull(),
    endsAt: tstz('ends_at').notNull(),
    /** While set and in the future, a promoted-by-offer booking holds its seats. */
    holdExpiresAt: tstz('hold_expires_at'),
    statusReason: text('status_reason'),
    statusChangedBy: uuid('status_changed_by').references(() => users.id),
    createdBy: uuid('created_by').references(() => users.id),
    sequence: integer('sequence').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('bookings_region_session_status_idx').on(t.regionId, t.sessionId, t.status),
    // A session's bookings by status in arrival order: waitlist positions, promotion, demand.
    index('bookings_session_status_queue_idx').on(t.sessionId, t.status, t.queueNo),
    index('bookings_region_school_idx').on(t.regionId, t.schoolId, t.startsAt),
    index('bookings_region_class_idx').on(t.regionId, t.classId),
    index('bookings_hold_idx').on(t.holdExpiresAt),
    check('bookings_seats_ck', sql`${t.seats} between 1 and 1000`),
    index('bookings_participant_idx').on(t.participantId),
    check(
      'bookings_who_ck',
      sql`${t.classId} is not null or (${t.participantId} is not null and ${t.seats} = 1)`,
    ),
    check(
      'bookings_status_ck',
      sql`${t.status} in ('requested','confirmed','waitlisted','declined','cancelled','completed','no_show')`,
    ),
  ],
);

/**
 * First answer to a booking request, for a retry with the same key (architecture §5.4). The
 * booking path stores the outcome in the booking's own statement: the answer's status code and
 * `booking_id`, or the `refusal`; a retry gets that booking as it is now, or the refusal again
 * (decision 005). `response_body` is kept only for rows written before that decision.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    responseStatus: integer('response_status'),
    responseBody: jsonb('response_body'),
    bookingId: uuid('booking_id'),
    /** A business refusal: `{ code, detail, meta }`. */
    refusal: jsonb('refusal'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);

/** A school's proposal of up to three dates for an `on_request` offer. */
export const proposals = pgTable(
  'proposals',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    offerId: uuid('offer_id')
      .notNull()
      .references(() => offers.id),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => organisations.id),
    classId: uuid('class_id')
      .notNull()
      .references(() => classes.id),
    seats: integer('seats').notNull(),
    teachers: text('teachers')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    note: text('note').notNull().default(''),
    options: jsonb('options').$type<{ startsAt: string; endsAt: string }[]>().notNull(),
    status: text('status')
      .$type<'pending' | 'accepted' | 'declined' | 'withdrawn'>()
      .notNull()
      .default('pending'),
    acceptedSessionId: uuid('accepted_session_id').references(() => sessions.id),
    bookingId: uuid('booking_id').references(() => bookings.id),
    declineReason: text('decline_reason'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('proposals_region_offer_idx').on(t.regionId, t.offerId, t.status)],
);

/** The bureau's queue of items needing a human decision (architecture §7). */
export const conflicts = pgTable(
  'conflicts',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    type: text('type').notNull(),
    severity: text('severity').$type<'low' | 'medium' | 'high'>().notNull(),
    status: text('status').$type<'open' | 'resolved' | 'dismissed'>().notNull().default('open'),
    sessionId: uuid('session_id').references(() => sessions.id),
    offerId: uuid('offer_id').references(() => offers.id),
    schoolId: uuid('school_id').references(() => organisations.id),
    bookingIds: uuid('booking_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    details: jsonb('details')
      .notNull()
      .default(sql`'{}'::jsonb`),
    resolvedBy: uuid('resolved_by').references(() => users.id),
    resolutionNote: text('resolution_note'),
    resolvedAt: tstz('resolved_at'),
    createdAt: createdAt(),
  },
  (t) => [index('conflicts_region_status_idx').on(t.regionId, t.status, t.createdAt)],
);
