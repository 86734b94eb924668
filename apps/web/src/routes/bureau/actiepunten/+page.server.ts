import { followUpDone, loadMyFollowUps } from '$lib/server/relations';
import type { Actions, PageServerLoad } from './$types';

/** "Mijn actiepunten" for bureau staff (issue 17). */
export const load: PageServerLoad = async ({ locals, url }) => loadMyFollowUps(locals, url);

export const actions: Actions = { followUpDone };
