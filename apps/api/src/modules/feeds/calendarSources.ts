import type { Database } from '@stagebureau/db';
import {
  bookingEvent,
  canSeeBooking,
  canSubscribe,
  feedCalendarName,
  feedPlacementStatuses,
  feedWindow,
  placementEvent,
  placementStatuses,
  publicCalendarName,
  sessionEvent,
  type Actor,
  type CalendarEvent,
  type CalendarFeed,
} from '@stagebureau/domain';
import { hashSecret } from '../auth/secrets';
import { loadActiveActor } from '../auth/service';
import { placementItems } from '../placements/readModels';
import { loadBooking, loadBookingScope } from './bookingItems';
import type { CalendarIdentity } from './conditional';
import { findLiveFeedByTokenHash } from './repo';
import { findRegionBySlug, findScopeTarget } from './scopeTargets';
import { loadSessionScope, type SessionScope } from './sessionItems';
import { loadFeedVersion, type FeedVersion } from './versions';

const dayMs = 86_400_000;

/**
 * Feeds move their window once a day, at midnight UTC: between two midnights a calendar's
 * content depends on its data alone, so its ETag holds for the day instead of the millisecond.
 */
export const feedDay = (now: Date) => new Date(Math.floor(now.getTime() / dayMs) * dayMs);

/**
 * A calendar that says whether it changed (`version`, a few key lookups) before it is built.
 * Null everywhere means "no such calendar": unknown, revoked, or no longer allowed.
 */
export interface CalendarSource extends CalendarIdentity {
  version: FeedVersion;
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
  // Three independent primary-key lookups side by side: the 304 path is two round trips.
  const [creator, target, version] = await Promise.all([
    loadActiveActor(db, feed.userId, feed.regionId),
    findScopeTarget(db, feed.regionId, feed.scope, feed.scopeId),
    loadFeedVersion(
      db,
      feed.regionId,
      feed.scope === 'region' ? { scope: 'offers' } : { scope: feed.scope, scopeId: feed.scopeId },
    ),
  ]);
  if (!creator || !target || canSubscribe(creator, feed.scope, target) !== 'allow') return null;

  const day = feedDay(now);
  const window = feedWindow(day);
  const name = feedCalendarName(feed.scope, target.name);
  const regionId = feed.regionId;
  const base = {
    // The content is the scope's, whoever subscribed: all feeds of a scope share one body.
    identity: `${feed.scope}:${feed.scopeId}`,
    name,
    nameChangedAt: target.changedAt,
    day,
    window,
    version,
  };
  // A school's and a company's own feed show their placements, one event each (no names).
  const placements =
    feed.scope === 'school' || feed.scope === 'company'
      ? {
          audience: feed.scope,
          filter: {
            regionId,
            schoolId: feed.scope === 'school' ? feed.scopeId : undefined,
            companyId: feed.scope === 'company' ? feed.scopeId : undefined,
            statuses: feedPlacementStatuses,
            window,
          },
        }
      : null;
  const withPlacements = async (others: Promise<CalendarEvent[]>) => {
    if (!placements) return others;
    const [events, items] = await Promise.all([others, placementItems(db, placements.filter)]);
    return inTimeOrder([
      ...events,
      ...items.map((item) => placementEvent(item, placements.audience, webUrl)),
    ]);
  };
  if (feed.scope === 'school' || feed.scope === 'class') {
    const scope = { scope: feed.scope, scopeId: feed.scopeId, regionId };
    return {
      ...base,
      build: async () => ({
        name,
        events: await withPlacements(
          loadBookingScope(db, scope, window).then((items) =>
            items.map((item) => bookingEvent(item, webUrl)),
          ),
        ),
      }),
    };
  }
  const scope: SessionScope = { scope: feed.scope, scopeId: feed.scopeId, regionId };
  return {
    ...base,
    build: async () => ({
      name,
      events: await withPlacements(
        loadSessionScope(db, scope, window).then((items) =>
          items.map((item) => sessionEvent(item, 'organiser', webUrl)),
        ),
      ),
    }),
  };
}

/** Events by start; a stable sort keeps each source's own order for equal starts. */
const inTimeOrder = (events: CalendarEvent[]) =>
  [...events].sort((a, b) => a.start.getTime() - b.start.getTime());

/** The region's public year calendar: published sessions and free seats, no school data. */
export async function publicSourceForRegion(
  db: Database,
  regionSlug: string,
  now: Date,
  webUrl: string,
): Promise<CalendarSource | null> {
  const region = await findRegionBySlug(db, regionSlug);
  if (!region) return null;
  const day = feedDay(now);
  const window = feedWindow(day);
  const scope: SessionScope = { scope: 'public', regionId: region.id };
  const name = publicCalendarName(region.name);
  return {
    identity: `public:${region.id}`,
    name,
    nameChangedAt: region.changedAt,
    day,
    window,
    version: await loadFeedVersion(db, region.id, { scope: 'offers' }),
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
  // A placement's booking (in any status) downloads as the placement's event, for its school
  // or company: never as a class booking spanning the whole period.
  const [placement] = await placementItems(db, {
    regionId: actor.regionId,
    bookingId,
    statuses: placementStatuses,
  });
  if (placement) {
    const owners = {
      regionId: actor.regionId,
      schoolId: placement.schoolId,
      companyId: placement.companyId,
    };
    if (canSeeBooking(actor, owners) !== 'allow') return null;
    const audience = actor.organisationId === placement.companyId ? 'company' : 'school';
    return {
      name: `Stagebureau – ${placement.offer.title}`,
      events: [placementEvent(placement, audience, webUrl)],
    };
  }
  const found = await loadBooking(db, actor.regionId, bookingId);
  if (!found) return null;
  const owners = { regionId: actor.regionId, schoolId: found.schoolId, companyId: found.companyId };
  if (canSeeBooking(actor, owners) !== 'allow') return null;
  return {
    name: `Stagebureau – ${found.item.offer.title}`,
    events: [bookingEvent(found.item, webUrl)],
  };
}
