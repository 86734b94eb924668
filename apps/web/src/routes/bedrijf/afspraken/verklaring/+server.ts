import { schoolYearSchema } from '@stagebureau/domain';
import { requireArea } from '$lib/server/guard';
import { proxyFile } from '$lib/server/reports';
import type { RequestHandler } from './$types';

/** The company's own printable in-kind statement (`/companies/:id/co-financing-statement`). */
export const GET: RequestHandler = async ({ locals, url, cookies }) => {
  const me = requireArea(locals, url, 'company');
  const schoolYear = schoolYearSchema.safeParse(url.searchParams.get('schoolYear'));
  return proxyFile(
    locals,
    cookies,
    `/companies/${me.organisation?.id}/co-financing-statement`,
    schoolYear.success ? { schoolYear: schoolYear.data } : {},
  );
};
