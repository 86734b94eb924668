import { and, eq, sql } from 'drizzle-orm';
import {
  classes,
  offers,
  regions,
  sessions,
  type Database,
  type Transaction,
} from '@stagebureau/db';
import {
  DomainError,
  localDateOf,
  regionSettingsSchema,
  type HolidayRegion,
  type NewBookingFacts,
} from '@stagebureau/domain';
import { blackoutsAround } from '../blackouts/service';

type Db = Database | Transaction;

export interface LoadedFacts extends Pick<NewBookingFacts, 'region' | 'blackouts'> {
  session: typeof sessions.$inferSelect;
  offer: typeof offers.$inferSelect;
  schoolClass: typeof classes.$inferSelect;
}

/**
 * Everything the booking decision reads, without locks: the session with its offer, the
 * class and the region in one query, then the blackouts of the session's dates. What a
 * concurrent writer may change meanwhile is re-checked by `booking_place()` under its locks.
 */
export async function loadBookingFacts(
  db: Db,
  regionId: string,
  target: { sessionId: string; classId: string },
): Promise<LoadedFacts> {
  const [row] = await factsQuery(db).execute({ regionId, ...target });
  if (!row) throw new DomainError('not_found', await whatIsMissing(db, regionId, target));
  const { session } = row;
  const blackouts = await blackoutsAround(db, regionId, {
    from: localDateOf(session.startsAt),
    to: localDateOf(new Date(session.endsAt.getTime() - 1)),
  });
  return {
    session,
    offer: row.offer,
    schoolClass: row.schoolClass,
    region: {
      settings: regionSettingsSchema.parse({ ...row.region.settings }),
      holidayRegion: row.region.holidayRegion as HolidayRegion,
    },
    blackouts,
  };
}

/**
 * Prepared by name: PostgreSQL plans this four-table join once per connection instead of on
 * every booking (the flash crowd's hottest read).
 */
const factsQuery = (db: Db) =>
  db
    .select({ session: sessions, offer: offers, schoolClass: classes, region: regions })
    .from(sessions)
    .innerJoin(offers, eq(offers.id, sessions.offerId))
    .innerJoin(regions, eq(regions.id, sessions.regionId))
    .innerJoin(
      classes,
      and(eq(classes.regionId, sessions.regionId), eq(classes.id, sql.placeholder('classId'))),
    )
    .where(
      and(
        eq(sessions.regionId, sql.placeholder('regionId')),
        eq(sessions.id, sql.placeholder('sessionId')),
      ),
    )
    .prepare('booking_facts');

async function whatIsMissing(db: Db, regionId: string, target: { classId: string }) {
  const [schoolClass] = await db
    .select({ id: classes.id })
    .from(classes)
    .where(and(eq(classes.regionId, regionId), eq(classes.id, target.classId)));
  return schoolClass ? 'session not found' : 'class not found';
}
