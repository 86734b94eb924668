import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { schedulePeriodicJob } from '../../plugins/periodicJob';
import { runBookingSweep } from './sweep';

/**
 * Runs the booking sweep (expired holds, completed sessions) every BOOKING_SWEEP_INTERVAL_MS
 * inside the API process; 0 turns it off (the default under test, where tests call
 * `runBookingSweep` with their own `now`).
 */
const bookingSweepPlugin: FastifyPluginAsyncZod = async (app) => {
  schedulePeriodicJob(app, {
    name: 'booking sweep',
    intervalMs:
      app.config.BOOKING_SWEEP_INTERVAL_MS ?? (app.config.NODE_ENV === 'test' ? 0 : 60_000),
    run: async (now) => {
      const result = await runBookingSweep(app.db, now);
      return { worthLogging: result.holdsExpired + result.closed > 0, result };
    },
  });
};

export default bookingSweepPlugin;
