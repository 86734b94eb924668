import { requireArea } from '$lib/server/guard';
import { certificatePdf } from '$lib/server/recognition';
import type { RequestHandler } from './$types';

/** The company's own certificate of leerbedrijf van het jaar (the API refuses another's). */
export const GET: RequestHandler = ({ locals, url, params }) => {
  requireArea(locals, url, 'company');
  return certificatePdf(locals, params.id);
};
