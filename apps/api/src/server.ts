import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { DatabaseStartError, startDatabase } from './database';
import { seedDemo } from './seed/demo';

/** Reads the environment, starts the database and the app, and shuts down on a signal. */
async function main() {
  const config = loadConfig();
  const { database, stopServer } = await startDatabase(config, (line) => console.log(line));
  if (config.SEED_DEMO) await seedDemo(database.db, (line) => console.log(line));
  const app = await buildApp({ config, database });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: draining requests');
    await app.close();
    await database.close();
    await stopServer();
    process.exit(0);
  };
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
