import { allocationRoundListSchema } from '@stagebureau/domain';
import type { PageServerLoad } from './$types';

const order = { open: 0, draft: 1, closed: 2, run: 3, published: 4 } as const;

export const load: PageServerLoad = async ({ locals }) => {
  const { items } = await locals.api.get('/allocation-rounds', allocationRoundListSchema);
  return {
    rounds: [...items].sort(
      (a, b) =>
        order[a.status] - order[b.status] ||
        a.requestWindow.closesAt.localeCompare(b.requestWindow.closesAt),
    ),
  };
};
