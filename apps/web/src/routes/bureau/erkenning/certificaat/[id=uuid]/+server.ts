import { requireArea } from '$lib/server/guard';
import { certificatePdf } from '$lib/server/recognition';
import type { RequestHandler } from './$types';

/** The certificate of a leerbedrijf van het jaar, for the bureau. */
export const GET: RequestHandler = ({ locals, url, params }) => {
  requireArea(locals, url, 'bureau');
  return certificatePdf(locals, params.id);
};
