import { organisationListSchema } from '@stagebureau/domain';
import type { PageServerLoad } from './$types';

/** The region's active companies, for a coordinator to pick one to log contact with. */
export const load: PageServerLoad = async ({ locals }) => {
  const { items } = await locals.api.get('/organisations', organisationListSchema, {
    query: { kind: 'company', status: 'active' },
  });
  return {
    companies: items.map((company) => ({ id: company.id, name: company.name, city: company.city })),
  };
};
