import { requireArea } from '$lib/server/guard';
import { inviteColleague, loadColleagues } from '$lib/server/colleagues';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) =>
  loadColleagues(locals, requireArea(locals, url, 'school'));

export const actions: Actions = {
  invite: async ({ request, locals, url }) =>
    inviteColleague(request, locals, requireArea(locals, url, 'school')),
};
