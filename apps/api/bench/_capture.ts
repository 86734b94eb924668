import pg from 'pg';
import { createDatabase, migrateDatabase } from '@stagebureau/db';
import { flashShape, openAt, seedBookingWorld } from './seed/bookingWorld';
import { startWorker } from './processes';
import { bookingsPerSecond, type DriveResult } from './drive';
import { summarise } from './stats';
import { findConsistencyViolations } from '../src/modules/bookings/consistency';

const base = 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `sb_capture_${process.pid}`;
const admin = new pg.Client({ connectionString: base });
await admin.connect();
await admin.query(`create database ${name}`);
const url = base.replace(/\/postgres$/, `/${name}`);
const handle = createDatabase(url, { max: 2 });
try {
  await migrateDatabase(handle.db);
  const client = await handle.pool.connect();
  const worlds = [];
  for (const slug of (process.argv[2] ?? 'hot-row,full-shape,product').split(',')) {
    const world = await seedBookingWorld(client, slug, flashShape, 'x');
    await openAt(client, world, new Date(Date.now() - 60_000));
    worlds.push([slug, world] as const);
  }
  await client.query('analyze');
  client.release();
  for (const [slug, world] of worlds) {
    const worker = startWorker(slug === 'product' ? 'dbLimit.ts' : 'anchors.ts');
    const r = await worker.call<DriveResult>({ anchor: slug, url, poolSize: 20, world });
    worker.stop();
    const l = summarise(r.latencies);
    console.log(slug, bookingsPerSecond(r).toFixed(0), 'b/s', JSON.stringify(r.outcomes), r.errors, 'err', (r.elapsedMs/1000).toFixed(2), 's', 'cpu', r.clientCpuMs, 'p50', l.p50.toFixed(1), 'p99', l.p99.toFixed(1), 'n', r.latencies.length, r.driver, r.notes);
    const v = await findConsistencyViolations(handle.db, { regionId: world.regionId });
    console.log('violations', v.length, JSON.stringify(v.slice(0, 2)));
  }
} finally {
  await handle.close();
  await admin.query(`drop database ${name} with (force)`);
  await admin.end();
}
