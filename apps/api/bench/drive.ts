import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { Actor } from './bookingSql';
import type { Attempt, BookingWorld } from './seed/bookingWorld';

/**
 * What the database-side booking runs (the product's SQL replay and the two PostgreSQL anchors)
 * share: the API's pool, the flash crowd's clients and attempts in a closed loop, and one IPC
 * answer to run.ts from a forked worker process.
 */
export interface DriveResult {
  latencies: number[];
  outcomes: Record<string, number>;
  errors: number;
  elapsedMs: number;
  /** CPU time of the client process during the run: its share of the machine's cores. */
  clientCpuMs: number;
  /** What drove the run (pgbench or node-pg and how), for the report. */
  driver?: string;
  /** Anything the run wants in the report's notes. */
  notes?: string[];
}

/** The API's session settings (packages/db/src/client.ts), so lock waits behave the same. */
export const apiSessionOptions = '-c lock_timeout=5000 -c statement_timeout=30000';

/** The API's pool options (packages/db/src/client.ts), so lock waits behave the same. */
export const apiLikePool = (url: string, poolSize: number) =>
  new pg.Pool({
    connectionString: url,
    max: poolSize,
    options: apiSessionOptions,
  });

/** Opens every connection of the pool before the clock starts, as a running API has them. */
export async function warmPool(pool: pg.Pool, size: number) {
  const clients = await Promise.all(Array.from({ length: size }, () => pool.connect()));
  for (const client of clients) client.release();
}

/**
 * Every client of the world books its attempts one after another, all clients at once (the
 * flash crowd's closed loop, without HTTP). A thrown error counts as an `error` outcome.
 */
export async function driveWorld(
  world: BookingWorld,
  book: (actor: Actor, attempt: Attempt) => Promise<string>,
): Promise<DriveResult> {
  const latencies: number[] = [];
  const outcomes: Record<string, number> = {};
  let errors = 0;
  const cpuBefore = process.cpuUsage();
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
        let outcome: string;
        try {
          outcome = await book(actor, attempt);
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
  const cpu = process.cpuUsage(cpuBefore);
  return { latencies, outcomes, errors, elapsedMs, clientCpuMs: (cpu.user + cpu.system) / 1000 };
}

/** Successful bookings (confirmed + waitlisted) per second of a run. */
export const bookingsPerSecond = (result: DriveResult) =>
  ((result.outcomes.confirmed ?? 0) + (result.outcomes.waitlisted ?? 0)) /
  (result.elapsedMs / 1000);

/** A worker answers one command from run.ts, then exits (a later `exit` message is moot). */
export function answerOnce<C>(run: (command: C) => Promise<DriveResult>) {
  process.once('message', (command: C) => {
    run(command).then(
      (result) => process.send!({ ok: true, result }, () => process.exit(0)),
      (error: unknown) => process.send!({ ok: false, error: String(error) }, () => process.exit(1)),
    );
  });
}
