import { yearPlanIcs } from '$lib/server/yearPlan';
import type { RequestHandler } from './$types';

/** The year plan as an .ics download ("Abonneer / download iCal"). */
export const GET: RequestHandler = ({ locals, url }) => yearPlanIcs(locals, url, 'company');
