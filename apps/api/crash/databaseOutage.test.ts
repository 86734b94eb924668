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

/**
 * PostgreSQL stops under load and comes back: /ready says 503 while it is away, requests get
 * a quick 503 problem+json instead of hanging, and the API recovers without a restart.
 */
let postgres: OwnPostgres;
let api: ApiProcess;
let database: DatabaseHandle;
beforeAll(async () => {
  postgres = await startOwnPostgres();
  api = await startApi(postgres.url);
  database = createDatabase(postgres.url, { max: 2 });
});
afterAll(async () => {
  api.child.kill('SIGKILL');
  await database.close();
  await postgres.destroy();
});

/** A liveness bound, not a speed claim: a request that hangs fails here instead of forever. */
const call = (url: string, init: RequestInit = {}) =>
  fetch(url, { ...init, signal: AbortSignal.timeout(15_000) }).then(async (response) => ({
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    body: await response.text(),
  }));

describe('the database going away and coming back', () => {
  it('when PostgreSQL stops under load, then 503 problem+json quickly, and after it starts again the API serves without a restart', async () => {
    const { db } = database;
    const region = await aRegion(db);
    const company = await aCompany(db, region.id);
    const offer = await anOffer(db, region.id, company.id);
    const session = await aSession(db, region.id, offer.id, { capacity: 200 });
    const school = await aSchool(db, region.id);
    const coordinator = await aUser(db, region.id, 'school_coordinator', school.id);
    const classes = [];
    for (let i = 0; i < 3; i++) classes.push(await aClass(db, region.id, school.id));
    const headers = await login(api.baseUrl, coordinator.email);
    const book = (classId: string) =>
      call(`${api.baseUrl}/api/v1/bookings`, {
        method: 'POST',
        headers: {
          ...headers,
          'content-type': 'application/json',
          'idempotency-key': crypto.randomUUID(),
        },
        body: JSON.stringify({ sessionId: session.id, classId }),
      });
    expect((await book(classes[0]!.id)).status).toBe(201);

    // Load that keeps running while the database goes down and comes back.
    let loading = true;
    const statuses: number[] = [];
    const load = (async () => {
      while (loading) {
        const answer = await call(`${api.baseUrl}/api/v1/offers`, { headers });
        statuses.push(answer.status);
        if (answer.status >= 500) expect(answer.type).toContain('application/problem+json');
        await pause(20);
      }
    })();

    await database.close();
    await postgres.stop();
    const ready = await call(`${api.baseUrl}/ready`);
    expect(ready.status).toBe(503);
    expect(ready.type).toContain('application/problem+json');
    const during = await book(classes[1]!.id);
    expect(during.status).toBe(503);
    expect(JSON.parse(during.body)).toMatchObject({ code: 'service_unavailable', status: 503 });
    const offers = await call(`${api.baseUrl}/api/v1/offers`, { headers });
    expect(offers.status).toBe(503);

    await postgres.start();
    database = createDatabase(postgres.url, { max: 2 });
    let readyAgain = 0;
    for (let attempt = 0; attempt < 100 && readyAgain !== 200; attempt++) {
      readyAgain = (await call(`${api.baseUrl}/ready`)).status;
      if (readyAgain !== 200) await pause(200);
    }
    expect(readyAgain).toBe(200);
    expect((await book(classes[2]!.id)).status).toBe(201);
    loading = false;
    await load;
    expect(statuses).toContain(503);
    expect(statuses.filter((status) => status !== 200 && status !== 503)).toEqual([]);
    expect(statuses.at(-1)).toBe(200);
    expect(api.child.exitCode).toBeNull();
  });
});
