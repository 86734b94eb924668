import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { and, eq, sql } from 'drizzle-orm';
import { jobLeases, type Database } from '@stagebureau/db';

/** Who holds a lease, as the `job_leases` row shows it: host, process and instance. */
export const newLeaseHolder = () =>
  `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;

/**
 * Takes the job's lease for `holdMs` if nobody holds it: one statement, so two instances
 * asking at the same moment cannot both win. Times are the database's clock, the one clock
 * every instance shares. A holder that dies keeps the job only until its lease runs out.
 */
export async function takeLease(
  db: Database,
  job: string,
  holder: string,
  holdMs: number,
): Promise<boolean> {
  const until = sql`now() + make_interval(secs => ${holdMs / 1000})`;
  const taken = await db
    .insert(jobLeases)
    .values({ job, holder, leasedUntil: until, lastStartedAt: sql`now()` })
    .onConflictDoUpdate({
      target: jobLeases.job,
      set: { holder, leasedUntil: until, lastStartedAt: sql`now()` },
      setWhere: sql`${jobLeases.leasedUntil} <= now()`,
    })
    .returning({ job: jobLeases.job });
  return taken.length === 1;
}

/**
 * Ends a run: the lease now lasts until `intervalMs` after the run started, so no instance
 * runs the job again before its interval is over.
 */
export async function finishLease(db: Database, job: string, holder: string, intervalMs: number) {
  await db
    .update(jobLeases)
    .set({
      leasedUntil: sql`${jobLeases.lastStartedAt} + make_interval(secs => ${intervalMs / 1000})`,
      lastFinishedAt: sql`now()`,
    })
    .where(and(eq(jobLeases.job, job), eq(jobLeases.holder, holder)));
}

export interface Lease {
  job: string;
  holder: string;
  /** How long a run may take before another instance may take the job over. */
  maxRunMs: number;
  /** No instance starts the job again until this long after this run started (0: at once). */
  intervalMs: number;
}

/**
 * Runs `work` only if the lease is free, and ends the lease afterwards (also when the work
 * fails). Returns `skipped` when another instance holds it.
 */
export async function runUnderLease<T>(
  db: Database,
  lease: Lease,
  work: () => Promise<T>,
): Promise<{ ran: true; result: T } | { ran: false }> {
  if (!(await takeLease(db, lease.job, lease.holder, lease.maxRunMs))) return { ran: false };
  try {
    return { ran: true, result: await work() };
  } finally {
    await finishLease(db, lease.job, lease.holder, lease.intervalMs);
  }
}
