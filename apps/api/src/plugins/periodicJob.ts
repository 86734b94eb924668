import type { FastifyInstance } from 'fastify';

export interface PeriodicJob {
  /** For the log lines. */
  name: string;
  /** Milliseconds between the end of one run and the start of the next; 0 = never run. */
  intervalMs: number;
  /** One run with the current time; returns whether it did anything worth a log line. */
  run: (now: Date) => Promise<{ worthLogging: boolean; result: object }>;
}

/**
 * Runs a job inside the API process: once when the app is ready, then `intervalMs` after each
 * run ends (runs never overlap in one process; several processes are the job's own concern).
 * A failed run is logged and retried next time; closing the app waits for a run in flight.
 */
export function schedulePeriodicJob(app: FastifyInstance, job: PeriodicJob): void {
  if (job.intervalMs <= 0) return;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = job
      .run(new Date())
      .then(({ worthLogging, result }) => {
        if (worthLogging) app.log.info(result, job.name);
      })
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
