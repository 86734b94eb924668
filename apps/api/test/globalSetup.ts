import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDatabase, migrateDatabase, startEmbeddedPostgres } from '@stagebureau/db';

declare module 'vitest' {
  export interface ProvidedContext {
    maintenanceUrl: string;
    templateDatabase: string;
  }
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/**
 * Starts PostgreSQL once for the run: the embedded server, or the one at DATABASE_URL. It then
 * migrates a template database that every test file clones (CREATE DATABASE … TEMPLATE).
 */
export default async function setup(project: TestProject) {
  let maintenanceUrl = process.env.DATABASE_URL;
  let stop = async () => {};
  if (!maintenanceUrl) {
    const dataDir = await mkdtemp(join(tmpdir(), 'stagebureau-test-pg-'));
    const server = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    maintenanceUrl = server.url;
    stop = async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  }
  const templateDatabase = `sb_template_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: maintenanceUrl });
  await admin.connect();
  await admin.query(`create database "${templateDatabase}"`);
  const template = createDatabase(
    maintenanceUrl.replace(/\/[^/?]*(\?|$)/, `/${templateDatabase}$1`),
    { max: 2 },
  );
  await migrateDatabase(template.db);
  await template.close();
  await admin.end();

  project.provide('maintenanceUrl', maintenanceUrl);
  project.provide('templateDatabase', templateDatabase);

  return async () => {
    const cleanup = new pg.Client({ connectionString: maintenanceUrl });
    await cleanup.connect();
    const { rows } = await cleanup.query<{ datname: string }>(
      `select datname from pg_database where datname like $1`,
      [`sb_%_${process.pid}_%`],
    );
    for (const { datname } of rows)
      await cleanup.query(`drop database if exists "${datname}" with (force)`);
    await cleanup.end();
    await stop();
  };
}
