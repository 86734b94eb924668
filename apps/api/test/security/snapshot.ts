import { sql } from 'drizzle-orm';
import type { Database } from '@stagebureau/db';

/**
 * A checksum of every table's rows, to prove requests changed nothing. Three bookkeeping tables
 * are left out on purpose, as they hold no domain data: `idempotency_keys` (a refused booking
 * request keeps its first answer too, so a retry with the same key gets the same refusal,
 * architecture §5.4) and `rate_limit_counters` (a refused login counts as a failure for the
 * account's throttle, shared by every API instance) and `job_leases` (a background job's
 * lease changes on its own timer, whatever the requests do).
 */
export async function tableSnapshot(db: Database): Promise<Record<string, string>> {
  const tables = await db.execute<{ tablename: string }>(
    sql`select tablename from pg_tables where schemaname = 'public'
      and tablename not in ('idempotency_keys', 'rate_limit_counters', 'job_leases') order by tablename`,
  );
  // One round trip for all tables: the fuzz test takes a snapshot around every request.
  const parts = tables.rows.map(
    ({ tablename }) =>
      sql`select ${tablename}::text as name, count(*)::int as rows, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from ${sql.identifier(tablename)} t`,
  );
  const result = await db.execute<{ name: string; rows: number; digest: string }>(
    sql.join(parts, sql` union all `),
  );
  return Object.fromEntries(result.rows.map((row) => [row.name, `${row.rows}:${row.digest}`]));
}
