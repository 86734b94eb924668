import { requireArea } from '$lib/server/guard';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals, url }) => ({
  me: requireArea(locals, url, 'school'),
});
