import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createDatabase,
  jobLeases,
  notificationEvents,
  notificationMessages,
  regions,
  sessions,
  type DatabaseHandle,
} from '@stagebureau/db';
import { findConsistencyViolations } from '../src/modules/bookings/consistency';
import { demoRegion } from '../src/seed/demoData';
import { anOffer, aSession } from '../test/activityBuilders';
import { aClass, aCompany, aRegion, aSchool, aUser } from '../test/builders';
import { startSmtpServer, type TestSmtpServer } from '../test/smtpServer';
import { hasPgBouncer, startPgBouncer, type PgBouncer } from '../test/pgbouncer';
import {
  login,
  pause,
  startApi,
  startOwnPostgres,
  type ApiProcess,
  type OwnPostgres,
} from './processes';

/**
 * Three API processes behind a load balancer on one database, first connected directly, then
 * through a transaction-pooling PgBouncer (issue 20): they start together on an empty database
 * (one migrates, the others wait), a flash crowd spread over all three never oversells, every
 * e-mail the three outbox workers send arrives exactly once, and the sweeps take turns.
 */
let postgres: OwnPostgres;
let bouncer: PgBouncer | undefined;
let smtp: TestSmtpServer;
let database: DatabaseHandle;
let instances: ApiProcess[] = [];

beforeAll(async () => {
  if (!hasPgBouncer())
    throw new Error('PgBouncer is missing: run scripts/ensure-system-deps.sh (Debian pgbouncer)');
  postgres = await startOwnPostgres();
  const target = new URL(postgres.url);
  bouncer = await startPgBouncer({
    port: postgres.port,
    database: 'stagebureau',
    user: decodeURIComponent(target.username),
    password: decodeURIComponent(target.password),
  });
  smtp = await startSmtpServer();
  database = createDatabase(postgres.url, { max: 4 });
});

async function stopInstances() {
  for (const api of instances) api.child.kill('SIGTERM');
  const exits = await Promise.all(instances.map((api) => api.exited));
  instances = [];
  return exits;
}

afterAll(async () => {
  for (const api of instances) api.child.kill('SIGKILL');
  await database?.close();
  await bouncer?.stop();
  await smtp?.close();
  await postgres?.destroy();
});

const env = (pooling: 'session' | 'transaction') => ({
  DATABASE_POOLING: pooling,
  RATE_LIMIT_STORE: 'postgres',
  SMTP_URL: smtp.url,
  NOTIFICATION_INTERVAL_MS: '200',
  BOOKING_SWEEP_INTERVAL_MS: '300',
  SEED_DEMO: 'true',
});

async function aFlashCrowdWorld(classes: number) {
  const { db } = database;
  const region = await aRegion(db);
  const company = await aCompany(db, region.id);
  const offer = await anOffer(db, region.id, company.id);
  const session = await aSession(db, region.id, offer.id, { capacity: 100 });
  const schools = [];
  for (let s = 0; s < classes; s++) {
    const school = await aSchool(db, region.id);
    const coordinator = await aUser(db, region.id, 'school_coordinator', school.id);
    const schoolClass = await aClass(db, region.id, school.id, { size: 10 });
    schools.push({ coordinator, schoolClass });
  }
  return { region, session, schools };
}

const book = (baseUrl: string, authorization: string, body: object) =>
  fetch(`${baseUrl}/api/v1/bookings`, {
    method: 'POST',
    headers: { authorization, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  }).then((response) => response.status);

/** Until the outbox of the region is empty: no event waiting, no e-mail pending. */
async function outboxDrained(regionId: string) {
  const { db } = database;
  for (let attempt = 0; attempt < 300; attempt++) {
    const [events] = await db.select({ n: sql<number>`count(*)::int` }).from(notificationEvents);
    const [pending] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(notificationMessages)
      .where(
        and(
          eq(notificationMessages.regionId, regionId),
          eq(notificationMessages.channel, 'email'),
          eq(notificationMessages.status, 'pending'),
        ),
      );
    if (events!.n === 0 && pending!.n === 0) return;
    await pause(200);
  }
  throw new Error('the outbox did not drain');
}

// PgBouncer first, as docker-compose runs them: an empty database, migrated and seeded by
// three replicas starting at once.
describe.each([
  ['through PgBouncer in transaction pooling', 'transaction'],
  ['connected directly', 'session'],
] as const)('three API instances %s', (_, pooling) => {
  it('when a flash crowd is spread over three instances, then no seat is oversold, every e-mail arrives once and each sweep has one holder at a time', async () => {
    const url = pooling === 'transaction' ? bouncer!.url : postgres.url;
    // Started together: on the first run the database is empty and all three want to migrate
    // and seed the demo.
    instances = await Promise.all([0, 1, 2].map(() => startApi(url, env(pooling))));
    const demo = await database.db.select().from(regions).where(eq(regions.slug, demoRegion.slug));
    expect(demo).toHaveLength(1);
    const { region, session, schools } = await aFlashCrowdWorld(30);
    const signedIn = await Promise.all(
      schools.map((school, i) => login(instances[i % 3]!.baseUrl, school.coordinator.email)),
    );
    const statuses = await Promise.all(
      schools.map((school, i) =>
        book(instances[i % 3]!.baseUrl, signedIn[i]!.authorization, {
          sessionId: session.id,
          classId: school.schoolClass.id,
        }),
      ),
    );
    // Every request got a business answer: booked, waitlisted or refused — no 5xx.
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    expect(statuses.filter((status) => status === 201).length).toBeGreaterThan(0);

    const { db } = database;
    expect(await findConsistencyViolations(db, { regionId: region.id })).toEqual([]);
    // Thirty classes of ten for a hundred seats: full, and not one seat more.
    const [counter] = await db.select().from(sessions).where(eq(sessions.id, session.id));
    expect(counter!.bookedSeats).toBe(100);

    await outboxDrained(region.id);
    const sent = await db
      .select({ id: notificationMessages.id })
      .from(notificationMessages)
      .where(
        and(
          eq(notificationMessages.regionId, region.id),
          eq(notificationMessages.channel, 'email'),
        ),
      );
    expect(sent.length).toBeGreaterThan(0);
    const arrived = smtp.received
      .map((mail) => mail.messageId)
      .filter((id) => sent.some((message) => id === `<${message.id}@stagebureau>`));
    // Exactly once: each message arrived, none twice.
    expect(arrived.sort()).toEqual(sent.map((message) => `<${message.id}@stagebureau>`).sort());

    // The booking sweep ran under a lease some instance held; the lease names a live process.
    const [sweepLease] = await db
      .select()
      .from(jobLeases)
      .where(eq(jobLeases.job, 'booking sweep'));
    const pids = instances.map((api) => String(api.child.pid));
    expect(pids).toContain(sweepLease!.holder.split(':')[1]);

    const exits = await stopInstances();
    expect(exits.map((exit) => exit.code)).toEqual([0, 0, 0]);
  });
});
