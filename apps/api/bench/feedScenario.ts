import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { DatabaseHandle } from '@stagebureau/db';
import { feedSourceForToken } from '../src/modules/feeds/calendarSources';
import { renderCalendar } from '../src/modules/feeds/render';
import { explainStatements } from './catalogueScenario';
import type { PathResult } from './loadgen';
import type { Worker } from './processes';
import type { Report } from './report';
import { summarise, type LatencySummary } from './stats';

export interface FeedContext {
  handle: DatabaseHandle;
  apiUrl: string;
  loadgen: Worker;
  password: string;
  report: Report;
  log: (line: string) => void;
  feed: { regionId: string; schoolId: string; email: string };
  events: number;
  healthRate: number;
  /** The API's process: its CPU time per request is a figure the machine's load moves less. */
  apiPid: number;
}

const clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** User + system CPU time a process has used so far, in ms (`/proc/<pid>/stat`). */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  // After the command's `)`: state is field 3, utime and stime are fields 14 and 15.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks;
}

const coldCount = 20;
const cachedCount = 200;
const notModifiedCount = 1000;

/**
 * The school feed of `events` events, three ways: cold (the first fetch after a change, so the
 * version is new and nothing is cached: load, map, render), from the render cache, and the
 * If-None-Match → 304 path. Then, in this process, how a cold build splits between the load
 * queries and ical-generator, and the plans of every statement of the 304 path and the build.
 */
export async function runFeedScenario(ctx: FeedContext) {
  const { handle, loadgen, report } = ctx;
  const [bearer] = (
    await loadgen.call<{ tokens: string[] }>({
      type: 'login',
      url: ctx.apiUrl,
      emails: [ctx.feed.email],
      password: ctx.password,
    })
  ).tokens;
  const created = await fetch(`${ctx.apiUrl}/api/v1/feeds`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
    body: JSON.stringify({ scope: 'school', id: ctx.feed.schoolId }),
  });
  const path = new URL(((await created.json()) as { url: string }).url).pathname;
  const token = /\/ical\/(.+)\.ics$/.exec(path)![1]!;
  const fetchFeed = async (name: string, count: number, headers?: Record<string, string>) =>
    (
      await loadgen.call<{ results: PathResult[] }>({
        type: 'paths',
        url: ctx.apiUrl,
        requests: [{ name, path, count, concurrency: 1, headers }],
      })
    ).results[0]!;

  // Cold: a booking of the school changes (its triggers bump the school's version) before each
  // fetch, as when a calendar client polls right after an edit.
  const touch = `update bookings set sequence = sequence + 1, updated_at = now()
    where id = (select id from bookings where region_id = $1 and school_id = $2 limit 1)`;
  const cold: number[] = [];
  const coldStatuses: Record<string, number> = {};
  let bytes = 0;
  let coldCpu = 0;
  for (let run = 0; run < coldCount; run++) {
    await handle.pool.query(touch, [ctx.feed.regionId, ctx.feed.schoolId]);
    const cpuBefore = cpuMsOf(ctx.apiPid);
    const result = await fetchFeed('cold', 1);
    coldCpu += cpuMsOf(ctx.apiPid) - cpuBefore;
    cold.push(...result.latencies);
    for (const [status, n] of Object.entries(result.statuses))
      coldStatuses[status] = (coldStatuses[status] ?? 0) + n;
    bytes = result.bytes;
  }
  let cpuBefore = cpuMsOf(ctx.apiPid);
  const cached = await fetchFeed('cached', cachedCount);
  const cachedCpu = cpuMsOf(ctx.apiPid) - cpuBefore;
  const etag = cached.headers.etag!;
  cpuBefore = cpuMsOf(ctx.apiPid);
  const notModified = await fetchFeed('304', notModifiedCount, { 'if-none-match': etag });
  const notModifiedCpu = cpuMsOf(ctx.apiPid) - cpuBefore;
  const cpu = (total: number, count: number) =>
    `API CPU ${(total / count).toFixed(total / count < 10 ? 2 : 0)} ms/request`;

  const row = (
    scenario: string,
    count: number,
    latency: LatencySummary,
    statuses: Record<string, number>,
    elapsedMs: number,
    ratio: string,
    target: string,
  ) =>
    report.rows.push({
      scenario,
      load: `1 client, ${count} requests`,
      throughput: count / (elapsedMs / 1000),
      throughputUnit: 'req/s',
      latency,
      errors: JSON.stringify(statuses),
      ratio,
      target,
    });
  const coldLatency = summarise(cold);
  const cachedLatency = summarise(cached.latencies);
  const notModifiedLatency = summarise(notModified.latencies);
  const size = `${(bytes / 1024).toFixed(0)} KiB`;
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  row(
    `Feed: school, ${ctx.events} events, cold (changed version)`,
    coldCount,
    coldLatency,
    coldStatuses,
    sum(cold),
    `${size}; ${cpu(coldCpu, coldCount)}`,
    `p50 ≤ 150 ms ${coldLatency.p50 <= 150 ? '✓' : '✗'}`,
  );
  row(
    `Feed: school, ${ctx.events} events, from the render cache`,
    cachedCount,
    cachedLatency,
    cached.statuses,
    cached.elapsedMs,
    `${size}; ${cpu(cachedCpu, cachedCount)}`,
    `p50 ≤ 10 ms ${cachedLatency.p50 <= 10 ? '✓' : '✗'}`,
  );
  row(
    'Feed: If-None-Match → 304',
    notModifiedCount,
    notModifiedLatency,
    notModified.statuses,
    notModified.elapsedMs,
    (Number.isFinite(ctx.healthRate)
      ? `${(notModifiedCount / (notModified.elapsedMs / 1000) / ctx.healthRate).toFixed(2)} × HTTP floor; `
      : '') + cpu(notModifiedCpu, notModifiedCount),
    `p99 ≤ 5 ms ${notModifiedLatency.p99 <= 5 ? '✓' : '✗'}`,
  );

  // Where a cold build's time goes, measured here (tsx, same code): queries, then rendering.
  const now = new Date();
  const source = (await feedSourceForToken(handle.db, token, now, 'https://bench.invalid'))!;
  const load: number[] = [];
  const render: number[] = [];
  for (let run = 0; run < 10; run++) {
    const started = performance.now();
    const calendar = await source.build();
    const built = performance.now();
    renderCalendar(calendar);
    load.push(built - started);
    render.push(performance.now() - built);
  }
  report.notes.push(
    `Feed cold build in the bench process (10 runs, p50): load queries + event mapping ` +
      `${summarise(load).p50.toFixed(1)} ms, ical-generator ${summarise(render).p50.toFixed(1)} ms.`,
  );
  report.plans.push(
    ...(await explainStatements(handle, 'feed: 304 path', async () => {
      await feedSourceForToken(handle.db, token, now, 'https://bench.invalid');
    })),
    ...(await explainStatements(handle, 'feed: cold build', () => source.build())),
  );
  ctx.log(
    `feed: cold p50 ${coldLatency.p50.toFixed(1)} ms, cached p50 ${cachedLatency.p50.toFixed(1)} ms, ` +
      `304 p99 ${notModifiedLatency.p99.toFixed(1)} ms`,
  );
}
