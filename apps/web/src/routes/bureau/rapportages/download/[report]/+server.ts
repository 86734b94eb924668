import { error } from '@sveltejs/kit';
import { requireArea } from '$lib/server/guard';
import {
  filtersFor,
  proxyFile,
  reportFilters,
  reportPaths,
  type ReportName,
} from '$lib/server/reports';
import type { RequestHandler } from './$types';

/** `?format=csv|xlsx` plus the report filters: the API's CSV or workbook, as a download. */
export const GET: RequestHandler = async ({ locals, url, params, cookies }) => {
  requireArea(locals, url, 'bureau');
  const report = params.report as ReportName;
  const path = Object.hasOwn(reportPaths, report) ? reportPaths[report] : undefined;
  const format = url.searchParams.get('format');
  if (!path || (format !== 'csv' && format !== 'xlsx')) error(404, { message: 'not found' });
  const filters = filtersFor(report, reportFilters(url));
  return proxyFile(locals, cookies, `/reports/${path}`, { ...filters, format });
};
