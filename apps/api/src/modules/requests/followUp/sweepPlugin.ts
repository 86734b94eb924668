import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { runRequestFollowUp } from './sweep';

/** Reminders are about days, not minutes: a quarter of an hour is soon enough. */
const defaultIntervalMs = 15 * 60_000;

/**
 * Runs the request follow-up (reminders before a sign-up deadline, unfilled requests to the
 * bureau) every REQUEST_SWEEP_INTERVAL_MS inside the API process, like the booking sweep; 0
 * turns it off (the default under test, where tests call `runRequestFollowUp` with their own
 * `now`). Several API processes may run it: the sweep itself makes that safe.
 */
const requestFollowUpSweepPlugin: FastifyPluginAsyncZod = async (app) => {
  const interval =
    app.config.REQUEST_SWEEP_INTERVAL_MS ??
    (app.config.NODE_ENV === 'test' ? 0 : defaultIntervalMs);
  if (interval <= 0) return;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = runRequestFollowUp(app.db, new Date())
      .then((result) => {
        if (result.reminders + result.unfilled > 0) app.log.info(result, 'request follow-up');
      })
      .catch((error: unknown) => app.log.warn({ err: error }, 'request follow-up failed'))
      .finally(() => {
        timer = setTimeout(tick, interval);
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
};

export default requestFollowUpSweepPlugin;
