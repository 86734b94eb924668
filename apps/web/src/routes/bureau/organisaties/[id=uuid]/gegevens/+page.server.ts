import { loadOrganisationDetails, saveOrganisationDetails } from '$lib/server/organisationDetails';
import type { Actions, PageServerLoad } from './$types';

/** The bureau edits an organisation's address, position and contact details (issue 21). */
export const load: PageServerLoad = async ({ locals, params }) => ({
  organisation: await loadOrganisationDetails(locals, params.id),
});

export const actions: Actions = {
  save: ({ locals, params, request }) => saveOrganisationDetails(locals, params.id, request),
};
