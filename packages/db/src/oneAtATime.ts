import type { Database } from './client';

/**
 * Runs `work` while holding a lock named `name` that only one caller in the installation can
 * hold: replicas starting together migrate and seed one after the other. The lock belongs to a
 * transaction of its own (not the work's, which uses other connections), so it also holds
 * through a transaction-pooling PgBouncer, where a session-level lock would not.
 */
export async function oneAtATime<T>(db: Database, name: string, work: () => Promise<T>) {
  const lock = await db.$client.connect();
  try {
    await lock.query('begin');
    await lock.query('select pg_advisory_xact_lock(hashtext($1))', [`stagebureau:${name}`]);
    const result = await work();
    await lock.query('commit');
    return result;
  } catch (error) {
    await lock.query('rollback').catch(() => {});
    throw error;
  } finally {
    lock.release();
  }
}
