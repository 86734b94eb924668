import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { bookOnce, type Actor, type Outcome } from './bookingSql';
import type { BookingWorld } from './seed/bookingWorld';

/**
 * The database's limit for the flash-crowd work, in its own process: the same clients with
 * the same attempts, each running the booking transaction's SQL on plain `pg` through a pool
 * the size of the API's. Answers run.ts over IPC.
 */
export interface DbLimitCommand {
  url: string;
  poolSize: number;
  world: BookingWorld;
}

async function run({ url, poolSize, world }: DbLimitCommand) {
  // The API's pool options (packages/db/src/client.ts), so lock waits behave the same.
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    options: '-c lock_timeout=5000 -c statement_timeout=30000',
  });
  const latencies: number[] = [];
  const outcomes: Record<string, number> = {};
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    world.clients.map(async (client) => {
      const coordinator = world.coordinators[client.school]!;
      const actor: Actor = {
        userId: coordinator.userId,
        regionId: world.regionId,
        schoolId: coordinator.schoolId,
      };
      for (const attempt of client.attempts) {
        const begun = performance.now();
        let outcome: Outcome | 'error';
        try {
          outcome = await bookOnce(pool, actor, attempt);
        } catch {
          outcome = 'error';
          errors++;
        }
        latencies.push(performance.now() - begun);
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      }
    }),
  );
  const elapsedMs = performance.now() - started;
  await pool.end();
  return { latencies, outcomes, errors, elapsedMs };
}

process.on('message', (command: DbLimitCommand) => {
  run(command).then(
    (result) => process.send!({ ok: true, result }, () => process.exit(0)),
    (error: unknown) => process.send!({ ok: false, error: String(error) }, () => process.exit(1)),
  );
});
