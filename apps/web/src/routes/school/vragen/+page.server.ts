import { requestListSchema } from '@stagebureau/domain';
import type { PageServerLoad } from './$types';

/** The school's own requests, newest first, with their fill. */
export const load: PageServerLoad = async ({ locals }) => {
  const { items } = await locals.api.get('/requests', requestListSchema);
  return {
    requests: [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    // Teachers read the requests; the coordinator asks and decides (the API checks it again).
    canAsk: locals.me?.role === 'school_coordinator',
  };
};
