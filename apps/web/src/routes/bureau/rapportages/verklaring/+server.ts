import { requireArea } from '$lib/server/guard';
import { proxyFile } from '$lib/server/reports';
import type { RequestHandler } from './$types';

/** The printable co-financing statement of one company (HTML with print styles). */
export const GET: RequestHandler = async ({ locals, url, cookies }) => {
  requireArea(locals, url, 'bureau');
  const query: Record<string, string> = {};
  for (const name of ['companyId', 'schoolYear', 'calendarYear']) {
    const value = url.searchParams.get(name)?.trim();
    if (value) query[name] = value;
  }
  return proxyFile(locals, cookies, '/reports/co-financing/statement', query);
};
