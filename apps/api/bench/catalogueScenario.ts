import pg from 'pg';
import type { DatabaseHandle } from '@stagebureau/db';
import { publicCatalogueQuerySchema } from '@stagebureau/domain';
import { browseCatalogue } from '../src/modules/catalogue/service';
import type { PathRequest } from './loadgen';

/** Typical catalogue filters, as the web app sends them, for one region. */
export function catalogueQueries(today: Date): { name: string; query: Record<string, string> }[] {
  const day = (offset: number) =>
    new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  return [
    { name: 'first page, no filter', query: {} },
    { name: 'type', query: { type: 'company_visit' } },
    { name: 'level + school year', query: { level: 'vmbo-kb', schoolYear: '3' } },
    { name: 'sector + location', query: { sector: 'zorg', location: 'at_company' } },
    { name: 'dates (next month)', query: { from: day(30), to: day(60) } },
    { name: 'has free seats', query: { hasFreeSeats: 'true' } },
    { name: 'search "lassen"', query: { q: 'lassen' } },
    { name: 'search "zorg werken" + level', query: { q: 'zorg werken', level: 'vmbo-bb' } },
    {
      name: 'search + free seats + dates',
      query: { q: 'robots', hasFreeSeats: 'true', from: day(0), to: day(90) },
    },
  ];
}

export function catalogueRequests(
  queries: ReturnType<typeof catalogueQueries>,
  token: string,
  count: number,
): PathRequest[] {
  return queries.map(({ name, query }) => ({
    name,
    path: `/api/v1/offers?${new URLSearchParams(query)}`,
    headers: { authorization: `Bearer ${token}` },
    count,
    concurrency: 1,
  }));
}

interface Captured {
  text: string;
  values: unknown[];
}

/** The SQL the catalogue service sends for a query, captured at the driver. */
async function captureSql(run: () => Promise<unknown>): Promise<Captured[]> {
  const captured: Captured[] = [];
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  prototype.query = function (this: unknown, ...args: unknown[]) {
    const [first, second] = args as [string | { text: string; values?: unknown[] }, unknown[]?];
    if (typeof first === 'string') captured.push({ text: first, values: second ?? [] });
    else captured.push({ text: first.text, values: first.values ?? second ?? [] });
    return original.apply(this, args);
  };
  try {
    await run();
  } finally {
    prototype.query = original;
  }
  return captured;
}

export interface PlanSummary {
  name: string;
  statement: number;
  executionMs: number;
  scans: string[];
  plan: string;
}

/** EXPLAIN (ANALYZE, BUFFERS) of each statement `run` sends. */
export async function explainStatements(
  database: DatabaseHandle,
  name: string,
  run: () => Promise<unknown>,
): Promise<PlanSummary[]> {
  const summaries: PlanSummary[] = [];
  for (const [index, statement] of (await captureSql(run)).entries()) {
    const { rows } = await database.pool.query<{ 'QUERY PLAN': string }>(
      `explain (analyze, buffers) ${statement.text}`,
      statement.values,
    );
    const lines = rows.map((row) => row['QUERY PLAN']);
    const scans = lines
      .map(
        (line) =>
          /(Seq Scan|Index Scan|Index Only Scan|Bitmap Index Scan|Bitmap Heap Scan)( using \S+)? on \S+/.exec(
            line,
          )?.[0],
      )
      .filter((scan): scan is string => Boolean(scan));
    const time = /Execution Time: ([\d.]+) ms/.exec(lines.join('\n'));
    summaries.push({
      name,
      statement: index + 1,
      executionMs: time ? Number(time[1]) : NaN,
      scans: [...new Set(scans)],
      plan: lines.join('\n'),
    });
  }
  return summaries;
}

/** EXPLAIN (ANALYZE, BUFFERS) of each statement the catalogue sends for each query. */
export async function explainCatalogue(
  database: DatabaseHandle,
  regionId: string,
  queries: ReturnType<typeof catalogueQueries>,
  now: Date,
): Promise<PlanSummary[]> {
  const summaries: PlanSummary[] = [];
  for (const { name, query } of queries) {
    const parsed = publicCatalogueQuerySchema.parse(query);
    summaries.push(
      ...(await explainStatements(database, name, () =>
        browseCatalogue(database.db, { regionId, statuses: ['published'] }, parsed, now),
      )),
    );
  }
  return summaries;
}
