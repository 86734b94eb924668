import {
  participantListSchema,
  placeListQuerySchema,
  placeListSchema,
  placementListSchema,
  placementSchema,
  proposePlacementSchema,
} from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { openPupilPlaces, participantName, sortPlacements } from '$lib/placements';
import { formObject, parseWith } from '$lib/server/forms';
import { schoolLocationsOf } from '$lib/server/locations';
import { invalidIn, placementMoveAction, refusedIn } from '$lib/server/placements';
import { loadSectors } from '$lib/server/taxonomy';
import type { Action, Actions, PageServerLoad } from './$types';

/**
 * The school's placements, and the board: free places to propose a registered pupil for,
 * nearest first when the school picks a location to measure from (`near`, `maxKm`).
 */
export const load: PageServerLoad = async ({ locals, url }) => {
  const t = translator(locals.language);
  const distance = Object.fromEntries(
    ['near', 'maxKm']
      .map((name) => [name, url.searchParams.get(name)?.trim() ?? ''] as const)
      .filter(([, value]) => value !== ''),
  );
  const parsed = parseWith(placeListQuerySchema, distance, t);
  const [placements, places, pupils, sectors, origins] = await Promise.all([
    locals.api.get('/placements', placementListSchema),
    locals.api.get('/places', placeListSchema, { query: parsed.ok ? distance : {} }),
    locals.api.get('/pupils', participantListSchema),
    loadSectors(locals),
    schoolLocationsOf(locals),
  ]);
  return {
    origins,
    distance,
    distanceErrors: parsed.ok ? {} : parsed.errors,
    placements: sortPlacements(
      placements.items.filter((placement) => placement.participant.kind === 'pupil'),
    ),
    places: openPupilPlaces(places.items),
    pupils: pupils.items.filter((pupil) => pupil.kind === 'pupil' && !pupil.erased),
    sectors,
    // Teachers read along; the coordinator proposes and cancels (the API checks it again).
    canManage: locals.me?.role === 'school_coordinator',
  };
};

/** `?/propose`: one registered pupil for one place; the company decides. */
const propose: Action = async ({ request, locals }) => {
  const t = translator(locals.language);
  const form = await request.formData();
  const placeId = String(form.get('_id') ?? '');
  const values = formObject(form);
  const parsed = parseWith(proposePlacementSchema, { ...values, placeId }, t);
  if (!parsed.ok) return invalidIn('propose', parsed.errors, values, placeId);
  try {
    const { data } = await locals.api.post('/placements', parsed.data, placementSchema);
    return {
      done: t('placements.done.propose', {
        name: participantName(data.participant),
        title: data.place.title,
      }),
      form: 'propose',
      id: placeId,
    };
  } catch (problem) {
    return refusedIn('propose', problem, values, t, placeId);
  }
};

export const actions: Actions = { propose, cancel: placementMoveAction('cancel') };
