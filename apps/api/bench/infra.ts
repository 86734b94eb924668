import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '@stagebureau/db';

/** Where the bench runs: the repository, the API package and its production build. */
export const apiDir = resolve(import.meta.dirname, '..');
export const repoDir = resolve(apiDir, '../..');
const serverJs = join(apiDir, 'dist/server.js');

export const freePort = () =>
  new Promise<number>((done, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
    server.on('error', fail);
  });

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    newest = Math.max(
      newest,
      entry.isDirectory()
        ? newestMtime(path)
        : entry.name.endsWith('.ts')
          ? statSync(path).mtimeMs
          : 0,
    );
  }
  return newest;
}

/** Builds `dist/server.js` when it is missing or older than any source it bundles. */
export function ensureProductionBuild(log: (line: string) => void) {
  const sources = ['apps/api/src', 'packages/domain/src', 'packages/db/src'].map((dir) =>
    newestMtime(join(repoDir, dir)),
  );
  const built = existsSync(serverJs) ? statSync(serverJs).mtimeMs : 0;
  if (built >= Math.max(...sources)) return log('production build is up to date');
  log('building the API (dist is missing or stale)…');
  execFileSync('pnpm', ['--filter', '@stagebureau/api', 'build'], {
    cwd: repoDir,
    stdio: 'ignore',
  });
}

export interface BenchDatabase {
  /** URL of the fresh bench database. */
  url: string;
  version: string;
  stop(): Promise<void>;
}

/** A fresh database: on an embedded PostgreSQL in a temp dir, or on DATABASE_URL's server. */
export async function freshDatabase(log: (line: string) => void): Promise<BenchDatabase> {
  let maintenanceUrl = process.env.DATABASE_URL;
  let stopServer = async () => {};
  if (!maintenanceUrl) {
    const dataDir = await mkdtemp(join(tmpdir(), 'stagebureau-bench-pg-'));
    const server = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    log(`embedded PostgreSQL in ${dataDir}`);
    maintenanceUrl = server.url;
    stopServer = async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  }
  const name = `sb_bench_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: maintenanceUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  const { rows } = await admin.query<{ server_version: string }>('show server_version');
  await admin.end();
  return {
    url: maintenanceUrl.replace(/\/[^/?]*(\?|$)/, `/${name}$1`),
    version: rows[0]!.server_version,
    async stop() {
      const cleanup = new pg.Client({ connectionString: maintenanceUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists "${name}" with (force)`);
      await cleanup.end();
      await stopServer();
    },
  };
}

export interface RunningApi {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** `node dist/server.js` as in production, quiet logs and raised rate limits for the load. */
export async function startApi(
  databaseUrl: string,
  nodeFlags: string[] = [],
  env: Record<string, string> = {},
): Promise<RunningApi> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeFlags, serverJs], {
    cwd: apiDir,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      JWT_SECRET: 'bench-secret-that-is-long-enough-for-hs256-signing',
      // Logging every request costs real time; production would ship `info` to a collector.
      LOG_LEVEL: 'warn',
      RATE_LIMIT_MAX: '10000000',
      LOGIN_MAX_PER_IP: '100000',
      LOGIN_MAX_PER_ACCOUNT: '100000',
      ICAL_MAX_PER_IP: '10000000',
      PUBLIC_API_URL: `http://127.0.0.1:${port}`,
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the API did not become ready within 60 s');
    await new Promise((done) => setTimeout(done, 200));
  }
  return {
    url,
    process: child,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

/** Resident memory of a process from /proc (Linux): current and peak, in MB. */
export function memoryOf(pid: number): { rssMb: number; hwmMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, hwmMb: kb('VmHWM') / 1024 };
}

/** Resets the kernel's peak-RSS mark so VmHWM covers only what follows. */
export function resetPeakMemory(pid: number) {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    // not permitted: the peak then covers the process's whole life
  }
}
