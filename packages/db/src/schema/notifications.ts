import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type {
  NotificationChannel,
  NotificationKind,
  NotificationStatus,
} from '@stagebureau/domain';
import { createdAt, id, tstz, updatedAt } from './columns';
import { users } from './people';
import { regions } from './tenancy';

/**
 * The transactional outbox and the in-app inbox in one table: a row per event, recipient and
 * channel, inserted in the transaction of the write that causes it. `inbox` rows are delivered
 * on insert; `email` rows wait for the worker. An invitation has no user yet: its recipient is
 * only an address, so the unique index treats NULL users as equal.
 */
export const notificationMessages = pgTable(
  'notification_messages',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    eventKey: text('event_key').notNull(),
    kind: text('kind').$type<NotificationKind>().notNull(),
    recipientUserId: uuid('recipient_user_id').references(() => users.id),
    /** The address at the moment of the event (e-mail channel only). */
    recipientEmail: text('recipient_email'),
    channel: text('channel').$type<NotificationChannel>().notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html').notNull(),
    link: text('link').notNull(),
    status: text('status').$type<NotificationStatus>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: tstz('next_attempt_at').notNull().defaultNow(),
    lastError: text('last_error'),
    /** How an e-mail left: `smtp`, or `log` when no SMTP server is configured. */
    deliveredVia: text('delivered_via'),
    /** A worker's lease on a pending row; another worker takes it over once it lapses. */
    claimedBy: text('claimed_by'),
    claimedUntil: tstz('claimed_until'),
    createdAt: createdAt(),
    sentAt: tstz('sent_at'),
    readAt: tstz('read_at'),
  },
  (t) => [
    unique('notification_messages_event_recipient_uq')
      .on(t.eventKey, t.recipientUserId, t.channel)
      .nullsNotDistinct(),
    index('notification_messages_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'pending'`),
    index('notification_messages_inbox_idx').on(
      t.regionId,
      t.recipientUserId,
      t.channel,
      t.createdAt,
    ),
    check('notification_messages_channel_ck', sql`${t.channel} in ('email', 'inbox')`),
    check('notification_messages_status_ck', sql`${t.status} in ('pending', 'sent', 'failed')`),
    check(
      'notification_messages_recipient_ck',
      sql`${t.recipientUserId} is not null or (${t.channel} = 'email' and ${t.recipientEmail} is not null)`,
    ),
  ],
);

/** Which event kinds a user also wants by e-mail; a missing row means yes. */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').$type<NotificationKind>().notNull(),
    email: boolean('email').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

/**
 * Events waiting to become messages. A write (a booking, a session change) stores only the
 * event in its own transaction; the outbox worker — or the next inbox read — resolves its
 * recipients and renders the texts afterwards, outside the writer's locks
 * (docs/decisions/005-one-booking-path.md). A renderer holds an event's row lock while it
 * renders and deletes it, so several API processes render each event once; `claimed_until`
 * parks an event whose rendering failed until then, so it blocks no other.
 */
export const notificationEvents = pgTable(
  'notification_events',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    event: jsonb('event').notNull(),
    createdAt: createdAt(),
    claimedUntil: tstz('claimed_until'),
    renderedAt: tstz('rendered_at'),
  },
  (t) => [
    index('notification_events_pending_idx')
      .on(t.createdAt)
      .where(sql`${t.renderedAt} is null`),
  ],
);
