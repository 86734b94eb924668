import { resolve } from 'node:path';
import pg from 'pg';
import {
  EmbeddedPostgresError,
  createDatabase,
  migrateDatabase,
  startEmbeddedPostgres,
  type DatabaseHandle,
} from '@stagebureau/db';
import type { Config } from './config';

export class DatabaseStartError extends Error {}

export interface StartedDatabase {
  database: DatabaseHandle;
  /** Stops the embedded server, if we started one. */
  stopServer: () => Promise<void>;
}

async function ensureDatabaseExists(maintenanceUrl: string, name: string) {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
}

/** Connects (starting an embedded PostgreSQL when no DATABASE_URL is set) and migrates. */
export async function startDatabase(
  config: Config,
  log: (line: string) => void,
): Promise<StartedDatabase> {
  let url = config.DATABASE_URL;
  let stopServer = async () => {};
  if (!url) {
    const dataDir = resolve(config.EMBEDDED_PG_DIR);
    log(`starting embedded PostgreSQL in ${dataDir} on port ${config.EMBEDDED_PG_PORT}`);
    const server = await startEmbeddedPostgres({
      dataDir,
      port: config.EMBEDDED_PG_PORT,
      onNotice: log,
    }).catch((error: unknown) => {
      // One line saying what failed and what to do (issue 20), never a stack trace.
      throw error instanceof EmbeddedPostgresError ? new DatabaseStartError(error.message) : error;
    });
    await ensureDatabaseExists(server.url, 'stagebureau');
    url = server.url.replace(/\/postgres$/, '/stagebureau');
    stopServer = server.stop;
  }
  // The embedded server is always reached directly.
  const database = createDatabase(url, {
    pooling: config.DATABASE_URL ? config.DATABASE_POOLING : 'session',
  });
  try {
    await database.db.execute('select 1');
  } catch (error) {
    await database.close();
    await stopServer();
    // drizzle wraps the driver's error ("Failed query: …"); the cause says what went wrong.
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    const reason = (cause instanceof Error ? cause.message : String(cause)).split('\n')[0];
    throw new DatabaseStartError(`Cannot connect to the database (DATABASE_URL): ${reason}`);
  }
  await migrateDatabase(database.db);
  return { database, stopServer };
}
