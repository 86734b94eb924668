import { describe, expect, it } from 'vitest';
import { createDatabase } from '@stagebureau/db';
import { buildApp } from '../src/app';
import { aRegion, aSchool, aUser, loginAs } from './builders';
import { createTestDatabase, testConfig } from './harness';

/**
 * Under a flash crowd the pool can be full when a request's auth lookup needs a connection.
 * Drizzle wraps the pool's timeout in its own error; the answer must still be a retryable 503.
 */
describe('a full connection pool', () => {
  it(
    'when every connection is taken during the auth lookup, then the answer is 503 service_unavailable, not 500',
    { timeout: 30_000 },
    async () => {
      const { url } = await createTestDatabase();
      const database = createDatabase(url, { max: 1 });
      const app = await buildApp({ config: testConfig(), database });
      await app.ready();
      try {
        const region = await aRegion(database.db);
        const school = await aSchool(database.db, region.id);
        const user = await aUser(database.db, region.id, 'school_coordinator', school.id);
        const { headers } = await loginAs(app, user.email);
        const held = await database.pool.connect();
        try {
          const response = await app.inject({ method: 'GET', url: '/api/v1/bookings', headers });
          expect(response.statusCode).toBe(503);
          expect(response.json<{ code: string }>().code).toBe('service_unavailable');
        } finally {
          held.release();
        }
      } finally {
        await app.close();
        await database.close();
      }
    },
  );
});
