import { auditPageSchema, auditQuerySchema } from '@stagebureau/domain';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  const query = auditQuerySchema.safeParse(Object.fromEntries(url.searchParams));
  return {
    audit: await locals.api.get('/audit', auditPageSchema, {
      query: query.success ? query.data : { limit: 50 },
    }),
  };
};
