import { redirect } from '@sveltejs/kit';
import { sessionListAnchor } from '$lib/server/deepLinks';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => redirect(303, sessionListAnchor(params.id));
