import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditEvents,
  bookings,
  createDatabase,
  idempotencyKeys,
  type DatabaseHandle,
} from '@stagebureau/db';
import { findConsistencyViolations } from '../src/modules/bookings/consistency';
import { anOffer, aSession } from '../test/activityBuilders';
import { aClass, aCompany, aRegion, aSchool, aUser } from '../test/builders';
import { login, startApi, startOwnPostgres, type ApiProcess, type OwnPostgres } from './processes';

/**
 * SIGKILL in the middle of a flash crowd of bookings, then a restart: every booking is there
 * completely (row, counter, audit, stored answer) or not at all, and retries with the same
 * Idempotency-Key get the original answers.
 */
let postgres: OwnPostgres;
let api: ApiProcess | undefined;
let database: DatabaseHandle;
beforeAll(async () => {
  postgres = await startOwnPostgres();
});
afterAll(async () => {
  api?.child.kill('SIGKILL');
  await database?.close();
  await postgres.destroy();
});

interface Attempt {
  key: string;
  headers: Record<string, string>;
  body: { sessionId: string; classId: string };
  answer?: { status: number; body: { id?: string; status?: string } };
}

const send = (baseUrl: string, attempt: Attempt) =>
  fetch(`${baseUrl}/api/v1/bookings`, {
    method: 'POST',
    headers: {
      ...attempt.headers,
      'content-type': 'application/json',
      'idempotency-key': attempt.key,
    },
    body: JSON.stringify(attempt.body),
    signal: AbortSignal.timeout(60_000),
  }).then(async (response) => ({
    status: response.status,
    body: (await response.json()) as { id?: string; status?: string },
  }));

describe('killing the API during a flash crowd', () => {
  it('when the process is SIGKILLed mid-crowd and restarted, then bookings are whole or absent and retries answer as before', async () => {
    api = await startApi(postgres.url);
    database = createDatabase(postgres.url, { max: 4 });
    const { db } = database;
    const region = await aRegion(db);
    const company = await aCompany(db, region.id);
    const offer = await anOffer(db, region.id, company.id);
    const session = await aSession(db, region.id, offer.id, { capacity: 300 });
    const attempts: Attempt[] = [];
    for (let s = 0; s < 16; s++) {
      const school = await aSchool(db, region.id);
      const coordinator = await aUser(db, region.id, 'school_coordinator', school.id);
      const headers = await login(api.baseUrl, coordinator.email);
      for (let c = 0; c < 4; c++) {
        const schoolClass = await aClass(db, region.id, school.id, { size: 10 });
        attempts.push({
          key: randomUUID(),
          headers,
          body: { sessionId: session.id, classId: schoolClass.id },
        });
      }
    }

    const crowd = attempts.map((attempt) =>
      send(api!.baseUrl, attempt).then(
        (answer) => (attempt.answer = answer),
        () => undefined,
      ),
    );
    await Promise.race(crowd);
    api.child.kill('SIGKILL');
    await Promise.all(crowd);
    expect((await api.exited).signal).toBe('SIGKILL');
    const answered = attempts.filter((attempt) => attempt.answer);
    const lost = attempts.filter((attempt) => !attempt.answer);
    // The kill must land mid-crowd for the test to mean anything.
    expect(answered.length).toBeGreaterThan(0);
    expect(lost.length).toBeGreaterThan(0);

    api = await startApi(postgres.url);
    expect(await findConsistencyViolations(db)).toEqual([]);
    const stored = await db.select().from(bookings).where(eq(bookings.sessionId, session.id));
    const storedIds = stored.map((booking) => booking.id);
    for (const attempt of answered) {
      expect(attempt.answer!.status).toBeOneOf([201, 202]);
      expect(storedIds).toContain(attempt.answer!.body.id);
    }
    // Whole: each booking has its audit row and its idempotency key, written in one statement.
    if (storedIds.length) {
      const audited = await db
        .select({ id: auditEvents.entityId })
        .from(auditEvents)
        .where(and(eq(auditEvents.entity, 'booking'), inArray(auditEvents.entityId, storedIds)));
      expect(new Set(audited.map((row) => row.id))).toEqual(new Set(storedIds));
    }
    const keys = await db
      .select()
      .from(idempotencyKeys)
      .where(
        inArray(
          idempotencyKeys.key,
          attempts.map((attempt) => attempt.key),
        ),
      );
    // The key names the booking it created (decision 005), stored in the booking's statement.
    expect(keys.map((key) => key.bookingId).sort()).toEqual([...storedIds].sort());

    for (const attempt of attempts) {
      const retry = await send(api.baseUrl, attempt);
      if (attempt.answer) {
        expect(retry.status).toBe(attempt.answer.status);
        expect(retry.body.id).toBe(attempt.answer.body.id);
      } else {
        expect(retry.status).toBeOneOf([201, 202]);
      }
    }
    const after = await db.select().from(bookings).where(eq(bookings.sessionId, session.id));
    expect(after).toHaveLength(attempts.length);
    expect(new Set(after.map((booking) => booking.classId)).size).toBe(attempts.length);
    expect(await findConsistencyViolations(db)).toEqual([]);
  });
});
