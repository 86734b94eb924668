import {
  allocationRequestListSchema,
  allocationRequestSchema,
  allocationResultSchema,
  allocationRoundSchema,
  createAllocationRequestSchema,
  schoolClassListSchema,
  updateAllocationRequestSchema,
} from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { formObject, invalid, parseWith, problemFailure } from '$lib/server/forms';
import { roundSessions } from '$lib/server/rounds';
import { schoolIdOf } from '$lib/server/school';
import type { Actions, PageServerLoad } from './$types';

const maxPreferences = 5;

export const load: PageServerLoad = async ({ locals, params }) => {
  const schoolId = schoolIdOf(locals);
  const [round, requests, classes] = await Promise.all([
    locals.api.get(`/allocation-rounds/${params.id}`, allocationRoundSchema),
    locals.api.get(`/allocation-rounds/${params.id}/requests`, allocationRequestListSchema),
    locals.api.get(`/schools/${schoolId}/classes`, schoolClassListSchema),
  ]);
  const hasResult = round.status === 'run' || round.status === 'published';
  const [result, sessions] = await Promise.all([
    hasResult
      ? locals.api.get(`/allocation-rounds/${params.id}/result`, allocationResultSchema)
      : null,
    roundSessions(locals, round.sessionIds),
  ]);
  return {
    round,
    requests: requests.items,
    classes: classes.items.filter((schoolClass) => !schoolClass.archivedAt),
    sessions,
    placements: result?.placements ?? [],
    canRequest: locals.me?.role === 'school_coordinator' && round.status === 'open',
  };
};

/** The ranked selects `preference1`…`preference5` as one list, best first, blanks skipped. */
function requestValues(formData: FormData): Record<string, unknown> {
  const values = formObject(formData, { numbers: ['seats'] });
  const preferences: string[] = [];
  for (let rank = 1; rank <= maxPreferences; rank += 1) {
    const id = values[`preference${rank}`];
    delete values[`preference${rank}`];
    if (typeof id === 'string' && id) preferences.push(id);
  }
  return { ...values, preferences };
}

const withRanks = (errors: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(errors).map(([path, message]) => [
      path.startsWith('preferences') ? 'preference1' : path,
      message,
    ]),
  );

export const actions: Actions = {
  create: async ({ request, locals, params }) => {
    const t = translator(locals.language);
    const values = requestValues(await request.formData());
    const parsed = parseWith(createAllocationRequestSchema, values, t);
    if (!parsed.ok) return invalid(withRanks(parsed.errors), values);
    try {
      await locals.api.post(
        `/allocation-rounds/${params.id}/requests`,
        parsed.data,
        allocationRequestSchema,
      );
    } catch (problem) {
      return problemFailure(problem, values);
    }
    return { toast: { kind: 'success' as const, message: t('schoolAlloc.submitted') } };
  },
  update: async ({ request, locals, params }) => {
    const t = translator(locals.language);
    const form = await request.formData();
    const requestId = String(form.get('_requestId') ?? '');
    const { classId: _classId, ...values } = requestValues(form);
    const parsed = parseWith(updateAllocationRequestSchema, values, t);
    if (!parsed.ok) return invalid(withRanks(parsed.errors), { ...values, classId: _classId });
    try {
      await locals.api.put(
        `/allocation-rounds/${params.id}/requests/${encodeURIComponent(requestId)}`,
        parsed.data,
        allocationRequestSchema,
      );
    } catch (problem) {
      return problemFailure(problem, { ...values, classId: _classId });
    }
    return { toast: { kind: 'success' as const, message: t('schoolAlloc.changed') } };
  },
  remove: async ({ request, locals, params }) => {
    const t = translator(locals.language);
    const requestId = String((await request.formData()).get('_requestId') ?? '');
    try {
      await locals.api.delete(
        `/allocation-rounds/${params.id}/requests/${encodeURIComponent(requestId)}`,
      );
    } catch (problem) {
      return problemFailure(problem, {});
    }
    return { toast: { kind: 'success' as const, message: t('schoolAlloc.withdrawn') } };
  },
};
