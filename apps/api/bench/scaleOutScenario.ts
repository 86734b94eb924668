import type { DatabaseHandle } from '@stagebureau/db';
import { findConsistencyViolations } from '../src/modules/bookings/consistency';
import { hasPgBouncer, startPgBouncer } from '../test/pgbouncer';
import { startApi, type RunningApi } from './infra';
import type { Worker } from './processes';
import type { Report } from './report';
import { openAt, type BookingWorld } from './seed/bookingWorld';
import { summarise } from './stats';

/**
 * The flash crowd again, on a twin world, through three production API processes behind one
 * transaction-pooling PgBouncer (decision 012): clients spread round robin over the three.
 * What counts is the consistency check (zero oversell); the throughput shares the two cores
 * with three Node processes, PgBouncer and PostgreSQL.
 */
export interface ScaleOutContext {
  handle: DatabaseHandle;
  databaseUrl: string;
  loadgen: Worker;
  password: string;
  world: BookingWorld;
  report: Report;
  log: (line: string) => void;
}

interface CrowdResult {
  latencies: number[];
  outcomes: Record<string, number>;
  retries: number;
  elapsedMs: number;
}

export async function runScaleOutScenario(context: ScaleOutContext) {
  const { report, log, world, loadgen } = context;
  if (!hasPgBouncer()) {
    report.notes.push('Three instances behind PgBouncer: skipped, no /usr/sbin/pgbouncer.');
    return;
  }
  const target = new URL(context.databaseUrl);
  const bouncer = await startPgBouncer({
    port: Number(target.port || 5432),
    database: target.pathname.slice(1),
    user: decodeURIComponent(target.username),
    password: decodeURIComponent(target.password),
  });
  const apis: RunningApi[] = [];
  try {
    apis.push(
      ...(await Promise.all(
        [0, 1, 2].map(() =>
          startApi(bouncer.url, [], {
            DATABASE_POOLING: 'transaction',
            RATE_LIMIT_STORE: 'postgres',
          }),
        ),
      )),
    );
    const { tokens } = await loadgen.call<{ tokens: string[] }>({
      type: 'login',
      url: apis[0]!.url,
      emails: world.coordinators.map((c) => c.email),
      password: context.password,
    });
    const opensAt = new Date(Date.now() + 3_000);
    const admin = await context.handle.pool.connect();
    await openAt(admin, world, opensAt);
    admin.release();
    const crowd = await loadgen.call<CrowdResult>({
      type: 'flash',
      url: apis[0]!.url,
      urls: apis.map((api) => api.url),
      tokens,
      clients: world.clients.map((c) => ({ token: c.school, attempts: c.attempts })),
      opensAt: opensAt.getTime(),
    });
    const count = (keep: (key: string) => boolean) =>
      Object.entries(crowd.outcomes)
        .filter(([key]) => keep(key))
        .reduce((sum, [, n]) => sum + n, 0);
    const held = count((key) => key.endsWith(' confirmed') || key.endsWith(' waitlisted'));
    const server5xx = count((key) => key.startsWith('5'));
    const violations = await findConsistencyViolations(context.handle.db, {
      regionId: world.regionId,
    });
    const oversold = violations.some((v) => ['over_capacity', 'counter_mismatch'].includes(v.rule));
    if (violations.length) {
      report.failed = true;
      report.notes.push(
        `**SCALE-OUT CONSISTENCY FAILED**: ${JSON.stringify(violations.slice(0, 10))}`,
      );
    }
    const rate = held / (crowd.elapsedMs / 1000);
    log(
      `3 instances via PgBouncer: ${rate.toFixed(0)} bookings/s, ${JSON.stringify(crowd.outcomes)}`,
    );
    const attempts = world.clients.length * world.clients[0]!.attempts.length;
    report.rows.push({
      scenario: 'Flash crowd, 3 API instances via PgBouncer (transaction pooling)',
      load: `${world.clients.length} clients round robin, ${attempts} attempts`,
      throughput: rate,
      throughputUnit: 'bookings/s',
      latency: summarise(crowd.latencies),
      errors: `${server5xx} final 5xx, ${crowd.retries} 503 retries`,
      ratio: '–',
      target: `0 oversell ${oversold ? '✗' : '✓'}; 0 consistency violations ${violations.length ? '✗' : '✓'}`,
    });
    report.notes.push(
      `Three instances via PgBouncer: outcomes ${JSON.stringify(crowd.outcomes)}; statements ` +
        'unnamed (re-planned per call) through transaction pooling.',
    );
  } finally {
    await Promise.all(apis.map((api) => api.stop()));
    await bouncer.stop();
  }
}
