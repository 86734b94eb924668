import { redirect } from '@sveltejs/kit';
import { bookingListAnchor } from '$lib/server/deepLinks';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => redirect(303, bookingListAnchor(params.id));
