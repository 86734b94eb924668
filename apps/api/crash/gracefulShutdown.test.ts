import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type DatabaseHandle } from '@stagebureau/db';
import { anOffer, aSession } from '../test/activityBuilders';
import { aClass, aCompany, aRegion, aSchool, aUser } from '../test/builders';
import {
  login,
  pause,
  startApi,
  startOwnPostgres,
  type ApiProcess,
  type OwnPostgres,
} from './processes';

/** SIGTERM lets requests in flight finish, then the process exits 0. */
let postgres: OwnPostgres;
let database: DatabaseHandle;
let api: ApiProcess | undefined;
beforeAll(async () => {
  postgres = await startOwnPostgres();
});
afterAll(async () => {
  if (api?.child.exitCode === null) api.child.kill('SIGKILL');
  await database?.close();
  await postgres.destroy();
});

describe('graceful shutdown', () => {
  it('when SIGTERM arrives while a booking waits on a lock, then the booking completes with 201 and the process exits 0', async () => {
    api = await startApi(postgres.url);
    database = createDatabase(postgres.url, { max: 2 });
    const { db } = database;
    const region = await aRegion(db);
    const company = await aCompany(db, region.id);
    const offer = await anOffer(db, region.id, company.id);
    const session = await aSession(db, region.id, offer.id);
    const school = await aSchool(db, region.id);
    const schoolClass = await aClass(db, region.id, school.id);
    const coordinator = await aUser(db, region.id, 'school_coordinator', school.id);
    const headers = await login(api.baseUrl, coordinator.email);

    // Hold the session row so the booking has to wait inside its transaction.
    const holder = new pg.Client({ connectionString: postgres.url });
    await holder.connect();
    await holder.query('begin');
    await holder.query('select id from sessions where id = $1 for update', [session.id]);
    const booking = fetch(`${api.baseUrl}/api/v1/bookings`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify({ sessionId: session.id, classId: schoolClass.id }),
    }).then(async (response) => ({ status: response.status, body: await response.json() }));
    // Wait until the booking really waits on the lock, then ask the process to stop.
    for (let attempt = 0; attempt < 100; attempt++) {
      const { rows } = await holder.query(
        "select count(*)::int as waiting from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()",
      );
      if (rows[0].waiting > 0) break;
      await pause(50);
    }
    api.child.kill('SIGTERM');
    await pause(300);
    expect(api.child.exitCode, api.output()).toBeNull();
    await holder.query('commit');
    await holder.end();

    const answer = await booking;
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(answer.body).toMatchObject({ status: 'confirmed' });
    // Bounded: the exit must not wait for the client's keep-alive connection to time out.
    const exit = await Promise.race([api.exited, pause(30_000).then(() => 'still running')]);
    expect(exit).toEqual({ code: 0, signal: null });
  });
});
