import type { Database } from '@stagebureau/db';
import {
  bookingEvent,
  canSeeBooking,
  canSubscribe,
  feedCalendarName,
  feedWindow,
  publicCalendarName,
  sessionEvent,
  type Actor,
  type CalendarFeed,
} from '@stagebureau/domain';
import { hashSecret } from '../auth/secrets';
import { loadActiveActor } from '../auth/service';
import { aggregateBookingScope, loadBooking, loadBookingScope } from './bookingItems';
import type { FeedAggregate } from './conditional';
import { findLiveFeedByTokenHash } from './repo';
import { findRegionBySlug, findScopeTarget } from './scopeTargets';
import { aggregateSessionScope, loadSessionScope, type SessionScope } from './sessionItems';

/**
 * A calendar that can say cheaply whether it changed (`aggregate`) before it is built.
 * Null everywhere means "no such calendar": unknown, revoked, or no longer allowed.
 */
export interface CalendarSource {
  identity: string;
  name: string;
  nameChangedAt: Date;
  aggregate(): Promise<FeedAggregate>;
  build(): Promise<CalendarFeed>;
}

/** Secret tokens are base64url; anything else cannot match and skips the lookup. */
const tokenShape = /^[A-Za-z0-9_-]{20,200}$/;

/** The feed behind a secret token, as its creator may see it now. */
export async function feedSourceForToken(
  db: Database,
  token: string,
  now: Date,
  webUrl: string,
): Promise<CalendarSource | null> {
  if (!tokenShape.test(token)) return null;
  const feed = await findLiveFeedByTokenHash(db, hashSecret(token));
  if (!feed) return null;
  const creator = await loadActiveActor(db, feed.userId, feed.regionId);
  if (!creator) return null;
  const target = await findScopeTarget(db, feed.regionId, feed.scope, feed.scopeId);
  if (!target || canSubscribe(creator, feed.scope, target) !== 'allow') return null;

  const window = feedWindow(now);
  const name = feedCalendarName(feed.scope, target.name);
  const base = { identity: `feed:${feed.id}`, name, nameChangedAt: target.changedAt };
  if (feed.scope === 'school' || feed.scope === 'class') {
    const scope = { scope: feed.scope, scopeId: feed.scopeId, regionId: feed.regionId };
    return {
      ...base,
      aggregate: () => aggregateBookingScope(db, scope, window),
      build: async () => ({
        name,
        events: (await loadBookingScope(db, scope, window)).map((item) =>
          bookingEvent(item, webUrl),
        ),
      }),
    };
  }
  const scope: SessionScope = { scope: feed.scope, scopeId: feed.scopeId, regionId: feed.regionId };
  return {
    ...base,
    aggregate: () => aggregateSessionScope(db, scope, window),
    build: async () => ({
      name,
      events: (await loadSessionScope(db, scope, window)).map((item) =>
        sessionEvent(item, 'organiser', webUrl),
      ),
    }),
  };
}

/** The region's public year calendar: published sessions and free seats, no school data. */
export async function publicSourceForRegion(
  db: Database,
  regionSlug: string,
  now: Date,
  webUrl: string,
): Promise<CalendarSource | null> {
  const region = await findRegionBySlug(db, regionSlug);
  if (!region) return null;
  const window = feedWindow(now);
  const scope: SessionScope = { scope: 'public', regionId: region.id };
  const name = publicCalendarName(region.name);
  return {
    identity: `public:${region.id}`,
    name,
    nameChangedAt: region.changedAt,
    aggregate: () => aggregateSessionScope(db, scope, window),
    build: async () => ({
      name,
      events: (await loadSessionScope(db, scope, window)).map((item) =>
        sessionEvent(item, 'public', webUrl),
      ),
    }),
  };
}

/** One booking as a single-event calendar, for whoever may see the booking. */
export async function bookingCalendar(
  db: Database,
  actor: Actor,
  bookingId: string,
  webUrl: string,
): Promise<CalendarFeed | null> {
  const found = await loadBooking(db, actor.regionId, bookingId);
  if (!found) return null;
  const owners = { regionId: actor.regionId, schoolId: found.schoolId, companyId: found.companyId };
  if (canSeeBooking(actor, owners) !== 'allow') return null;
  return {
    name: `Stagebureau – ${found.item.offer.title}`,
    events: [bookingEvent(found.item, webUrl)],
  };
}
