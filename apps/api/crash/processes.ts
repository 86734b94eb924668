import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '@stagebureau/db';
import { testPassword } from '../test/builders';

const apiDir = fileURLToPath(new URL('..', import.meta.url));

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A PostgreSQL of the test's own, so the test may stop and start it. */
export interface OwnPostgres {
  /** URL of the application database `stagebureau`. */
  url: string;
  port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
}

export async function startOwnPostgres(): Promise<OwnPostgres> {
  const dataDir = await mkdtemp(join(tmpdir(), 'stagebureau-crash-pg-'));
  const port = await freePort();
  let server: EmbeddedPostgresHandle | null = await startEmbeddedPostgres({ dataDir, port });
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query('create database stagebureau');
  await admin.end();
  return {
    url: server.url.replace(/\/postgres$/, '/stagebureau'),
    port,
    async stop() {
      await server?.stop();
      server = null;
    },
    async start() {
      server = await startEmbeddedPostgres({ dataDir, port });
    },
    async destroy() {
      await server?.stop();
      server = null;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface ApiProcess {
  baseUrl: string;
  child: ChildProcess;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output: () => string;
}

/** Runs the real entry point (src/server.ts through tsx, as in production minus the build). */
export async function startApi(
  /** null: no DATABASE_URL, so the server starts its embedded PostgreSQL (EMBEDDED_PG_DIR). */
  databaseUrl: string | null,
  env: Record<string, string> = {},
  port?: number,
): Promise<ApiProcess> {
  const listenPort = port ?? (await freePort());
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !['NODE_OPTIONS', 'VITEST', 'DATABASE_URL'].includes(key),
    ),
  );
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: apiDir,
    env: {
      ...inherited,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(listenPort),
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      JWT_SECRET: 'crash-test-secret-that-is-long-enough-for-hs256',
      RATE_LIMIT_MAX: '1000000',
      LOGIN_MAX_PER_IP: '1000000',
      NOTIFICATION_INTERVAL_MS: '0',
      BOOKING_SWEEP_INTERVAL_MS: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += String(chunk)));
  child.stderr!.on('data', (chunk) => (output += String(chunk)));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const baseUrl = `http://127.0.0.1:${listenPort}`;
  // Bounded wait for the process to answer; a start that fails ends the test with its output.
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`API exited at start:\n${output}`);
    const healthy = await fetch(`${baseUrl}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return { baseUrl, child, exited, output: () => output };
    await pause(200);
  }
  child.kill('SIGKILL');
  throw new Error(`API did not start:\n${output}`);
}

export async function login(baseUrl: string, email: string) {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: testPassword }),
  });
  if (response.status !== 200) throw new Error(`login ${response.status}`);
  const { accessToken } = (await response.json()) as { accessToken: string };
  return { authorization: `Bearer ${accessToken}` };
}
