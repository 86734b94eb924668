import { loadConfig } from '../config';
import { startDatabase } from '../database';
import { runPlatformCommand } from './platformCommands';

/**
 * `pnpm --filter @stagebureau/api platform <command>`: the platform admin's command line
 * (issue 21). It reads the same environment as the API (DATABASE_URL, or the embedded
 * PostgreSQL's folder while the API is stopped) and calls the same service functions.
 */
async function main() {
  const config = loadConfig();
  const { database, stopServer } = await startDatabase(config, () => {});
  try {
    process.exitCode = await runPlatformCommand(process.argv.slice(2), {
      db: database.db,
      webUrl: config.WEB_URL,
      env: process.env,
      out: (line) => console.log(line),
      now: new Date(),
    });
  } finally {
    await database.close();
    await stopServer();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
