import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { schedulePeriodicJob } from '../../../plugins/periodicJob';
import { requestEvaluations } from '../evaluation/sweep';
import { sweepAttendance } from './sweep';

/** Weeks and evaluations are about days: once an hour is soon enough. */
const intervalMs = 60 * 60_000;

/**
 * Runs the placements' clock inside the API process every PLACEMENT_SWEEP_INTERVAL_MS (an hour): the supervisor's weekly
 * attendance links, their one reminder and one conflict (`sweepAttendance`), and the
 * evaluation link once a placement ended (`requestEvaluations`). Off under test, where tests
 * call both with their own `now`. Several API processes may run it: the sweeps make that safe.
 */
const attendanceSweepPlugin: FastifyPluginAsyncZod = async (app) => {
  schedulePeriodicJob(app, {
    name: 'placement attendance',
    intervalMs:
      app.config.PLACEMENT_SWEEP_INTERVAL_MS ?? (app.config.NODE_ENV === 'test' ? 0 : intervalMs),
    run: async (now) => {
      const attendance = await sweepAttendance(app.db, now);
      const evaluations = await requestEvaluations(app.db, now);
      const result = { ...attendance, evaluationsRequested: evaluations };
      const worthLogging = Object.values(result).some((count) => count > 0);
      return { worthLogging, result };
    },
  });
};

export default attendanceSweepPlugin;
