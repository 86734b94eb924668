import { loadAllOffers } from '$lib/server/offerList';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
  offers: await loadAllOffers(locals, { mine: 'true' }),
});
