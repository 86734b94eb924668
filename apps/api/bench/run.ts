import { parseArgs } from 'node:util';
import { createDatabase, migrateDatabase } from '@stagebureau/db';
import { hashPassword } from '../src/modules/auth/secrets';
import { catalogueQueries, catalogueRequests, explainCatalogue } from './catalogueScenario';
import { join } from 'node:path';
import { apiDir, ensureProductionBuild, freshDatabase, memoryOf, startApi } from './infra';
import { runFeedScenario } from './feedScenario';
import { runFlashScenario } from './flashScenario';
import { runScaleOutScenario } from './scaleOutScenario';
import type { PathResult } from './loadgen';
import { startBareFastify, startWorker } from './processes';
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
    /** Comma-separated subset: health,flash,scaleout,catalogue,feed (flash includes its anchors). */
    only: { type: 'string', default: 'health,flash,scaleout,catalogue,feed' },
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
  // Identical twin worlds: the flash crowd's, and one each for the runs it is measured against.
  const twin = (slug: string) => seedBookingWorld(client, slug, flashShape, passwordHash);
  const worlds = {
    flash: await twin('bench-flash'),
    limit: await twin('bench-dblimit'),
    hotRow: await twin('bench-hotrow'),
    fullShape: await twin('bench-fullshape'),
    scaleOut: await twin('bench-scaleout'),
  };
  for (const world of [worlds.limit, worlds.hotRow, worlds.fullShape]) {
    await openAt(client, world, new Date(Date.now() - 60_000));
  }
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
      `${shape.offers} offers × ${shape.sessionsPerOffer} sessions, four booking worlds, a ${args['feed-events']}-event school feed.`,
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

  // 3. HTTP floor, against a bare Fastify measured in the same run (the per-request cost).
  let healthRate = NaN;
  if (only.has('health')) {
    const healthSeconds = Number(args['health-seconds']);
    const floor = async (url: string) => {
      const run = await loadgen.call<{ latencies: number[]; errors: number; elapsedMs: number }>({
        type: 'health',
        url,
        connections: 200,
        durationMs: healthSeconds * 1000,
      });
      return { ...run, rate: run.latencies.length / (run.elapsedMs / 1000) };
    };
    const bare = await startBareFastify();
    const bareRun = await floor(bare.url).finally(() => bare.stop());
    const health = await floor(api.url);
    healthRate = health.rate;
    report.rows.push({
      scenario: 'HTTP floor: bare Fastify GET /health (no plugins)',
      load: `200 connections, ${healthSeconds} s`,
      throughput: bareRun.rate,
      throughputUnit: 'req/s',
      latency: summarise(bareRun.latencies),
      errors: String(bareRun.errors),
      ratio: '1.00 (Fastify baseline)',
      target: '–',
    });
    report.rows.push({
      scenario: 'HTTP floor: GET /health',
      load: `200 connections, ${healthSeconds} s`,
      throughput: healthRate,
      throughputUnit: 'req/s',
      latency: summarise(health.latencies),
      errors: String(health.errors),
      ratio: `${(healthRate / bareRun.rate).toFixed(2)} × bare Fastify`,
      target: '≥ 0.5 × bare Fastify',
    });
    log(`health: ${healthRate.toFixed(0)} req/s; bare Fastify ${bareRun.rate.toFixed(0)} req/s`);
  }

  // 1–2. Flash crowd through HTTP, then the product's SQL and the PostgreSQL anchors on pg.
  if (only.has('flash')) {
    await runFlashScenario({
      handle,
      databaseUrl: database.url,
      apiUrl: api.url,
      apiPid: pid,
      loadgen,
      password,
      poolSize,
      report,
      log,
      worlds,
      otherRegionIds: [feed.regionId],
    });
  }

  // 3. The flash crowd again through three API instances behind PgBouncer (decision 012).
  if (only.has('scaleout')) {
    await runScaleOutScenario({
      handle,
      databaseUrl: database.url,
      loadgen,
      password,
      world: worlds.scaleOut,
      report,
      log,
    });
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
    await runFeedScenario({
      handle,
      apiUrl: api.url,
      loadgen,
      password,
      report,
      log,
      feed,
      events: Number(args['feed-events']),
      healthRate,
      apiPid: pid,
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
