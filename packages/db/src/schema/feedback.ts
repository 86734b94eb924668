import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bookings } from './bookings';
import { createdAt, id, updatedAt } from './columns';
import { offers } from './offers';
import { users } from './people';
import { organisations, regions } from './tenancy';

/**
 * Feedback after an activity: the school rates the activity, the company rates the visit.
 * One row per party per booking; a second answer edits it.
 */
export const feedback = pgTable(
  'feedback',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    bookingId: uuid('booking_id')
      .notNull()
      .references(() => bookings.id),
    offerId: uuid('offer_id')
      .notNull()
      .references(() => offers.id),
    party: text('party').$type<'school' | 'company'>().notNull(),
    /** The organisation that gave the feedback (the booking's school, or the offer's company). */
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    rating: integer('rating').notNull(),
    comment: text('comment').notNull().default(''),
    authorId: uuid('author_id').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('feedback_booking_party_uq').on(t.bookingId, t.party),
    index('feedback_region_offer_idx').on(t.regionId, t.offerId),
    index('feedback_region_org_idx').on(t.regionId, t.organisationId),
    check('feedback_rating_ck', sql`${t.rating} between 1 and 5`),
    check('feedback_party_ck', sql`${t.party} in ('school', 'company')`),
  ],
);
