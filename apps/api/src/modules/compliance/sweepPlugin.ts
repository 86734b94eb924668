import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { schedulePeriodicJob } from '../../plugins/periodicJob';
import { runComplianceSweep } from './sweep';

/**
 * Runs the compliance sweep (expiry reminders, expiry at the day's end) every
 * COMPLIANCE_SWEEP_INTERVAL_MS inside the API process, hourly by default; 0 turns it off (the
 * default under test, where tests call `runComplianceSweep` with their own `now`).
 */
const complianceSweepPlugin: FastifyPluginAsyncZod = async (app) => {
  schedulePeriodicJob(app, {
    name: 'compliance sweep',
    intervalMs:
      app.config.COMPLIANCE_SWEEP_INTERVAL_MS ?? (app.config.NODE_ENV === 'test' ? 0 : 3_600_000),
    run: async (now) => {
      const result = await runComplianceSweep(app.db, now);
      return { worthLogging: result.reminded + result.expired > 0, result };
    },
  });
};

export default complianceSweepPlugin;
