import {
  adjustAllocationSchema,
  allocationRequestListSchema,
  allocationResultSchema,
  allocationRoundSchema,
  publishAllocationResultSchema,
} from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { formObject, invalid, parseWith, problemFailure } from '$lib/server/forms';
import { roundSessions, schoolAndClassNames } from '$lib/server/rounds';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
  const [round, requests] = await Promise.all([
    locals.api.get(`/allocation-rounds/${params.id}`, allocationRoundSchema),
    locals.api.get(`/allocation-rounds/${params.id}/requests`, allocationRequestListSchema),
  ]);
  const hasResult = round.status === 'run' || round.status === 'published';
  const [result, sessions, names] = await Promise.all([
    hasResult
      ? locals.api.get(`/allocation-rounds/${params.id}/result`, allocationResultSchema)
      : null,
    roundSessions(locals, round.sessionIds),
    schoolAndClassNames(
      locals,
      requests.items.map((request) => request.schoolId),
    ),
  ]);
  return { round, requests: requests.items, result, sessions, names };
};

export const actions: Actions = {
  run: async ({ locals, params }) => {
    const t = translator(locals.language);
    try {
      await locals.api.post(`/allocation-rounds/${params.id}/run`, {}, allocationResultSchema);
    } catch (problem) {
      return problemFailure(problem, {});
    }
    return { toast: { kind: 'success' as const, message: t('alloc.ran') } };
  },
  adjust: async ({ request, locals, params }) => {
    const t = translator(locals.language);
    const values = formObject(await request.formData(), { nullable: ['sessionId'] });
    values.sessionId ??= null;
    const parsed = parseWith(adjustAllocationSchema, values, t);
    if (!parsed.ok) return invalid(parsed.errors, values);
    try {
      await locals.api.post(
        `/allocation-rounds/${params.id}/adjust`,
        parsed.data,
        allocationResultSchema,
      );
    } catch (problem) {
      return problemFailure(problem, values);
    }
    return { toast: { kind: 'success' as const, message: t('alloc.adjusted') } };
  },
  publish: async ({ locals, params }) => {
    const t = translator(locals.language);
    try {
      const { data } = await locals.api.post(
        `/allocation-rounds/${params.id}/publish`,
        {},
        publishAllocationResultSchema,
      );
      return {
        toast: {
          kind: 'success' as const,
          message: t('alloc.published', {
            confirmed: data.confirmedBookingIds.length,
            waitlisted: data.waitlistedBookingIds.length,
          }),
        },
      };
    } catch (problem) {
      return problemFailure(problem, {});
    }
  },
};
