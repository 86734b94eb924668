import { requireArea } from '$lib/server/guard';
import { agreementPdf } from '$lib/server/placements';
import type { RequestHandler } from './$types';

/** The placement's agreement PDF for the school (and a teacher's own docentenstage). */
export const GET: RequestHandler = ({ locals, url, params }) => {
  requireArea(locals, url, 'school');
  return agreementPdf(locals, params.id);
};
