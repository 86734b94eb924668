import { error } from '@sveltejs/kit';
import { reportQuerySchema } from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { apiUrl } from './config';
import { accessCookie } from './session';

export const reportPaths = {
  cofinanciering: 'co-financing',
  dekking: 'coverage',
  eerlijkheid: 'fairness',
  betrokkenheid: 'engagement',
  stagedekking: 'placement-coverage',
  stageplaatsen: 'internship-places',
} as const;
export type ReportName = keyof typeof reportPaths;

/** Placement reports take one school year and no other filter. */
const schoolYearOnly: readonly ReportName[] = ['stagedekking', 'stageplaatsen'];

/** The filters a report takes: all of them, or the school year alone for placement reports. */
export const filtersFor = (report: ReportName, filters: Record<string, string>) =>
  schoolYearOnly.includes(report)
    ? Object.fromEntries(Object.entries(filters).filter(([name]) => name === 'schoolYear'))
    : filters;

/** The report filters in the page's query string that the API understands (blanks dropped). */
export function reportFilters(url: URL): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const name of ['schoolYear', 'calendarYear', 'companyId', 'offerType']) {
    const value = url.searchParams.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return filters;
}

/** Filters the API would refuse are dropped as a whole, so the page still shows something. */
export function validFilters(filters: Record<string, string>) {
  const parsed = reportQuerySchema.safeParse(filters);
  return parsed.success ? { filters, valid: true } : { filters: {}, valid: false };
}

/**
 * Passes a file answer of the API (CSV, the printable statement) through to the browser with
 * the session's token: the hooks have already refreshed it when it had expired.
 */
export async function proxyFile(
  locals: App.Locals,
  cookies: { get(name: string): string | undefined },
  path: string,
  query: Record<string, string>,
): Promise<Response> {
  const token = cookies.get(accessCookie);
  if (!locals.me || !token) error(401, { message: translator(locals.language)('error.forbidden') });
  const url = new URL(`/api/v1${path}`, apiUrl());
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  const answer = await fetch(url, {
    headers: { authorization: `Bearer ${token}`, 'accept-language': locals.language },
  });
  if (!answer.ok)
    error(answer.status === 404 ? 404 : answer.status >= 500 ? 503 : answer.status, {
      message: translator(locals.language)(
        answer.status === 404 ? 'error.notFound' : 'error.title',
      ),
    });
  const headers = new Headers({
    'content-type': answer.headers.get('content-type') ?? 'application/octet-stream',
    'cache-control': 'private, no-store',
  });
  const disposition = answer.headers.get('content-disposition');
  if (disposition) headers.set('content-disposition', disposition);
  return new Response(await answer.arrayBuffer(), { status: 200, headers });
}
