import {
  blackoutSchema,
  createBlackoutSchema,
  organisationListSchema,
  updateBlackoutSchema,
} from '@stagebureau/domain';
import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { translator } from '$lib/i18n';
import { setFlash } from '$lib/server/flash';
import { formObject, invalid, parseWith, problemFailure } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

const blackoutListSchema = z.object({ items: z.array(blackoutSchema) });
const kinds = { nullable: ['holidayRegion', 'schoolId'] };

export const load: PageServerLoad = async ({ locals, url }) => {
  const [blackouts, schools] = await Promise.all([
    locals.api.get('/blackouts', blackoutListSchema),
    locals.api.get('/organisations', organisationListSchema, { query: { kind: 'school' } }),
  ]);
  const items = [...blackouts.items].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const editing = items.find((item) => item.id === url.searchParams.get('wijzig')) ?? null;
  return { blackouts: items, schools: schools.items, editing };
};

/** Exam weeks name a school; holidays a holiday region: the other field is cleared. */
function shaped(values: Record<string, unknown>) {
  if (values.kind === 'exam_week') return { ...values, holidayRegion: null };
  if (values.kind === 'school_holiday') return { ...values, schoolId: null };
  return values;
}

export const actions: Actions = {
  create: async ({ request, locals }) => {
    const t = translator(locals.language);
    const values = shaped(formObject(await request.formData(), kinds));
    const parsed = parseWith(createBlackoutSchema, values, t);
    if (!parsed.ok) return invalid(parsed.errors, values);
    try {
      await locals.api.post('/blackouts', parsed.data, blackoutSchema);
    } catch (problem) {
      return problemFailure(problem, values);
    }
    return { toast: { kind: 'success' as const, message: t('blackout.created') } };
  },
  edit: async ({ request, locals, cookies }) => {
    const t = translator(locals.language);
    const form = await request.formData();
    const id = String(form.get('_id') ?? '');
    const values = shaped(formObject(form, kinds));
    const parsed = parseWith(updateBlackoutSchema, values, t);
    if (!parsed.ok) return invalid(parsed.errors, { ...values, _id: id });
    try {
      await locals.api.patch(`/blackouts/${encodeURIComponent(id)}`, parsed.data, blackoutSchema);
    } catch (problem) {
      return problemFailure(problem, { ...values, _id: id });
    }
    setFlash(cookies, { kind: 'success', message: t('blackout.saved') });
    redirect(303, '/bureau/blokkades');
  },
  remove: async ({ request, locals }) => {
    const t = translator(locals.language);
    const id = String((await request.formData()).get('_id') ?? '');
    try {
      await locals.api.delete(`/blackouts/${encodeURIComponent(id)}`);
    } catch (problem) {
      return problemFailure(problem, {});
    }
    return { toast: { kind: 'success' as const, message: t('blackout.removed') } };
  },
};
