import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '@stagebureau/db';
import { startMailCapture } from './mailCapture';

export const repoRoot = resolve(import.meta.dirname, '../../..');
const apiEntry = join(repoRoot, 'apps/api/dist/server.js');
// WEB_ENTRY: a private copy of the build, when others rebuild apps/web/build during a run.
const webEntry = process.env.WEB_ENTRY ?? join(repoRoot, 'apps/web/build/index.js');

export interface Stack {
  apiUrl: string;
  webUrl: string;
  /** Every e-mail the API sent, one JSON file each (read them with mailbox.ts). */
  mailDir: string;
  stop(): Promise<void>;
}

export const freePort = () =>
  new Promise<number>((done, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
    server.on('error', reject);
  });

/** A fresh, empty database: in the DATABASE_URL server, or in a throwaway embedded one. */
async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  let maintenanceUrl = process.env.DATABASE_URL;
  let stopServer = async () => {};
  if (!maintenanceUrl) {
    const dataDir = await mkdtemp(join(tmpdir(), 'stagebureau-web-e2e-pg-'));
    const server = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    maintenanceUrl = server.url;
    stopServer = async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  }
  const name = `sb_web_e2e_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: maintenanceUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  return {
    url: maintenanceUrl.replace(/\/[^/?]*(\?|$)/, `/${name}$1`),
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: maintenanceUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists "${name}" with (force)`);
      await cleanup.end();
      await stopServer();
    },
  };
}

function startNode(entry: string, env: Record<string, string>, label: string): ChildProcess {
  const child = spawn(process.execPath, [entry], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(chunk.toString());
    if (lines.length > 200) lines.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.on('exit', (code) => {
    if (code && code !== 0 && !stopping.has(child))
      console.error(`[${label}] exited with ${code}:\n${lines.join('')}`);
  });
  return child;
}

const stopping = new WeakSet<ChildProcess>();

async function waitFor(url: string, child: ChildProcess, label: string, timeoutMs = 120_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`${label} exited before it was ready`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`${label} was not ready at ${url} within ${timeoutMs / 1000}s`);
}

async function stopChild(child: ChildProcess) {
  if (child.exitCode !== null) return;
  stopping.add(child);
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/**
 * The real stack for browser journeys: a fresh database, a local SMTP server capturing every
 * e-mail, the built API with demo data and the built web app, each on a free port. Nothing is
 * built here (CI runs `pnpm build` first).
 */
export async function startStack(
  options: {
    /** Extra API environment, made once the ports are known (e.g. an SSO provider's config). */
    apiEnv?: (urls: { apiUrl: string; webUrl: string }) => Promise<Record<string, string>>;
  } = {},
): Promise<Stack> {
  for (const entry of [apiEntry, webEntry]) {
    if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`pnpm build\` first`);
  }
  const database = await freshDatabase();
  const mail = await startMailCapture();
  const [apiPort, webPort] = [await freePort(), await freePort()];
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const webUrl = `http://127.0.0.1:${webPort}`;
  const children: ChildProcess[] = [];
  const stop = async () => {
    for (const child of children.reverse()) await stopChild(child);
    await mail.close();
    await database.drop();
  };
  try {
    const api = startNode(
      apiEntry,
      {
        NODE_ENV: 'test',
        HOST: '127.0.0.1',
        PORT: String(apiPort),
        DATABASE_URL: database.url,
        SEED_DEMO: 'true',
        JWT_SECRET: randomBytes(32).toString('hex'),
        WEB_URL: webUrl,
        PUBLIC_API_URL: apiUrl,
        LOG_LEVEL: 'warn',
        // Every browser login reaches the API from this one web server's address.
        LOGIN_MAX_PER_IP: '10000',
        LOGIN_MAX_PER_ACCOUNT: '10000',
        RATE_LIMIT_MAX: '100000',
        // Real e-mail, soon: a journey follows the links in the messages it is sent.
        SMTP_URL: mail.url,
        NOTIFICATION_INTERVAL_MS: '500',
        ...(await options.apiEnv?.({ apiUrl, webUrl })),
      },
      'api',
    );
    children.push(api);
    await waitFor(`${apiUrl}/ready`, api, 'the API');
    const web = startNode(
      webEntry,
      {
        HOST: '127.0.0.1',
        PORT: String(webPort),
        API_URL: apiUrl,
        ORIGIN: webUrl,
        BODY_SIZE_LIMIT: '101M',
      },
      'web',
    );
    children.push(web);
    await waitFor(`${webUrl}/`, web, 'the web app');
  } catch (error) {
    await stop();
    throw error;
  }
  return { apiUrl, webUrl, mailDir: mail.dir, stop };
}
