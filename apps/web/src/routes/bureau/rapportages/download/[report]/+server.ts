import { error } from '@sveltejs/kit';
import { requireArea } from '$lib/server/guard';
import { proxyFile, reportFilters, reportPaths, type ReportName } from '$lib/server/reports';
import type { RequestHandler } from './$types';

/** `?format=csv|xlsx-csv` plus the report filters: the API's CSV, as a download. */
export const GET: RequestHandler = async ({ locals, url, params, cookies }) => {
  requireArea(locals, url, 'bureau');
  const path = reportPaths[params.report as ReportName];
  const format = url.searchParams.get('format');
  if (!path || (format !== 'csv' && format !== 'xlsx-csv')) error(404, { message: 'not found' });
  return proxyFile(locals, cookies, `/reports/${path}`, { ...reportFilters(url), format });
};
