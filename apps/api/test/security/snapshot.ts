import { sql } from 'drizzle-orm';
import type { Database } from '@stagebureau/db';

/**
 * A checksum of every table's rows, to prove requests changed nothing. `idempotency_keys` is
 * left out on purpose: a refused booking request keeps its first answer too, so a retry with
 * the same key gets the same refusal (DESIGN §5.4); it holds no domain data.
 */
export async function tableSnapshot(db: Database): Promise<Record<string, string>> {
  const tables = await db.execute<{ tablename: string }>(
    sql`select tablename from pg_tables where schemaname = 'public'
      and tablename <> 'idempotency_keys' order by tablename`,
  );
  const snapshot: Record<string, string> = {};
  for (const { tablename } of tables.rows) {
    const table = sql.identifier(tablename);
    const result = await db.execute<{ rows: number; digest: string | null }>(
      sql`select count(*)::int as rows, md5(string_agg(t::text, '|' order by t::text)) as digest from ${table} t`,
    );
    const row = result.rows[0]!;
    snapshot[tablename] = `${row.rows}:${row.digest ?? ''}`;
  }
  return snapshot;
}
