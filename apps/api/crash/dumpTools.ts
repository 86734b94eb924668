import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './processes';

const run = promisify(execFile);

/**
 * pg_dump refuses a server newer than itself. The embedded server is PostgreSQL 18; Debian's
 * client is 15. So the backup test runs its own cluster with the newest PostgreSQL whose
 * server binaries sit beside a pg_dump (Debian: /usr/lib/postgresql/<major>/bin).
 */
export function newestPostgresBin(): string {
  const root = '/usr/lib/postgresql';
  const majors = existsSync(root)
    ? readdirSync(root)
        .filter((major) => existsSync(join(root, major, 'bin', 'pg_dump')))
        .filter((major) => existsSync(join(root, major, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!majors.length) {
    throw new Error(
      'The backup test needs PostgreSQL server and client binaries (Debian: apt-get install postgresql)',
    );
  }
  return join(root, majors[0]!, 'bin');
}

export interface ClusterForDump {
  bin: string;
  /** `postgres://…/postgres` of the cluster. */
  maintenanceUrl: string;
  urlOf(database: string): string;
  stop(): Promise<void>;
}

/** PostgreSQL refuses to run as root; as root the cluster runs as the `postgres` user. */
const asServerUser = (command: string, args: string[]) =>
  process.getuid?.() === 0
    ? run('runuser', ['-u', 'postgres', '--', command, ...args])
    : run(command, args);

export async function startClusterForDump(): Promise<ClusterForDump> {
  const bin = newestPostgresBin();
  const dir = await mkdtemp(join(tmpdir(), 'stagebureau-backup-pg-'));
  if (process.getuid?.() === 0) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    await chown(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const dataDir = join(dir, 'data');
  const port = await freePort();
  await asServerUser(join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '-A', 'trust']);
  await asServerUser(join(bin, 'pg_ctl'), [
    '-D',
    dataDir,
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
    '-w',
    '-l',
    join(dir, 'log'),
    'start',
  ]);
  const urlOf = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    bin,
    maintenanceUrl: urlOf('postgres'),
    urlOf,
    async stop() {
      await asServerUser(join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export const runTool = (bin: string, tool: string, args: string[]) => run(join(bin, tool), args);
