import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { createDatabase, type Database, type DatabaseHandle } from '@stagebureau/db';
import { buildApp, type App } from '../src/app';
import { loadConfig } from '../src/config';

export interface TestContext {
  app: App;
  db: Database;
  database: DatabaseHandle;
  databaseUrl: string;
  /** Base URL once `listen()` was called (for real concurrent HTTP). */
  listen(): Promise<string>;
}

function urlFor(maintenanceUrl: string, database: string) {
  return maintenanceUrl.replace(/\/[^/?]*(\?|$)/, `/${database}$1`);
}

/** A fresh database cloned from the migrated template, private to the calling test file. */
export async function createTestDatabase(): Promise<{ url: string; name: string }> {
  const maintenanceUrl = inject('maintenanceUrl');
  const template = inject('templateDatabase');
  const name = `sb_t${randomBytes(4).toString('hex')}_${template.replace('sb_template_', '')}`;
  const admin = new pg.Client({ connectionString: maintenanceUrl });
  await admin.connect();
  try {
    await admin.query(`create database "${name}" template "${template}"`);
  } finally {
    await admin.end();
  }
  return { url: urlFor(maintenanceUrl, name), name };
}

export const testConfig = (overrides: Record<string, string> = {}) =>
  loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
    RATE_LIMIT_MAX: '100000',
    LOGIN_MAX_PER_IP: '100000',
    REGISTRATION_MAX_PER_IP: '100000',
    ...overrides,
  });

/**
 * Builds the real app on a fresh database for this test file and closes it after the file.
 * Call at module level or in `beforeAll`. `databaseUrl` (another context's) starts a second
 * instance on the same database, as behind a load balancer.
 */
export async function startTestApp(
  configOverrides: Record<string, string> = {},
  options: { databaseUrl?: string } = {},
): Promise<TestContext> {
  const url = options.databaseUrl ?? (await createTestDatabase()).url;
  const database = createDatabase(url, { max: 30 });
  const app = await buildApp({ config: testConfig(configOverrides), database });
  await app.ready();
  let baseUrl: string | undefined;
  afterAll(async () => {
    await app.close();
    await database.close();
  });
  return {
    app,
    db: database.db,
    database,
    databaseUrl: url,
    async listen() {
      baseUrl ??= await app.listen({ host: '127.0.0.1', port: 0 });
      return baseUrl;
    },
  };
}
