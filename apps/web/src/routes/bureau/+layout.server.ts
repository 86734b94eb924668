import { conflictListSchema } from '@stagebureau/domain';
import { requireArea } from '$lib/server/guard';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals, url }) => {
  const me = requireArea(locals, url, 'bureau');
  // One cheap call for the navigation badge: the counts cover the whole region.
  const { counts } = await locals.api.get('/conflicts', conflictListSchema, {
    query: { limit: 1, status: 'open' },
  });
  return { me, openConflicts: counts.open };
};
