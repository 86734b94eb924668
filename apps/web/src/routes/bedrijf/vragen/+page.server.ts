import { requestListQuerySchema, requestListSchema, signUpListSchema } from '@stagebureau/domain';
import { ApiProblem } from '$lib/server/api';
import { withdrawSignUpAction } from '$lib/server/requests';
import type { Actions, PageServerLoad } from './$types';

/**
 * Published requests on the published menu card: the fitting ones, or all with `?alle=1`;
 * within `maxKm` of the company and nearest first with `sort=distance` (issue 21).
 */
export const load: PageServerLoad = async ({ locals, url }) => {
  const all = url.searchParams.get('alle') === '1';
  const distance = {
    maxKm: url.searchParams.get('maxKm') || undefined,
    sort: url.searchParams.get('sort') || undefined,
  };
  const chosen = requestListQuerySchema.safeParse(distance);
  const base = { status: 'published', ...(all ? {} : { fitting: 'true' }) };
  const read = (query: Record<string, string | undefined>) =>
    locals.api.get('/requests', requestListSchema, { query });
  // The company's position may be unknown: then say so, and list without distances.
  const [requests, problem] = await read({ ...base, ...(chosen.success ? distance : {}) }).then(
    (page) => [page, null] as const,
    async (error: unknown) => {
      if (!(error instanceof ApiProblem)) throw error;
      return [await read(base), error.title] as const;
    },
  );
  const signUps = await locals.api.get('/sign-ups', signUpListSchema);
  const byDeadline = [...requests.items].sort((a, b) =>
    a.signUpDeadline.localeCompare(b.signUpDeadline),
  );
  return {
    all,
    distance,
    problem,
    requests: distance.sort === 'distance' && !problem ? requests.items : byDeadline,
    signUps: signUps.items,
  };
};

export const actions: Actions = { withdraw: withdrawSignUpAction };
