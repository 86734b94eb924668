import { locationListSchema } from '@stagebureau/domain';

/**
 * A school user's own locations, to measure distances from (catalogue, place search); none
 * for anyone else, who types a postcode instead.
 */
export async function schoolLocationsOf(
  locals: App.Locals,
): Promise<{ id: string; name: string; city: string }[]> {
  const school = locals.me?.organisation;
  if (!school || school.kind !== 'school') return [];
  const { items } = await locals.api
    .get(`/organisations/${school.id}/locations`, locationListSchema)
    .catch(() => ({ items: [] as never[] }));
  return items.map(({ id, name, city }) => ({ id, name, city }));
}
