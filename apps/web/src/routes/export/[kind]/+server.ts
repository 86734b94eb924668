import { exportDownload } from '$lib/server/exports';
import { requireLogin } from '$lib/server/guard';
import type { RequestHandler } from './$types';

/** Bookings, placements or the year plan as .xlsx or CSV, scoped by the API to the user. */
export const GET: RequestHandler = ({ locals, url, params }) => {
  requireLogin(locals, url);
  return exportDownload(locals, url, params.kind);
};
