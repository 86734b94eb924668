import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface RunningServer {
  pid: number;
  port: number;
  /** Its parent is gone (the process that started it was killed): nobody will stop it. */
  orphan: boolean;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const parentOf = (pid: number): number | null => {
  const ps = spawnSync('ps', ['-o', 'ppid=', '-p', String(pid)], { encoding: 'utf8' });
  const parent = Number(ps.stdout.trim());
  return ps.status === 0 && parent > 0 ? parent : null;
};

/**
 * The server PostgreSQL's lock file says runs on this data folder (line 1 the pid, line 4 the
 * port), or null. A lock file whose process is gone is stale and removed: it would otherwise
 * make the next start fail when its pid has been reused.
 */
export function runningServer(dataDir: string): RunningServer | null {
  const file = join(dataDir, 'postmaster.pid');
  if (!existsSync(file)) return null;
  const lines = readFileSync(file, 'utf8').split('\n');
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) {
    rmSync(file, { force: true });
    return null;
  }
  const parent = parentOf(pid);
  return { pid, port: Number(lines[3]), orphan: parent === null || parent === 1 };
}

/** Fast shutdown (SIGINT: roll back open transactions, checkpoint), waiting up to a minute. */
export async function stopServer(pid: number): Promise<void> {
  if (!alive(pid)) return;
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 60_000; waited += 100) {
    if (!alive(pid)) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`PostgreSQL (pid ${pid}) did not stop within a minute; stop it by hand`);
}
