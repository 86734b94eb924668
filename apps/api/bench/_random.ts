import pg from 'pg';
import { createDatabase, migrateDatabase } from '@stagebureau/db';
import { flashShape, openAt, seedBookingWorld } from './seed/bookingWorld';
import { createFullShapeFunction, loadAttempts, pgbenchScript } from './anchorSql';
import { findPgbench, runPgbench } from './pgbench';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const base = 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `sb_random_${process.pid}`;
const admin = new pg.Client({ connectionString: base });
await admin.connect();
await admin.query(`create database ${name}`);
const url = base.replace(/\/postgres$/, `/${name}`);
const handle = createDatabase(url, { max: 2 });
try {
  await migrateDatabase(handle.db);
  const client = await handle.pool.connect();
  for (const anchor of ['hot-row', 'full-shape'] as const) {
    const world = await seedBookingWorld(client, anchor, flashShape, 'x');
    await openAt(client, world, new Date(Date.now() - 60_000));
    await createFullShapeFunction(handle.pool);
    await loadAttempts(handle.pool, world);
    await client.query('analyze');
    const script = pgbenchScript(anchor, 20).replace(/^\\set n .*\n\\set k .*\n/, '\\set n random(0, 1999)\n');
    writeFileSync('/tmp/random.sql', script);
    const r = spawnSync('pgbench', ['-n', '-M', 'prepared', '-c', '20', '-j', '2', '-T', '10', '-D', `region=${world.regionId}`, '-f', '/tmp/random.sql', url], { encoding: 'utf8' });
    console.log(anchor, /tps = [\d.]+/.exec(r.stdout)?.[0], /processed: \d+/.exec(r.stdout)?.[0], r.stderr.slice(0, 300));
    console.log((await client.query(`select status, count(*) from bookings where region_id = $1 group by 1`, [world.regionId])).rows, (await client.query(`select count(*) from idempotency_keys where region_id = $1`, [world.regionId])).rows);
  }
  client.release();
} finally {
  await handle.close();
  await admin.query(`drop database ${name} with (force)`);
  await admin.end();
}
