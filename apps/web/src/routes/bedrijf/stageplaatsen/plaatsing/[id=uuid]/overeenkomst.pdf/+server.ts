import { requireArea } from '$lib/server/guard';
import { agreementPdf } from '$lib/server/placements';
import type { RequestHandler } from './$types';

/** The placement's agreement PDF for the host company (the API decides who may read it). */
export const GET: RequestHandler = ({ locals, url, params }) => {
  requireArea(locals, url, 'company');
  return agreementPdf(locals, params.id);
};
