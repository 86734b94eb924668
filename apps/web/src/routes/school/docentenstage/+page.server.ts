import { placeListSchema, placementListSchema, placementSchema } from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { sortPlacements } from '$lib/placements';
import { refusedIn } from '$lib/server/placements';
import { loadSectors } from '$lib/server/taxonomy';
import type { Actions, PageServerLoad } from './$types';

/** Teacher-internship places of the region, and the caller's own docentenstages. */
export const load: PageServerLoad = async ({ locals }) => {
  const [places, placements, sectors] = await Promise.all([
    locals.api.get('/places', placeListSchema, { query: { type: 'teacher_internship' } }),
    locals.api.get('/placements', placementListSchema, { query: { mine: 'true' } }),
    loadSectors(locals),
  ]);
  return {
    places: places.items.filter((place) => !place.cancelled),
    mine: sortPlacements(placements.items),
    sectors,
  };
};

export const actions: Actions = {
  /** "Ik wil deze stage": the teacher places themself; the company decides. */
  book: async ({ request, locals }) => {
    const t = translator(locals.language);
    const placeId = String((await request.formData()).get('_id') ?? '');
    try {
      const { data } = await locals.api.post('/placements/self', { placeId }, placementSchema);
      return {
        done: t('placements.done.book', { title: data.place.title }),
        form: 'book',
        id: placeId,
      };
    } catch (problem) {
      return refusedIn('book', problem, {}, t, placeId);
    }
  },
};
