import { requireLogin } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => ({ me: requireLogin(locals, url) });
