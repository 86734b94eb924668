import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, startApi, type ApiProcess } from './processes';

/**
 * Issue 20: after `kill -9` of the API started with the embedded database, its PostgreSQL kept
 * running as an orphan and every later start failed with the single line `undefined`. The data
 * folder is a `mktemp -d` folder (mode 700): run as root, the server runs as `postgres`, which
 * cannot enter it, so this also covers the start from a folder that user cannot reach.
 */
let dataDir: string;
// Where a root run keeps what the `postgres` user cannot reach; removed after the test.
const sharedDir = join('/var/tmp', `stagebureau-crash-${process.pid}`);
const started: ApiProcess[] = [];
afterAll(async () => {
  for (const api of started) if (api.child.exitCode === null) api.child.kill('SIGTERM');
  await Promise.all(started.map((api) => api.exited));
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  await rm(sharedDir, { recursive: true, force: true });
});

const offerCount = async (api: ApiProcess) => {
  const response = await fetch(`${api.baseUrl}/api/v1/public/regions/assen-beilen/offers`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { items: unknown[] }).items.length;
};

describe('embedded PostgreSQL after a crash', () => {
  it('when the API is killed with SIGKILL, then the next start through the normal path stops the orphaned server, starts and keeps the data', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'stagebureau-embedded-'));
    const env = {
      EMBEDDED_PG_DIR: join(dataDir, 'postgres'),
      EMBEDDED_PG_PORT: String(await freePort()),
      SEED_DEMO: 'true',
      STAGEBUREAU_PG_SHARED_DIR: sharedDir,
    };
    const first = await startApi(null, env);
    started.push(first);
    const offers = await offerCount(first);
    expect(offers).toBeGreaterThan(0);

    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');

    const second = await startApi(null, env);
    started.push(second);
    expect(second.output()).toMatch(/stopping the PostgreSQL \(pid \d+\) a killed process left/);
    expect(await offerCount(second)).toBe(offers);

    second.child.kill('SIGTERM');
    expect((await second.exited).code).toBe(0);
    // A clean stop takes the server along: nothing listens on its port any more.
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect(Number(env.EMBEDDED_PG_PORT), '127.0.0.1');
      socket.on('connect', () => (socket.destroy(), resolve(false)));
      socket.on('error', () => resolve(true));
    });
    expect(refused).toBe(true);
  });
});
