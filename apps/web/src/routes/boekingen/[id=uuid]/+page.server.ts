import { bookingLinkFor } from '$lib/server/deepLinks';
import { requireLogin } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url, params }) =>
  bookingLinkFor(requireLogin(locals, url).role, params.id);
