import { availableParallelism } from 'node:os';
import type pg from 'pg';
import {
  createFullShapeFunction,
  loadAttempts,
  pgbenchScript,
  prepareFullShape,
  prepareHotRow,
} from './anchorSql';
import {
  answerOnce,
  apiLikePool,
  apiSessionOptions,
  driveWorld,
  warmPool,
  type DriveResult,
} from './drive';
import { findPgbench, runPgbench, type Pgbench } from './pgbench';
import type { BookingWorld } from './seed/bookingWorld';

/**
 * One PostgreSQL anchor (anchorSql.ts) on its own booking world, answering run.ts over IPC.
 * Driven by pgbench when there is one (pgbench.ts: `-M prepared`, as many clients as the API's
 * pool has connections), else by node-pg in this process with the flash crowd's 200 clients
 * through a pool the size of the API's. Either way every attempt of the world is booked once.
 */
export type AnchorName = 'hot-row' | 'full-shape';

export interface AnchorCommand {
  anchor: AnchorName;
  url: string;
  poolSize: number;
  world: BookingWorld;
}

/** What pgbench's attempts came to, read from the world (pgbench only counts transactions). */
async function outcomesOf(pool: pg.Pool, regionId: string) {
  const { rows } = await pool.query<{ confirmed: number; waitlisted: number; keys: number }>(
    `select count(*) filter (where status = 'confirmed')::int as confirmed,
       count(*) filter (where status = 'waitlisted')::int as waitlisted,
       (select count(*)::int from idempotency_keys where region_id = $1) as keys
     from bookings where region_id = $1`,
    [regionId],
  );
  const { confirmed, waitlisted, keys } = rows[0]!;
  const outcomes: Record<string, number> = { confirmed, waitlisted };
  // Only the full shape keeps keys: one per attempt, so the rest were refused at the cap.
  if (keys > confirmed + waitlisted) outcomes.school_cap_reached = keys - confirmed - waitlisted;
  return outcomes;
}

async function withPgbench(
  pgbench: Pgbench,
  pool: pg.Pool,
  { anchor, url, poolSize: clients, world }: AnchorCommand,
): Promise<DriveResult> {
  const attempts = await loadAttempts(pool, world);
  if (attempts % clients !== 0) throw new Error(`${attempts} attempts over ${clients} clients`);
  const run = await runPgbench(pgbench, {
    url,
    script: pgbenchScript(anchor, clients),
    clients,
    threads: Math.min(availableParallelism(), clients),
    perClient: attempts / clients,
    variables: { k: 0, region: world.regionId },
    pgOptions: apiSessionOptions,
  });
  const errors = attempts - run.processed + run.failed;
  const outcomes = await outcomesOf(pool, world.regionId);
  if (errors > 0) outcomes.error = errors;
  return {
    latencies: run.latencies,
    outcomes,
    errors,
    // tps excludes pgbench's connection set-up, as the pool is warmed for node-pg.
    elapsedMs: (run.processed / run.tps) * 1000,
    clientCpuMs: run.cpuMs,
    driver: `pgbench ${pgbench.version} (${pgbench.path}) ${run.flags}`,
    notes: run.aborted.slice(0, 3),
  };
}

answerOnce(async (command: AnchorCommand) => {
  const { anchor, url, poolSize, world } = command;
  const pool = apiLikePool(url, poolSize);
  try {
    if (anchor === 'full-shape') await createFullShapeFunction(pool);
    const pgbench = findPgbench();
    if (pgbench) return await withPgbench(pgbench, pool, command);
    const book =
      anchor === 'hot-row'
        ? await prepareHotRow(pool, world.regionId)
        : await prepareFullShape(pool);
    await warmPool(pool, poolSize);
    const result = await driveWorld(world, book);
    return { ...result, driver: `node-pg (no pgbench), pool ${poolSize}` };
  } finally {
    await pool.end();
  }
});
