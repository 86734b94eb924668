import { requireArea } from '$lib/server/guard';
import { pupilExport } from '$lib/server/placements';
import type { RequestHandler } from './$types';

/** Everything the school holds on one pupil, as a JSON download (an access request). */
export const GET: RequestHandler = ({ locals, url, params }) => {
  requireArea(locals, url, 'school');
  return pupilExport(locals, params.id);
};
