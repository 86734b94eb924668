import { sql } from 'drizzle-orm';
import { feedVersions, type Database, type FeedVersionScope } from '@stagebureau/db';

/**
 * What a calendar's content hangs on, as the triggers of migrations 0017 and 0021 count it
 * (decision 011): its own key (a school, class, company or offer), or for the region and public
 * calendars the key of all the region's offers; and always the region key, which rare broad
 * changes (a renamed organisation or class) bump.
 */
export type VersionKey =
  { scope: Exclude<FeedVersionScope, 'region' | 'offers'>; scopeId: string } | { scope: 'offers' };

export interface FeedVersion {
  /** Changes whenever anything the calendar shows changed: for the ETag. */
  token: string;
  /** The last bump of any of its keys (null: never bumped). */
  changedAt: Date | null;
}

interface Row extends Record<string, unknown> {
  part: string;
  keys: number;
  total: string;
  /** Milliseconds since the epoch, with the microseconds as decimals. */
  changed_ms: number | null;
}

/**
 * The calendar's version in one statement: two short ranges of the primary key, a key's rows
 * (one per stripe, at most 8). A missing row is version 0. Sums, never max(): a bump that
 * commits after a later one would leave a max unchanged, while a sum of counters that only grow
 * changes with every bump.
 */
export async function loadFeedVersion(
  db: Database,
  regionId: string,
  key: VersionKey,
): Promise<FeedVersion> {
  const own =
    key.scope === 'offers'
      ? sql`scope = 'offers'`
      : sql`scope = ${key.scope} and scope_id = ${key.scopeId}`;
  const summary = sql`count(*)::int as keys, coalesce(sum(version), 0)::text as total,
    (extract(epoch from max(changed_at)) * 1000)::float8 as changed_ms`;
  const { rows } = await db.execute<Row>(sql`
    select 'region' as part, ${summary} from ${feedVersions}
    where region_id = ${regionId} and scope = 'region' and scope_id = ${regionId}
    union all
    select 'own' as part, ${summary} from ${feedVersions}
    where region_id = ${regionId} and ${own}`);
  const stamps = rows.flatMap((row) => (row.changed_ms === null ? [] : [row.changed_ms]));
  return {
    token: rows.map((row) => `${row.part}:${row.keys}:${row.total}:${row.changed_ms}`).join('|'),
    changedAt: stamps.length > 0 ? new Date(Math.floor(Math.max(...stamps))) : null,
  };
}
