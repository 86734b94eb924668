import { placeSchema } from '@stagebureau/domain';
import { loadOfferExtras } from '$lib/server/offerExtras';
import { loadSectors } from '$lib/server/taxonomy';
import type { PageServerLoad } from './$types';

/**
 * An internship place as a school reads it: what it is, the company's compliance status for
 * it, and the materials the school may see (more once a pupil of it is placed there).
 */
export const load: PageServerLoad = async ({ locals, params, url }) => {
  const [place, sectors] = await Promise.all([
    locals.api.get(`/places/${encodeURIComponent(params.id)}`, placeSchema),
    loadSectors(locals),
  ]);
  const extras = await loadOfferExtras(
    locals,
    url,
    { id: place.offerId, company: { id: place.companyId } },
    { target: 'place', id: place.id },
  );
  return { place, sectors, ...extras };
};
