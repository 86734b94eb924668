import { cataloguePageSchema } from '@stagebureau/domain';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
  offers: (
    await locals.api.get('/offers', cataloguePageSchema, { query: { mine: 'true', limit: 100 } })
  ).items,
});
