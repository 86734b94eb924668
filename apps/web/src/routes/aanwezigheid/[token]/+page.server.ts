import { fail } from '@sveltejs/kit';
import {
  attendanceWeekSchema,
  confirmAttendanceSchema,
  publicAttendanceSchema,
} from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { ApiProblem } from '$lib/server/api';
import { formObject, invalid, parseWith, problemFailure } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

const path = (token: string) => `/public/attendance/${encodeURIComponent(token)}`;
const gone = (problem: unknown) => problem instanceof ApiProblem && problem.status === 410;

/**
 * The supervisor's weekly confirmation (issue 16): public, by the link's secret, no login.
 * A used, replaced or unknown link is a clear sentence (`week: null`), not an error page.
 * The URL holds a secret: never cached, never sent to another site as a Referer.
 */
export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
  setHeaders({ 'cache-control': 'no-store', 'referrer-policy': 'same-origin' });
  try {
    const week = await locals.api.get(path(params.token), publicAttendanceSchema, {
      anonymous: true,
    });
    return { week };
  } catch (problem) {
    if (gone(problem)) return { week: null };
    throw problem;
  }
};

export const actions: Actions = {
  /** One click: the ticked days are the days present (all ticked by default). */
  default: async ({ request, locals, params }) => {
    const t = translator(locals.language);
    const values = formObject(await request.formData(), { lists: ['presentDays'] });
    const parsed = parseWith(confirmAttendanceSchema, values, t);
    if (!parsed.ok) return invalid(parsed.errors, values);
    try {
      const { data } = await locals.api.post(
        path(params.token),
        parsed.data,
        attendanceWeekSchema,
        {
          anonymous: true,
        },
      );
      return { confirmed: data };
    } catch (problem) {
      if (gone(problem)) return fail(410, { gone: true });
      const outside = problem instanceof ApiProblem && problem.code === 'outside_placement';
      return problemFailure(problem, values, outside ? t('attendance.outside') : undefined, {
        inline: true,
      });
    }
  },
};
