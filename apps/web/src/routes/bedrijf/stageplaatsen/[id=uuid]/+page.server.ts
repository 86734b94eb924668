import { placeSchema } from '@stagebureau/domain';
import { loadMaterials, loadUploadMaxMb, materialActions } from '$lib/server/materials';
import { loadSectors } from '$lib/server/taxonomy';
import type { Actions, PageServerLoad } from './$types';

/** One of the company's internship places, with the materials it hands out for it. */
export const load: PageServerLoad = async ({ locals, params }) => {
  const [place, materials, uploadMaxMb, sectors] = await Promise.all([
    locals.api.get(`/places/${encodeURIComponent(params.id)}`, placeSchema),
    loadMaterials(locals, 'place', params.id),
    loadUploadMaxMb(locals),
    loadSectors(locals),
  ]);
  return { place, ...materials, uploadMaxMb, sectors };
};

export const actions: Actions = materialActions(
  (params) => `/places/${encodeURIComponent(params.id ?? '')}/materials`,
);
