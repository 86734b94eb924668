import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { runBookingSweep } from './sweep';

/**
 * Runs the booking sweep (expired holds, completed sessions) every BOOKING_SWEEP_INTERVAL_MS
 * inside the API process; 0 turns it off (the default under test, where tests call
 * `runBookingSweep` with their own `now`). A failed run is logged and retried next tick.
 */
const bookingSweepPlugin: FastifyPluginAsyncZod = async (app) => {
  const interval =
    app.config.BOOKING_SWEEP_INTERVAL_MS ?? (app.config.NODE_ENV === 'test' ? 0 : 60_000);
  if (interval <= 0) return;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = runBookingSweep(app.db, new Date())
      .then((result) => {
        if (result.holdsExpired + result.closed > 0) app.log.info(result, 'booking sweep');
      })
      .catch((error: unknown) => app.log.warn({ err: error }, 'booking sweep failed'))
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

export default bookingSweepPlugin;
