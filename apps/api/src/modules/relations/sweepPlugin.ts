import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { schedulePeriodicJob } from '../../plugins/periodicJob';
import { runFollowUpReminders } from './sweep';

/** Follow-ups are due on days: a quarter of an hour is soon enough to remind. */
const defaultIntervalMs = 15 * 60_000;

/**
 * Reminds owners of due follow-ups (issue 17) every quarter of an hour inside the API process,
 * like the request follow-up; off under test, where tests call `runFollowUpReminders` with
 * their own `now`. Several API processes may run it: the sweep itself makes that safe.
 */
const followUpReminderSweepPlugin: FastifyPluginAsyncZod = async (app) => {
  schedulePeriodicJob(app, {
    name: 'follow-up reminders',
    intervalMs: app.config.NODE_ENV === 'test' ? 0 : defaultIntervalMs,
    run: async (now) => {
      const result = await runFollowUpReminders(app.db, now);
      return { worthLogging: result.reminded > 0, result };
    },
  });
};

export default followUpReminderSweepPlugin;
