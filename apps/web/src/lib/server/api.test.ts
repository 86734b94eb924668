import { meSchema } from '@stagebureau/domain';
import { describe, expect, test } from 'vitest';
import { ApiProblem, createApiClient, type SessionStore, type TokenPairLike } from './api';
import { refresherFor } from './session';

const problemJson = (status: number, body: object) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });

function memorySession(accessToken: string | null, refreshToken: string | null) {
  const state = { accessToken, refreshToken, writes: [] as (TokenPairLike | null)[] };
  const store: SessionStore = {
    read: () => ({ accessToken: state.accessToken, refreshToken: state.refreshToken }),
    write: (pair) => {
      state.writes.push(pair);
      state.accessToken = pair?.accessToken ?? null;
      state.refreshToken = pair?.refreshToken ?? null;
    },
  };
  return { state, store };
}

const me = {
  id: '6f1c1c36-8d5e-4b8e-9b53-1a1f3b0e7a11',
  email: 'a@b.nl',
  name: 'Anouk',
  role: 'bureau_admin',
  language: 'nl',
  region: { id: '6f1c1c36-8d5e-4b8e-9b53-1a1f3b0e7a12', slug: 'r', name: 'Regio' },
  organisation: null,
};

describe('the API client', () => {
  test('when the API answers problem+json, then it throws an ApiProblem with code, title and field errors', async () => {
    const api = createApiClient({
      baseUrl: 'http://api.test',
      language: 'nl',
      session: memorySession('a', 'r').store,
      fetch: async () =>
        problemJson(422, {
          type: 'https://stagebureau.nl/problems/validation-failed',
          title: 'De invoer is ongeldig',
          status: 422,
          code: 'validation_failed',
          errors: [{ path: 'body.size', message: 'Too big' }],
        }),
    });
    // @ts-expect-error: an empty class, on purpose: the API's refusal is what is tested
    const error = await api.post('/schools/x/classes', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiProblem);
    const problem = error as ApiProblem;
    expect(problem.code).toBe('validation_failed');
    expect(problem.title).toBe('De invoer is ongeldig');
    expect(problem.status).toBe(422);
    expect(problem.fieldErrors).toEqual([{ path: 'body.size', message: 'Too big' }]);
  });

  test('when a problem carries extra members, then they are kept (e.g. when a window opens)', async () => {
    const api = createApiClient({
      baseUrl: 'http://api.test',
      language: 'nl',
      session: memorySession('a', 'r').store,
      fetch: async () =>
        problemJson(409, {
          type: 't',
          title: 'Boeken is (nog) niet mogelijk',
          status: 409,
          code: 'booking_window_closed',
          opensAt: '2026-03-01T08:00:00Z',
        }),
    });
    // @ts-expect-error: an empty booking, on purpose: the API's refusal is what is tested
    const problem = (await api.post('/bookings', {}).catch((e: unknown) => e)) as ApiProblem;
    expect(problem.extra.opensAt).toBe('2026-03-01T08:00:00Z');
  });

  test('when the answer is not JSON, then it is still a typed problem in the chosen language', async () => {
    const api = createApiClient({
      baseUrl: 'http://api.test',
      language: 'en',
      session: memorySession(null, null).store,
      fetch: async () => new Response('<html>Bad gateway</html>', { status: 502 }),
    });
    const problem = (await api.get('/me', meSchema).catch((e: unknown) => e)) as ApiProblem;
    expect(problem.code).toBe('service_unavailable');
    expect(problem.title).toBe('The service is temporarily unavailable');
  });

  test('when the API is unreachable, then the client answers a 503 problem instead of crashing', async () => {
    const api = createApiClient({
      baseUrl: 'http://api.test',
      language: 'nl',
      session: memorySession('a', null).store,
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    });
    const problem = (await api.get('/me', meSchema).catch((e: unknown) => e)) as ApiProblem;
    expect(problem.status).toBe(503);
    expect(problem.code).toBe('service_unavailable');
  });

  test('when the access token expired, then it refreshes once, stores the new pair and retries', async () => {
    const { state, store } = memorySession('old-access', 'old-refresh');
    const seen: (string | null)[] = [];
    const api = createApiClient({
      baseUrl: 'http://api.test',
      language: 'nl',
      session: store,
      fetch: async (_url, init) => {
        const auth = new Headers(init?.headers).get('authorization');
        seen.push(auth);
        if (auth === 'Bearer new-access') return Response.json(me);
        return problemJson(401, { type: 't', title: 'x', status: 401, code: 'unauthenticated' });
      },
      refresh: async (token) => {
        expect(token).toBe('old-refresh');
        return {
          accessToken: 'new-access',
          accessTokenExpiresIn: 900,
          refreshToken: 'new-refresh',
          refreshTokenExpiresAt: '2030-01-01T00:00:00Z',
        };
      },
    });
    const answer = await api.get('/me', meSchema);
    expect(answer.name).toBe('Anouk');
    expect(seen).toEqual(['Bearer old-access', 'Bearer new-access']);
    expect(state.refreshToken).toBe('new-refresh');
  });

  test('when the refresh is refused, then the session is cleared and the 401 problem surfaces', async () => {
    const { state, store } = memorySession(null, 'revoked');
    const api = createApiClient({
      baseUrl: 'http://api.test',
      language: 'nl',
      session: store,
      fetch: async () =>
        problemJson(401, {
          type: 't',
          title: 'Je bent niet ingelogd',
          status: 401,
          code: 'unauthenticated',
        }),
      refresh: async () => null,
    });
    const problem = (await api.get('/me', meSchema).catch((e: unknown) => e)) as ApiProblem;
    expect(problem.status).toBe(401);
    expect(state.writes).toEqual([null]);
  });

  test('when an answer does not match the shared schema, then parsing fails loudly', async () => {
    const api = createApiClient({
      baseUrl: 'http://api.test',
      language: 'nl',
      session: memorySession('a', null).store,
      fetch: async () => Response.json({ ...me, role: 'emperor' }),
    });
    await expect(api.get('/me', meSchema)).rejects.toThrow();
  });

  test('when the browser has an address, then every API call forwards it as X-Forwarded-For', async () => {
    const seen: (string | null)[] = [];
    const api = createApiClient({
      baseUrl: 'http://api.test',
      language: 'nl',
      session: memorySession('a', null).store,
      clientAddress: '203.0.113.7',
      fetch: async (_url, init) => {
        seen.push(new Headers(init?.headers).get('x-forwarded-for'));
        return new Response('BEGIN:VCALENDAR', { headers: { 'content-type': 'text/calendar' } });
      },
    });
    await api.post('/auth/login', { email: 'a@b.nl', password: 'x' });
    await api.raw('/bookings/x.ics', 'text/calendar');
    expect(seen).toEqual(['203.0.113.7', '203.0.113.7']);
  });

  test('when a session is refreshed for a browser, then the refresh also carries its address', async () => {
    let forwarded: string | null = null;
    const refresh = refresherFor(
      'http://api.test',
      async (_url, init) => {
        forwarded = new Headers(init?.headers).get('x-forwarded-for');
        return problemJson(401, { type: 't', title: 'Nee', status: 401, code: 'unauthenticated' });
      },
      '198.51.100.4',
    );
    await expect(refresh('refresh-token-for-forwarding-test')).resolves.toBeNull();
    expect(forwarded).toBe('198.51.100.4');
  });
});

/**
 * The request types are checked by the compiler (`pnpm typecheck` fails on an unused
 * `@ts-expect-error`); at run time each call here sends its body and the API answers it.
 */
describe('request bodies typed by the API document', () => {
  test('when a body or path is wrong for the API, then it does not compile; a right one does and is sent', async () => {
    const sent: string[] = [];
    const api = createApiClient({
      baseUrl: 'http://api.test',
      language: 'nl',
      session: { read: () => ({ accessToken: 't', refreshToken: null }), write: () => {} },
      fetch: async (input, init) => {
        sent.push(`${init?.method} ${new URL(String(input)).pathname} ${String(init?.body)}`);
        return new Response(null, { status: 204 });
      },
    });
    const session = '11111111-1111-4111-8111-111111111111';
    const schoolClass = '22222222-2222-4222-8222-222222222222';
    await api.post('/bookings', { sessionId: session, classId: schoolClass, seats: 2 });
    // @ts-expect-error: a booking needs its session and class
    await api.post('/bookings', { seats: 2 });
    // @ts-expect-error: seats is a number, not text
    await api.post('/bookings', { sessionId: session, classId: schoolClass, seats: 'twee' });
    // @ts-expect-error: the API has no such operation, so no body fits it
    await api.post('/boekingen', { sessionId: session, classId: schoolClass });
    await api.patch(`/schools/${session}/classes/${schoolClass}`, { size: 24 });
    // @ts-expect-error: a class has no colour
    await api.patch(`/schools/${session}/classes/${schoolClass}`, { colour: 'rood' });
    expect(sent).toHaveLength(6);
    expect(sent[0]).toBe(
      `POST /api/v1/bookings {"sessionId":"${session}","classId":"${schoolClass}","seats":2}`,
    );
  });
});
