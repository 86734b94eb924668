import { and, asc, eq, isNull } from 'drizzle-orm';
import { feeds, type Database, type Transaction } from '@stagebureau/db';
import type { FeedScope } from '@stagebureau/domain';

export type FeedRow = typeof feeds.$inferSelect;

export async function insertFeed(
  tx: Transaction,
  values: {
    regionId: string;
    userId: string;
    scope: FeedScope;
    scopeId: string;
    tokenHash: string;
  },
): Promise<FeedRow> {
  const [row] = await tx.insert(feeds).values(values).returning();
  return row!;
}

/** The caller's feeds that still work (revoked ones stay as rows, not in the list). */
export function listLiveFeeds(db: Database, regionId: string, userId: string) {
  return db
    .select()
    .from(feeds)
    .where(and(eq(feeds.regionId, regionId), eq(feeds.userId, userId), isNull(feeds.revokedAt)))
    .orderBy(asc(feeds.createdAt), asc(feeds.id));
}

/** A live feed of this user, locked for a revoke or rotate. Feeds are personal. */
export async function findOwnLiveFeed(
  tx: Transaction,
  regionId: string,
  userId: string,
  feedId: string,
): Promise<FeedRow | null> {
  const [row] = await tx
    .select()
    .from(feeds)
    .where(
      and(
        eq(feeds.regionId, regionId),
        eq(feeds.userId, userId),
        eq(feeds.id, feedId),
        isNull(feeds.revokedAt),
      ),
    )
    .for('update');
  return row ?? null;
}

export async function revokeFeedRow(tx: Transaction, feedId: string, now: Date) {
  await tx.update(feeds).set({ revokedAt: now }).where(eq(feeds.id, feedId));
}

/** Rotation replaces the hash: the old token then matches no row at all. */
export async function replaceTokenHash(tx: Transaction, feedId: string, tokenHash: string) {
  await tx.update(feeds).set({ tokenHash }).where(eq(feeds.id, feedId));
}

/** The token is the only thing known before the region: a unique-index lookup by its hash. */
export async function findLiveFeedByTokenHash(
  db: Database,
  tokenHash: string,
): Promise<FeedRow | null> {
  const [row] = await db
    .select()
    .from(feeds)
    .where(and(eq(feeds.tokenHash, tokenHash), isNull(feeds.revokedAt)));
  return row ?? null;
}
