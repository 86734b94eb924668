import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { schedulePeriodicJob } from '../../../plugins/periodicJob';
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
  schedulePeriodicJob(app, {
    name: 'request follow-up',
    intervalMs:
      app.config.REQUEST_SWEEP_INTERVAL_MS ??
      (app.config.NODE_ENV === 'test' ? 0 : defaultIntervalMs),
    run: async (now) => {
      const result = await runRequestFollowUp(app.db, now);
      return { worthLogging: result.reminders + result.unfilled > 0, result };
    },
  });
};

export default requestFollowUpSweepPlugin;
