import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { schedulePeriodicJob } from '../../../plugins/periodicJob';
import { eraseExpiredParticipants } from './sweep';

/** Retention is counted in days: twice a day is soon enough. */
const defaultIntervalMs = 12 * 60 * 60_000;

/**
 * Erases pupils' names after the retention period, every PRIVACY_SWEEP_INTERVAL_MS inside the
 * API process; 0 turns it off (the default under test, where tests call the sweep with their
 * own `now`).
 */
const erasureSweepPlugin: FastifyPluginAsyncZod = async (app) => {
  schedulePeriodicJob(app, {
    name: 'pupil data retention',
    intervalMs:
      app.config.PRIVACY_SWEEP_INTERVAL_MS ??
      (app.config.NODE_ENV === 'test' ? 0 : defaultIntervalMs),
    run: async (now) => {
      const erased = await eraseExpiredParticipants(app.db, now);
      return { worthLogging: erased > 0, result: { erased } };
    },
  });
};

export default erasureSweepPlugin;
