import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The OS user PostgreSQL runs as when we are root (it refuses to run as root). */
export interface RunAs {
  uid: number;
  gid: number;
  name: string;
}

/** Root runs the server as `postgres`; anyone else runs it as themself (null). */
export function runAsUser(): RunAs | null {
  if (process.getuid?.() !== 0) return null;
  const id = (flag: string) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  const uid = id('-u');
  const gid = id('-g');
  if (uid.status !== 0 || gid.status !== 0)
    throw new Error(
      "running as root, but there is no 'postgres' user for the database to run as: create one (useradd --system postgres), run as a normal user, or set DATABASE_URL",
    );
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()), name: 'postgres' };
}

/** Whether `user` can reach (search) every folder up to `path` and read/run what is there. */
export function reachable(user: RunAs, path: string, test: '-x' | '-w' | '-r' = '-x'): boolean {
  const result = spawnSync('/bin/sh', ['-c', `test ${test} "$1"`, 'sh', path], {
    uid: user.uid,
    gid: user.gid,
  });
  return result.status === 0;
}

/**
 * A folder every user can enter, for what the `postgres` user needs when the checkout is in a
 * folder it cannot enter (root's home, a mode-700 temporary folder): /var/tmp survives reboots.
 */
const sharedRoot = () => {
  const root = join(process.env.STAGEBUREAU_PG_SHARED_DIR ?? '/var/tmp', 'stagebureau-postgres');
  mkdirSync(root, { recursive: true });
  chmodSync(root, 0o755);
  return root;
};

/** The programs where `user` can run them: in place, or a copy kept per version. */
export function programsFor(user: RunAs, native: string, log: (line: string) => void): string {
  if (reachable(user, join(native, 'bin', 'postgres'))) return native;
  const { version } = JSON.parse(readFileSync(join(native, '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  const copy = join(sharedRoot(), `programs-${version}`);
  if (!existsSync(join(copy, 'bin', 'postgres'))) {
    log(`the postgres user cannot reach ${native}; copying the PostgreSQL programs to ${copy}`);
    cpSync(native, `${copy}.partial`, { recursive: true, verbatimSymlinks: true });
    spawnSync('chmod', ['-R', 'a+rX', `${copy}.partial`]);
    spawnSync('mv', [`${copy}.partial`, copy]);
  }
  return copy;
}

/**
 * The data folder where `user` can write it: the configured one when its parent is reachable,
 * else one kept under the shared folder per configured path (so restarts find the same data).
 */
export function dataDirectoryFor(
  user: RunAs,
  dataDir: string,
  log: (line: string) => void,
): string {
  mkdirSync(dataDir, { recursive: true });
  spawnSync('chown', [`${user.uid}:${user.gid}`, dataDir]);
  if (reachable(user, dataDir, '-w') && reachable(user, dirname(dataDir))) return dataDir;
  const key = createHash('sha256').update(dataDir).digest('hex').slice(0, 12);
  const moved = join(sharedRoot(), `data-${key}`);
  mkdirSync(moved, { recursive: true, mode: 0o700 });
  spawnSync('chown', [`${user.uid}:${user.gid}`, moved]);
  log(`the postgres user cannot reach ${dataDir}; keeping the database in ${moved} instead`);
  return moved;
}
