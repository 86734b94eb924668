import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type DatabaseHandle } from '@stagebureau/db';
import { findConsistencyViolations } from '../src/modules/bookings/consistency';
import { anOffer, aSession } from '../test/activityBuilders';
import { aClass, aCompany, aRegion, aSchool, aUser } from '../test/builders';
import { tableSnapshot } from '../test/security/snapshot';
import { runTool, startClusterForDump, type ClusterForDump } from './dumpTools';
import { login, startApi, type ApiProcess } from './processes';

/** The documented backup procedure (docs/operations/backup-restore.md), run for real. */
let cluster: ClusterForDump;
let api: ApiProcess | undefined;
const handles: DatabaseHandle[] = [];
beforeAll(async () => {
  cluster = await startClusterForDump();
  await runTool(cluster.bin, 'createdb', [
    '--maintenance-db',
    cluster.maintenanceUrl,
    'stagebureau',
  ]);
});
afterAll(async () => {
  api?.child.kill('SIGKILL');
  for (const handle of handles) await handle.close();
  await cluster.stop();
});

async function someActivity(baseUrl: string, database: DatabaseHandle) {
  const { db } = database;
  const region = await aRegion(db);
  const company = await aCompany(db, region.id);
  const offer = await anOffer(db, region.id, company.id);
  const session = await aSession(db, region.id, offer.id, { capacity: 45 });
  for (let s = 0; s < 3; s++) {
    const school = await aSchool(db, region.id);
    const coordinator = await aUser(db, region.id, 'school_coordinator', school.id);
    const headers = await login(baseUrl, coordinator.email);
    for (let c = 0; c < 2; c++) {
      const schoolClass = await aClass(db, region.id, school.id, { size: 10 });
      const response = await fetch(`${baseUrl}/api/v1/bookings`, {
        method: 'POST',
        headers: {
          ...headers,
          'content-type': 'application/json',
          'idempotency-key': randomUUID(),
        },
        body: JSON.stringify({ sessionId: session.id, classId: schoolClass.id }),
      });
      expect(response.status).toBeOneOf([201, 202]);
      const booking = (await response.json()) as { id: string };
      if (c === 0 && s === 0) {
        const cancel = await fetch(`${baseUrl}/api/v1/bookings/${booking.id}/cancel`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify({ reason: 'Klas op excursie' }),
        });
        expect(cancel.status).toBe(200);
      }
    }
  }
}

describe('backup and restore', () => {
  it('when a database with activity is dumped and restored into a fresh database, then every row is back and the consistency check passes', async () => {
    api = await startApi(cluster.urlOf('stagebureau'));
    const source = createDatabase(cluster.urlOf('stagebureau'), { max: 2 });
    handles.push(source);
    await someActivity(api.baseUrl, source);
    const before = await tableSnapshot(source.db);
    expect(await findConsistencyViolations(source.db)).toEqual([]);

    const dir = await mkdtemp(join(tmpdir(), 'stagebureau-dump-'));
    const dump = join(dir, 'stagebureau.dump');
    // While the API keeps running: pg_dump takes a consistent snapshot.
    await runTool(cluster.bin, 'pg_dump', [
      '--format=custom',
      '--no-owner',
      `--file=${dump}`,
      cluster.urlOf('stagebureau'),
    ]);
    await runTool(cluster.bin, 'createdb', [
      '--maintenance-db',
      cluster.maintenanceUrl,
      'stagebureau_restored',
    ]);
    await runTool(cluster.bin, 'pg_restore', [
      '--no-owner',
      '--exit-on-error',
      `--dbname=${cluster.urlOf('stagebureau_restored')}`,
      dump,
    ]);
    await rm(dir, { recursive: true, force: true });

    const restored = createDatabase(cluster.urlOf('stagebureau_restored'), { max: 2 });
    handles.push(restored);
    expect(await tableSnapshot(restored.db)).toEqual(before);
    expect(await findConsistencyViolations(restored.db)).toEqual([]);
    // The append-only audit trigger came back too.
    await expect(restored.db.execute('delete from audit_events')).rejects.toThrow();

    // And the API starts on the restored database as if nothing happened.
    api.child.kill('SIGKILL');
    api = await startApi(cluster.urlOf('stagebureau_restored'));
    const ready = await fetch(`${api.baseUrl}/ready`);
    expect(ready.status).toBe(200);
  });
});
