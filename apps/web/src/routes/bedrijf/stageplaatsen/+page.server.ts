import { placeListSchema, placementListSchema } from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { sortPlacements } from '$lib/placements';
import { placementMoveAction } from '$lib/server/placements';
import { loadSectors } from '$lib/server/taxonomy';
import type { Actions, PageServerLoad } from './$types';

/** The company's places with their free places, the pupils proposed to it, its placements. */
export const load: PageServerLoad = async ({ locals, url }) => {
  const companyId = locals.me?.organisation?.id;
  const [places, placements, sectors] = await Promise.all([
    locals.api.get('/places', placeListSchema, { query: { companyId } }),
    locals.api.get('/placements', placementListSchema),
    loadSectors(locals),
  ]);
  const sorted = sortPlacements(placements.items);
  // After publishing, the editor comes back here with the new place's id.
  const published = places.items.find((place) => place.id === url.searchParams.get('gepubliceerd'));
  return {
    places: places.items,
    incoming: sorted.filter((placement) => placement.phase === 'proposed'),
    placements: sorted.filter((placement) => placement.phase !== 'proposed'),
    sectors,
    published: published
      ? translator(locals.language)('placements.done.published', { title: published.title })
      : null,
  };
};

export const actions: Actions = {
  accept: placementMoveAction('accept'),
  decline: placementMoveAction('decline'),
  cancel: placementMoveAction('cancel'),
};
