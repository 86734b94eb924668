import Fastify from 'fastify';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, jobLeases, type DatabaseHandle } from '@stagebureau/db';
import { schedulePeriodicJob } from '../../plugins/periodicJob';
import { createTestDatabase } from '../../../test/harness';
import { finishLease, takeLease } from './leases';

let database: DatabaseHandle;
beforeAll(async () => {
  database = createDatabase((await createTestDatabase()).url, { max: 10 });
});
afterAll(() => database.close());

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('job leases', () => {
  it('when one holder has the lease, then another cannot take it until the run ends', async () => {
    const { db } = database;
    expect(await takeLease(db, 'job a', 'first', 60_000)).toBe(true);
    expect(await takeLease(db, 'job a', 'second', 60_000)).toBe(false);
    expect(await takeLease(db, 'job a', 'first', 60_000)).toBe(false);
    // A finished run with no interval frees the job at once; the row names the last holder.
    await finishLease(db, 'job a', 'first', 0);
    expect(await takeLease(db, 'job a', 'second', 60_000)).toBe(true);
    const [row] = await db.select().from(jobLeases).where(eq(jobLeases.job, 'job a'));
    expect(row!.holder).toBe('second');
  });

  it('when the run ends, then the job stays taken for the rest of its interval', async () => {
    const { db } = database;
    expect(await takeLease(db, 'job b', 'first', 60_000)).toBe(true);
    await finishLease(db, 'job b', 'first', 60_000);
    expect(await takeLease(db, 'job b', 'second', 60_000)).toBe(false);
    // Only the holder ends its own lease: a stranger's finish changes nothing.
    await finishLease(db, 'job b', 'second', 0);
    expect(await takeLease(db, 'job b', 'second', 60_000)).toBe(false);
  });

  it('when the holder died mid-run, then another instance takes the job after the lease ran out', async () => {
    const { db } = database;
    expect(await takeLease(db, 'job c', 'died', 300)).toBe(true);
    expect(await takeLease(db, 'job c', 'survivor', 60_000)).toBe(false);
    await pause(400);
    expect(await takeLease(db, 'job c', 'survivor', 60_000)).toBe(true);
  });

  it('when many instances ask at the same moment, then exactly one gets the lease', async () => {
    const { db } = database;
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => takeLease(db, 'job d', `instance ${i}`, 60_000)),
    );
    expect(answers.filter(Boolean)).toHaveLength(1);
  });

  it('when three instances schedule the same job, then one runs it at a time', async () => {
    const runs: { instance: number; start: number; end: number }[] = [];
    const apps = await Promise.all(
      [0, 1, 2].map(async (instance) => {
        const app = Fastify({ logger: false });
        app.decorate('db', database.db);
        schedulePeriodicJob(app, {
          name: 'job e',
          intervalMs: 50,
          run: async () => {
            const start = Date.now();
            await pause(40);
            runs.push({ instance, start, end: Date.now() });
            return { worthLogging: false, result: {} };
          },
        });
        return app;
      }),
    );
    // Each instance ticks every 50 ms and a run takes 40: without the lease they would overlap.
    await Promise.all(apps.map((app) => app.ready()));
    await pause(1_500);
    await Promise.all(apps.map((app) => app.close()));
    runs.sort((a, b) => a.start - b.start);
    expect(runs.length).toBeGreaterThan(3);
    for (let i = 1; i < runs.length; i++)
      expect(runs[i]!.start).toBeGreaterThanOrEqual(runs[i - 1]!.end);
  });
});
