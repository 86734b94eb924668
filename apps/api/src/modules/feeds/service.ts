import type { Database } from '@stagebureau/db';
import {
  DomainError,
  canSubscribe,
  type Actor,
  type CreateFeed,
  type Feed,
  type IssuedFeed,
} from '@stagebureau/domain';
import { recordAudit } from '../audit/record';
import { hashSecret, newSecret } from '../auth/secrets';
import {
  findOwnLiveFeed,
  insertFeed,
  listLiveFeeds,
  replaceTokenHash,
  revokeFeedRow,
} from './repo';
import { findScopeTarget } from './scopeTargets';

/** For other modules (year plans): loaders by period and the one iCalendar renderer. */
export { loadSchoolBookingsStarting } from './bookingItems';
export { icalContentType, renderCalendar } from './render';
export { loadCompanySessionsStarting } from './sessionItems';

export interface FeedDeps {
  db: Database;
  /** `${PUBLIC_API_URL}`: feed URLs are `${base}/ical/<token>.ics`. */
  publicApiUrl: string;
}

const feedUrl = (deps: FeedDeps, token: string) =>
  `${deps.publicApiUrl.replace(/\/$/, '')}/ical/${token}.ics`;

/** The actor may subscribe to the scope now, or the refusal is thrown (404 hides others'). */
async function assertMaySubscribe(deps: FeedDeps, actor: Actor, input: CreateFeed) {
  const target = await findScopeTarget(deps.db, actor.regionId, input.scope, input.id);
  if (!target) throw new DomainError('not_found');
  const decision = canSubscribe(actor, input.scope, target);
  if (decision !== 'allow') throw new DomainError(decision);
}

const auditActor = (actor: Actor) => ({
  userId: actor.userId,
  role: actor.role,
  regionId: actor.regionId,
});

export async function createFeed(
  deps: FeedDeps,
  actor: Actor,
  input: CreateFeed,
): Promise<IssuedFeed> {
  await assertMaySubscribe(deps, actor, input);
  const token = newSecret();
  const feed = await deps.db.transaction(async (tx) => {
    const row = await insertFeed(tx, {
      regionId: actor.regionId,
      userId: actor.userId,
      scope: input.scope,
      scopeId: input.id,
      tokenHash: hashSecret(token),
    });
    await recordAudit(tx, auditActor(actor), {
      entity: 'feed',
      entityId: row.id,
      action: 'create',
      after: { scope: input.scope, scopeId: input.id },
    });
    return row;
  });
  return { id: feed.id, url: feedUrl(deps, token) };
}

export async function listFeeds(deps: FeedDeps, actor: Actor): Promise<{ items: Feed[] }> {
  const rows = await listLiveFeeds(deps.db, actor.regionId, actor.userId);
  return {
    items: rows.map((row) => ({
      id: row.id,
      scope: row.scope,
      scopeId: row.scopeId,
      createdAt: row.createdAt.toISOString(),
    })),
  };
}

export async function revokeFeed(deps: FeedDeps, actor: Actor, feedId: string, now: Date) {
  await deps.db.transaction(async (tx) => {
    const feed = await findOwnLiveFeed(tx, actor.regionId, actor.userId, feedId);
    if (!feed) throw new DomainError('not_found');
    await revokeFeedRow(tx, feed.id, now);
    await recordAudit(tx, auditActor(actor), {
      entity: 'feed',
      entityId: feed.id,
      action: 'revoke',
    });
  });
}

/** A new secret URL for the same feed; the old one stops working at once. */
export async function rotateFeed(
  deps: FeedDeps,
  actor: Actor,
  feedId: string,
): Promise<IssuedFeed> {
  const token = newSecret();
  await deps.db.transaction(async (tx) => {
    const feed = await findOwnLiveFeed(tx, actor.regionId, actor.userId, feedId);
    if (!feed) throw new DomainError('not_found');
    await assertMaySubscribe(deps, actor, { scope: feed.scope, id: feed.scopeId });
    await replaceTokenHash(tx, feed.id, hashSecret(token));
    await recordAudit(tx, auditActor(actor), {
      entity: 'feed',
      entityId: feed.id,
      action: 'rotate',
    });
  });
  return { id: feedId, url: feedUrl(deps, token) };
}
