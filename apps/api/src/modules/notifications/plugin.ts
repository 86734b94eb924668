import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { notificationUrls } from './notify';
import { logTransport, smtpTransport } from './transport';
import { NotificationWorker } from './worker';

declare module 'fastify' {
  interface FastifyInstance {
    notificationWorker: NotificationWorker;
  }
}

/** Runs the outbox worker inside the API process; closing the app stops it cleanly. */
async function notificationWorkerPlugin(app: FastifyInstance) {
  const { config } = app;
  notificationUrls.webUrl = config.WEB_URL;
  notificationUrls.apiUrl = config.PUBLIC_API_URL;
  const transport = config.SMTP_URL
    ? smtpTransport(config.SMTP_URL, config.MAIL_FROM)
    : logTransport(app.log.child({ module: 'notifications' }));
  if (!config.SMTP_URL)
    app.log.warn('SMTP_URL is not set: e-mails are written to the log and kept in the inbox');
  const worker = new NotificationWorker(app.db, transport, app.log, {
    batchSize: 50,
    maxAttempts: config.NOTIFICATION_MAX_ATTEMPTS,
    retryBaseMs: config.NOTIFICATION_RETRY_BASE_MS,
    leaseMs: 5 * 60_000,
  });
  app.decorate('notificationWorker', worker);
  app.addHook('onReady', async () => {
    if (config.NOTIFICATION_INTERVAL_MS > 0) worker.start(config.NOTIFICATION_INTERVAL_MS);
  });
  app.addHook('onClose', async () => worker.stop());
}

export default fp(notificationWorkerPlugin, {
  name: 'notification-worker',
  dependencies: ['config', 'db'],
});
