import { requestListSchema, signUpListSchema } from '@stagebureau/domain';
import { withdrawSignUpAction } from '$lib/server/requests';
import type { Actions, PageServerLoad } from './$types';

/** Published requests on the published menu card: the fitting ones, or all with `?alle=1`. */
export const load: PageServerLoad = async ({ locals, url }) => {
  const all = url.searchParams.get('alle') === '1';
  const [requests, signUps] = await Promise.all([
    locals.api.get('/requests', requestListSchema, {
      query: { status: 'published', ...(all ? {} : { fitting: 'true' }) },
    }),
    locals.api.get('/sign-ups', signUpListSchema),
  ]);
  return {
    all,
    requests: [...requests.items].sort((a, b) => a.signUpDeadline.localeCompare(b.signUpDeadline)),
    signUps: signUps.items,
  };
};

export const actions: Actions = { withdraw: withdrawSignUpAction };
