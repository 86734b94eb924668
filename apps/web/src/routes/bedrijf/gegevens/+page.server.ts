import { error } from '@sveltejs/kit';
import { loadOrganisationDetails, saveOrganisationDetails } from '$lib/server/organisationDetails';
import type { Actions, PageServerLoad } from './$types';

/** The organisation admin's own address, position and contact details (issue 21). */
export const load: PageServerLoad = async ({ locals }) => {
  const own = locals.me?.organisation;
  if (!own) error(404, { message: 'not found' });
  return { organisation: await loadOrganisationDetails(locals, own.id) };
};

export const actions: Actions = {
  save: ({ locals, request }) =>
    saveOrganisationDetails(locals, locals.me?.organisation?.id, request),
};
