import { parseArgs } from 'node:util';
import { createDatabase, migrateDatabase } from '@stagebureau/db';
import { hashPassword } from '../src/modules/auth/secrets';
import { findConsistencyViolations } from '../src/modules/bookings/consistency';
import {
  catalogueQueries,
  catalogueRequests,
  explainCatalogue,
  explainStatements,
} from './catalogueScenario';
import { feedWindow } from '@stagebureau/domain';
import { aggregateBookingScope, loadBookingScope } from '../src/modules/feeds/bookingItems';
import type { DbLimitCommand } from './dbLimit';
import { join } from 'node:path';
import {
  apiDir,
  ensureProductionBuild,
  freshDatabase,
  memoryOf,
  resetPeakMemory,
  startApi,
} from './infra';
import type { FlashClient, PathResult } from './loadgen';
import { startWorker } from './processes';
import { machineInfo, writeReport, type Report } from './report';
import { aCatalogueCoordinator, seedCatalogueRegion } from './seed/catalogue';
import { flashShape, openAt, seedBookingWorld } from './seed/bookingWorld';
import { seedFeedSchool } from './seed/feedSchool';
import { summarise } from './stats';

/** `pnpm bench`: seeds a fresh database, starts the production API and prints the figures. */
const { values: args } = parseArgs({
  options: {
    regions: { type: 'string', default: '20' },
    offers: { type: 'string', default: '10000' },
    'health-seconds': { type: 'string', default: '10' },
    'feed-events': { type: 'string', default: '2000' },
    /** Comma-separated subset: health,flash,catalogue,feed (the database limit runs with flash). */
    only: { type: 'string', default: 'health,flash,catalogue,feed' },
    /** Writes a V8 CPU profile of the API to bench/results/ (open in Chrome DevTools). */
    'cpu-prof': { type: 'boolean', default: false },
  },
});
const regionCount = Number(args.regions);
const only = new Set(args.only.split(','));
const log = (line: string) =>
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);
const password = 'bench-password-123456';
const poolSize = 20; // the API's pool (createDatabase default)
const report: Report = { rows: [], notes: [], machine: machineInfo(), plans: [], failed: false };

ensureProductionBuild(log);
const database = await freshDatabase(log);
report.machine.postgres = database.version;
const handle = createDatabase(database.url, { max: 4 });
const cleanups: (() => Promise<void> | void)[] = [() => handle.close(), () => database.stop()];
try {
  await migrateDatabase(handle.db);
  const passwordHash = await hashPassword(password);
  const seedStarted = Date.now();
  const client = await handle.pool.connect();
  const flashWorld = await seedBookingWorld(client, 'bench-flash', flashShape, passwordHash);
  const limitWorld = await seedBookingWorld(client, 'bench-dblimit', flashShape, passwordHash);
  await openAt(client, limitWorld, new Date(Date.now() - 60_000));
  const feed = await seedFeedSchool(client, Number(args['feed-events']), passwordHash);
  const shape = {
    regions: regionCount,
    companies: 500,
    offers: Number(args.offers),
    sessionsPerOffer: 5,
  };
  const regions = [];
  for (let index = 1; index <= regionCount; index++) {
    regions.push(await seedCatalogueRegion(client, index, shape));
    if (index % 5 === 0 || index === regionCount)
      log(`catalogue: ${index}/${regionCount} regions seeded`);
  }
  const catalogueEmail = regions[0]
    ? await aCatalogueCoordinator(client, regions[0], passwordHash)
    : '';
  await client.query('analyze');
  client.release();
  report.notes.push(
    `Seeded in ${((Date.now() - seedStarted) / 1000).toFixed(0)} s: ${regionCount} catalogue regions × ` +
      `${shape.offers} offers × ${shape.sessionsPerOffer} sessions, two booking worlds, a ${args['feed-events']}-event school feed.`,
  );

  const profile = ['--cpu-prof', `--cpu-prof-dir=${join(apiDir, 'bench/results')}`];
  const api = await startApi(database.url, args['cpu-prof'] ? profile : []);
  cleanups.unshift(() => api.stop());
  const loadgen = startWorker('loadgen.ts');
  cleanups.unshift(() => loadgen.stop());
  const pid = api.process.pid!;
  log(
    `API (node dist/server.js) listening at ${api.url}, pid ${pid}, idle RSS ${memoryOf(pid).rssMb.toFixed(0)} MB`,
  );

  // 3. HTTP floor.
  let healthRate = NaN;
  if (only.has('health')) {
    const healthSeconds = Number(args['health-seconds']);
    const health = await loadgen.call<{ latencies: number[]; errors: number; elapsedMs: number }>({
      type: 'health',
      url: api.url,
      connections: 200,
      durationMs: healthSeconds * 1000,
    });
    healthRate = health.latencies.length / (health.elapsedMs / 1000);
    report.rows.push({
      scenario: 'HTTP floor: GET /health',
      load: `200 connections, ${healthSeconds} s`,
      throughput: healthRate,
      throughputUnit: 'req/s',
      latency: summarise(health.latencies),
      errors: String(health.errors),
      ratio: '1.00 (HTTP baseline)',
      target: '–',
    });
    log(`health: ${healthRate.toFixed(0)} req/s`);
  }

  // 1. Flash crowd through HTTP.
  if (only.has('flash')) {
    const { tokens } = await loadgen.call<{ tokens: string[] }>({
      type: 'login',
      url: api.url,
      emails: flashWorld.coordinators.map((c) => c.email),
      password,
    });
    const opensAt = new Date(Date.now() + 3_000);
    const admin = await handle.pool.connect();
    await openAt(admin, flashWorld, opensAt);
    admin.release();
    const clients: FlashClient[] = flashWorld.clients.map((c) => ({
      token: c.school,
      attempts: c.attempts,
    }));
    resetPeakMemory(pid);
    let peakRss = 0;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, memoryOf(pid).rssMb)), 50);
    const flash = await loadgen.call<{
      latencies: number[];
      outcomes: Record<string, number>;
      retries: number;
      elapsedMs: number;
    }>({ type: 'flash', url: api.url, tokens, clients, opensAt: opensAt.getTime() });
    clearInterval(sampler);
    const memory = memoryOf(pid);
    peakRss = Math.max(peakRss, memory.rssMb, memory.hwmMb);
    const booked = (status: string) =>
      Object.entries(flash.outcomes)
        .filter(([key]) => key.endsWith(` ${status}`))
        .reduce((s, [, n]) => s + n, 0);
    const flashSuccess = booked('confirmed') + booked('waitlisted');
    const flashRate = flashSuccess / (flash.elapsedMs / 1000);
    const server5xx = Object.entries(flash.outcomes)
      .filter(([key]) => key.startsWith('5'))
      .reduce((s, [, n]) => s + n, 0);
    log(
      `flash crowd: ${flashRate.toFixed(0)} bookings/s, outcomes ${JSON.stringify(flash.outcomes)}`,
    );

    // 2. The database's limit for the same work.
    const dbLimit = startWorker('dbLimit.ts');
    const limit = await dbLimit.call<{
      latencies: number[];
      outcomes: Record<string, number>;
      errors: number;
      elapsedMs: number;
    }>({ url: database.url, poolSize, world: limitWorld } satisfies DbLimitCommand);
    const limitSuccess = (limit.outcomes.confirmed ?? 0) + (limit.outcomes.waitlisted ?? 0);
    const limitRate = limitSuccess / (limit.elapsedMs / 1000);
    log(
      `database limit: ${limitRate.toFixed(0)} bookings/s, outcomes ${JSON.stringify(limit.outcomes)}`,
    );

    const attempts = clients.length * clients[0]!.attempts.length;
    const flashLatency = summarise(flash.latencies);
    report.rows.push({
      scenario: 'Flash crowd: POST /bookings',
      load: `200 clients / 40 schools, ${attempts} attempts, 50×30 seats`,
      throughput: flashRate,
      throughputUnit: 'bookings/s',
      latency: flashLatency,
      errors: `${server5xx} final 5xx, ${flash.retries} 503 retries`,
      ratio: `${(flashRate / limitRate).toFixed(2)} × database limit`,
      target: `≥ 0.50 × limit ${flashRate / limitRate >= 0.5 ? '✓' : '✗'}; p99 ≤ 150 ms ${flashLatency.p99 <= 150 ? '✓' : '✗'}`,
    });
    report.rows.push({
      scenario: 'Database limit: same SQL on pg',
      load: `200 clients, pool ${poolSize}, ${attempts} attempts`,
      throughput: limitRate,
      throughputUnit: 'bookings/s',
      latency: summarise(limit.latencies),
      errors: String(limit.errors),
      ratio: '1.00 (flash-crowd baseline)',
      target: '–',
    });
    report.notes.push(
      `Flash crowd split: ${booked('confirmed')} confirmed, ${booked('waitlisted')} waitlisted, ` +
        `${attempts - flashSuccess} rejected (${JSON.stringify(flash.outcomes)}); ${flash.retries} retries after 503. ` +
        `Database limit split: ${JSON.stringify(limit.outcomes)}.`,
      `API memory during the flash crowd: peak RSS ${peakRss.toFixed(0)} MB (VmHWM ${memory.hwmMb.toFixed(0)} MB, ` +
        `after ${memory.rssMb.toFixed(0)} MB); target ≤ 250 MB ${peakRss <= 250 ? '✓' : '✗'}.`,
    );
    // The booking regions only: catalogue sessions carry synthetic booked-seat counts.
    const violations = [];
    for (const regionId of [flashWorld.regionId, limitWorld.regionId, feed.regionId]) {
      violations.push(...(await findConsistencyViolations(handle.db, { regionId })));
    }
    if (violations.length > 0) {
      report.failed = true;
      report.notes.push(`**CONSISTENCY CHECK FAILED**: ${JSON.stringify(violations.slice(0, 10))}`);
      console.error(
        `\n!!! CONSISTENCY CHECK FAILED: ${violations.length} violations (overbooking or counter drift)\n`,
      );
    } else {
      report.notes.push(
        'Consistency check after both booking runs: no overbooking, counters match, no class overlap.',
      );
    }
  }

  // 4. Catalogue.
  if (only.has('catalogue') && regions.length > 0) {
    const [catalogueToken] = (
      await loadgen.call<{ tokens: string[] }>({
        type: 'login',
        url: api.url,
        emails: [catalogueEmail, feed.email],
        password,
      })
    ).tokens;
    const queries = catalogueQueries(new Date());
    const catalogue = await loadgen.call<{ results: PathResult[] }>({
      type: 'paths',
      url: api.url,
      requests: catalogueRequests(queries, catalogueToken!, 100),
    });
    for (const result of catalogue.results) {
      const latency = summarise(result.latencies);
      report.rows.push({
        scenario: `Catalogue: ${result.name}`,
        load: `1 client, 100 requests`,
        throughput: result.latencies.length / (result.elapsedMs / 1000),
        throughputUnit: 'req/s',
        latency,
        errors: Object.keys(result.statuses).filter((s) => s !== '200').length
          ? JSON.stringify(result.statuses)
          : '0',
        ratio: `${(result.latencies.length / (result.elapsedMs / 1000) / healthRate).toFixed(2)} × HTTP floor`,
        target: `p99 ≤ 50 ms ${latency.p99 <= 50 ? '✓' : '✗'}`,
      });
    }
    report.plans.push(...(await explainCatalogue(handle, regions[0]!.id, queries, new Date())));
  }

  // 5. Feeds.
  if (only.has('feed')) {
    const feedTokens = await loadgen.call<{ tokens: string[] }>({
      type: 'login',
      url: api.url,
      emails: [feed.email],
      password,
    });
    const created = await fetch(`${api.url}/api/v1/feeds`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${feedTokens.tokens[0]}`,
      },
      body: JSON.stringify({ scope: 'school', id: feed.schoolId }),
    });
    const feedPath = new URL(((await created.json()) as { url: string }).url).pathname;
    const [full] = (
      await loadgen.call<{ results: PathResult[] }>({
        type: 'paths',
        url: api.url,
        requests: [{ name: 'full', path: feedPath, count: 20, concurrency: 1 }],
      })
    ).results;
    const etag = full!.headers.etag!;
    const [notModified] = (
      await loadgen.call<{ results: PathResult[] }>({
        type: 'paths',
        url: api.url,
        requests: [
          {
            name: '304',
            path: feedPath,
            headers: { 'if-none-match': etag },
            count: 1000,
            concurrency: 1,
          },
        ],
      })
    ).results;
    const scope = { scope: 'school' as const, scopeId: feed.schoolId, regionId: feed.regionId };
    const window = feedWindow(new Date());
    report.plans.push(
      ...(await explainStatements(handle, 'feed: 304 aggregate', () =>
        aggregateBookingScope(handle.db, scope, window),
      )),
      ...(await explainStatements(handle, 'feed: load events', () =>
        loadBookingScope(handle.db, scope, window),
      )),
    );
    const fullLatency = summarise(full!.latencies);
    const notModifiedLatency = summarise(notModified!.latencies);
    report.rows.push({
      scenario: `Feed: school, ${args['feed-events']} events (200)`,
      load: '1 client, 20 requests',
      throughput: 20 / (full!.elapsedMs / 1000),
      throughputUnit: 'req/s',
      latency: fullLatency,
      errors: JSON.stringify(full!.statuses),
      ratio: `${(full!.bytes / 1024).toFixed(0)} KiB`,
      target: `build ≤ 150 ms ${fullLatency.p50 <= 150 ? '✓' : '✗'}`,
    });
    report.rows.push({
      scenario: 'Feed: If-None-Match → 304',
      load: '1 client, 1000 requests',
      throughput: 1000 / (notModified!.elapsedMs / 1000),
      throughputUnit: 'req/s',
      latency: notModifiedLatency,
      errors: JSON.stringify(notModified!.statuses),
      ratio: `${(1000 / (notModified!.elapsedMs / 1000) / healthRate).toFixed(2)} × HTTP floor`,
      target: `p99 ≤ 5 ms ${notModifiedLatency.p99 <= 5 ? '✓' : '✗'}`,
    });
  }
} catch (error) {
  report.failed = true;
  report.notes.push(`Bench aborted: ${String(error)}`);
  console.error(error);
} finally {
  for (const cleanup of cleanups) await cleanup();
}
const markdown = writeReport(report);
console.log(markdown);
if (report.failed) process.exit(1);
