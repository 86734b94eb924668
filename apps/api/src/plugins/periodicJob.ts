import type { FastifyInstance } from 'fastify';
import { newLeaseHolder, runUnderLease } from '../modules/jobs/leases';

export interface PeriodicJob {
  /** For the log lines, and the job's lease: one name, one job across all instances. */
  name: string;
  /** Milliseconds between the start of one run and the next (any instance); 0 = never run. */
  intervalMs: number;
  /** How long a run may take before another instance may take the job over; default 5 min. */
  maxRunMs?: number;
  /** One run with the current time; returns whether it did anything worth a log line. */
  run: (now: Date) => Promise<{ worthLogging: boolean; result: object }>;
}

/**
 * Runs a job inside the API process: a first attempt when the app is ready, then one every
 * `intervalMs`. Each attempt first takes the job's lease in PostgreSQL, so with N instances
 * behind a load balancer one runs it and the others skip (runs never overlap, in one
 * process or across them). A failed run is logged and retried at the next interval; closing
 * the app waits for a run in flight.
 */
export function schedulePeriodicJob(app: FastifyInstance, job: PeriodicJob): void {
  if (job.intervalMs <= 0) return;
  const holder = newLeaseHolder();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const lease = {
    job: job.name,
    holder,
    maxRunMs: job.maxRunMs ?? 5 * 60_000,
    intervalMs: job.intervalMs,
  };
  const attempt = async () => {
    const outcome = await runUnderLease(app.db, lease, () => job.run(new Date()));
    if (outcome.ran && outcome.result.worthLogging) app.log.info(outcome.result.result, job.name);
  };
  const tick = () => {
    running = attempt()
      .catch((error: unknown) => app.log.warn({ err: error }, `${job.name} failed`))
      .finally(() => {
        timer = setTimeout(tick, job.intervalMs);
        timer.unref();
      });
  };
  app.addHook('onReady', async () => {
    timer = setTimeout(tick, 0);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    clearTimeout(timer);
    await running;
    clearTimeout(timer);
  });
}
