import { redirect } from '@sveltejs/kit';
import { createPlaceSchema, placeSchema } from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { parseWith } from '$lib/server/forms';
import { ownAddress } from '$lib/server/organisationDetails';
import {
  invalidIn,
  placeBody,
  placeErrors,
  placeTermsErrors,
  placeValues,
  refusedIn,
  todayHere,
} from '$lib/server/placements';
import { loadSectors } from '$lib/server/taxonomy';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  const [sectors, address] = await Promise.all([loadSectors(locals), ownAddress(locals)]);
  return {
    sectors,
    defaults: {
      type: 'internship',
      weekdays: ['1', '2', '3', '4', '5'],
      dayStarts: '08:30',
      dayEnds: '16:30',
      places: 1,
      supervisorName: locals.me?.name ?? '',
      supervisorEmail: locals.me?.email ?? '',
      ...address,
    },
  };
};

export const actions: Actions = {
  default: async ({ request, locals }) => {
    const t = translator(locals.language);
    const values = placeValues(await request.formData());
    const parsed = parseWith(createPlaceSchema, placeBody(values), t);
    if (!parsed.ok) return invalidIn('place', placeErrors(parsed.errors), values);
    const terms = placeTermsErrors(parsed.data, todayHere(), t);
    if (Object.keys(terms).length) return invalidIn('place', terms, values);
    let id: string;
    try {
      id = (await locals.api.post('/places', parsed.data, placeSchema)).data.id;
    } catch (problem) {
      return refusedIn('place', problem, values, t);
    }
    redirect(303, `/bedrijf/stageplaatsen?gepubliceerd=${id}`);
  },
};
