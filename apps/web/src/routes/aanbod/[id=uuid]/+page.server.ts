import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/** Calendar events link to the offer; its public page is the catalogue's. */
export const load: PageServerLoad = ({ params }) =>
  redirect(303, `/catalogus/${encodeURIComponent(params.id)}`);
