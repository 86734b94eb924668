import { redirect } from '@sveltejs/kit';
import { proposalListAnchor } from '$lib/server/deepLinks';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => redirect(303, proposalListAnchor(params.id));
