import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:net';
import { sessionTimeouts } from '@stagebureau/db';
import { freePort, pause } from '../crash/processes';

/** Debian's PgBouncer (installed by scripts/ensure-system-deps.sh). */
export const pgbouncerBinary = '/usr/sbin/pgbouncer';
export const hasPgBouncer = () => existsSync(pgbouncerBinary);

export interface PgBouncer {
  /** The application database through PgBouncer, in transaction pooling mode. */
  url: string;
  stop(): Promise<void>;
}

/** PgBouncer will not run as root: as root it runs as the `postgres` user, like PostgreSQL. */
function runAs(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres']).stdout.toString().trim());
  return { uid: id('-u'), gid: id('-g') };
}

/**
 * A PgBouncer of the test's own in front of `postgres` (host port, user and password as the
 * embedded server has them): transaction pooling, the session timeouts as its connect query
 * (it refuses the `options` startup parameter the API sends when connected directly).
 */
export async function startPgBouncer(target: {
  port: number;
  database: string;
  user: string;
  /** Empty for a server that trusts local connections (the machine's PostgreSQL). */
  password: string;
}): Promise<PgBouncer> {
  const dir = await mkdtemp(join(tmpdir(), 'stagebureau-pgbouncer-'));
  const port = await freePort();
  const timeouts = Object.entries(sessionTimeouts)
    .map(([name, value]) => `SET ${name} = ${value}`)
    .join('; ');
  const ini = [
    '[databases]',
    `${target.database} = host=127.0.0.1 port=${target.port} dbname=${target.database} ` +
      `user=${target.user}${target.password ? ` password=${target.password}` : ''} ` +
      `connect_query='${timeouts}'`,
    '[pgbouncer]',
    'listen_addr = 127.0.0.1',
    `listen_port = ${port}`,
    "unix_socket_dir = ''",
    'auth_type = any',
    'pool_mode = transaction',
    'max_client_conn = 1000',
    'default_pool_size = 20',
    `logfile = ${join(dir, 'pgbouncer.log')}`,
  ].join('\n');
  await writeFile(join(dir, 'pgbouncer.ini'), `${ini}\n`);
  const user = runAs();
  if (user) {
    await chmod(dir, 0o755);
    await chown(dir, user.uid, user.gid);
  }
  let output = '';
  const child: ChildProcess = spawn(pgbouncerBinary, [join(dir, 'pgbouncer.ini')], {
    ...(user ?? {}),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (output += String(chunk)));
  child.stderr!.on('data', (chunk) => (output += String(chunk)));
  for (let attempt = 0; !(await accepts(port)); attempt++) {
    if (child.exitCode !== null || attempt > 100)
      throw new Error(`PgBouncer did not start:\n${output}`);
    await pause(100);
  }
  return {
    url: `postgres://${target.user}@127.0.0.1:${port}/${target.database}`,
    async stop() {
      child.kill('SIGTERM');
      if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
