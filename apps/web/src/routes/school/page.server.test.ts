import { isHttpError } from '@sveltejs/kit';
import { expect, test } from 'vitest';
import { createApiClient } from '$lib/server/api';
import { load } from './+page.server';

/**
 * The school dashboard's load runs next to the layout's login check, so it also runs for a
 * visitor who is not logged in. It must refuse before it starts any request: a request left
 * running when the load threw rejected unobserved, and Node stopped the web server for it.
 */
test('when nobody is logged in, then the dashboard refuses with 403 and starts no request', async () => {
  const asked: string[] = [];
  const api = createApiClient({
    baseUrl: 'http://api.test',
    language: 'nl',
    session: { read: () => ({ accessToken: null, refreshToken: null }), write: () => {} },
    fetch: (async (input: string | URL | Request) => {
      asked.push(String(input));
      return Response.json({ code: 'unauthenticated' }, { status: 401 });
    }) as typeof fetch,
  });
  const locals = { api, me: null, language: 'nl' } as unknown as App.Locals;
  const answer = await (load as (event: unknown) => Promise<unknown>)({ locals }).catch(
    (error: unknown) => error,
  );
  expect(isHttpError(answer) && answer.status).toBe(403);
  expect(asked).toEqual([]);
});
