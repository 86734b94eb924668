import { loadYearPlan } from '$lib/server/yearPlan';
import type { PageServerLoad } from './$types';

/** Everything the school committed to in a school year, by month (`?schooljaar=`, `?print=1`). */
export const load: PageServerLoad = ({ locals, url }) => loadYearPlan(locals, url, 'school');
