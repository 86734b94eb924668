import { error } from '@sveltejs/kit';
import { schoolYearSchema } from '@stagebureau/domain';
import { requireArea } from '$lib/server/guard';
import { proxyFile } from '$lib/server/reports';
import type { RequestHandler } from './$types';

/** The targets of a school year as CSV for the subsidy report (`?format=csv|xlsx`). */
export const GET: RequestHandler = async ({ locals, url, cookies }) => {
  requireArea(locals, url, 'bureau');
  const schoolYear = schoolYearSchema.safeParse(url.searchParams.get('schoolYear'));
  const format = url.searchParams.get('format') ?? 'csv';
  if (!schoolYear.success || (format !== 'csv' && format !== 'xlsx'))
    error(404, { message: 'not found' });
  return proxyFile(locals, cookies, '/targets/export.csv', { schoolYear: schoolYear.data, format });
};
