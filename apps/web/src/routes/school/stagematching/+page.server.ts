import { redirect } from '@sveltejs/kit';
import {
  createPlacementRoundSchema,
  localDateOf,
  placeListSchema,
  placementRoundListSchema,
  placementRoundSchema,
} from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { setFlash } from '$lib/server/flash';
import { formObject, invalid, parseWith, problemFailure } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  const canManage = locals.me?.role === 'school_coordinator';
  const today = localDateOf(new Date());
  const [rounds, places] = await Promise.all([
    locals.api.get('/placement-rounds', placementRoundListSchema),
    canManage ? locals.api.get('/places', placeListSchema) : { items: [] },
  ]);
  return {
    rounds: rounds.items,
    canManage,
    // A round takes places for pupils that have not started (the API checks it again).
    places: places.items.filter(
      (place) => place.type !== 'teacher_internship' && !place.cancelled && place.startsOn > today,
    ),
  };
};

/** `placeIds.3: unknown place: <id>` from the API → one sentence naming the places. */
function placeErrors(errors: Record<string, string>, titleOf: (id: string) => string) {
  const wrong = Object.entries(errors)
    .filter(([path]) => path.startsWith('placeIds'))
    .map(([, message]) => titleOf(message.split(': ').at(-1) ?? ''));
  const rest = Object.fromEntries(
    Object.entries(errors).filter(([path]) => !path.startsWith('placeIds')),
  );
  return { wrong, rest };
}

export const actions: Actions = {
  create: async ({ request, locals, cookies }) => {
    const t = translator(locals.language);
    const values = formObject(await request.formData(), { lists: ['placeIds'] });
    const parsed = parseWith(createPlacementRoundSchema, values, t);
    if (!parsed.ok) {
      const errors = { ...parsed.errors };
      if (errors.placeIds) errors.placeIds = t('rounds.error.choosePlaces');
      return invalid(errors, values);
    }
    let id: string;
    try {
      const { data } = await locals.api.post(
        '/placement-rounds',
        parsed.data,
        placementRoundSchema,
      );
      id = data.id;
    } catch (problem) {
      const failure = problemFailure(problem, values);
      const { items } = await locals.api
        .get('/places', placeListSchema)
        .catch(() => ({ items: [] as { id: string; title: string }[] }));
      const titleOf = (placeId: string) =>
        items.find((place) => place.id === placeId)?.title ?? placeId;
      const { wrong, rest } = placeErrors(failure.data.errors, titleOf);
      if (wrong.length)
        failure.data.errors = {
          ...rest,
          placeIds: t('rounds.error.places', { places: wrong.join(', ') }),
        };
      return failure;
    }
    setFlash(cookies, { kind: 'success', message: t('rounds.created') });
    redirect(303, `/school/stagematching/${id}`);
  },
};
