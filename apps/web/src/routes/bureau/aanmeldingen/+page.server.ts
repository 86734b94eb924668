import {
  registrationListSchema,
  registrationSchema,
  rejectRegistrationSchema,
} from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { setFlash } from '$lib/server/flash';
import { formObject, invalid, parseWith, problemFailure } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  const all = url.searchParams.get('alle') === '1';
  const { items } = await locals.api.get('/registrations', registrationListSchema, {
    query: all ? {} : { status: 'pending' },
  });
  return { registrations: items, all };
};

const path = (id: string, step: 'approve' | 'reject') =>
  `/registrations/${encodeURIComponent(id)}/${step}`;

export const actions: Actions = {
  approve: async ({ request, locals, cookies }) => {
    const t = translator(locals.language);
    const form = await request.formData();
    const id = String(form.get('_id') ?? '');
    try {
      const { data } = await locals.api.post(path(id, 'approve'), {}, registrationSchema);
      setFlash(cookies, {
        kind: 'success',
        message: t('regs.approved', { name: data.organisation.name }),
      });
    } catch (problem) {
      return problemFailure(problem, { _id: id }, undefined, { inline: true });
    }
    return { decided: id };
  },
  reject: async ({ request, locals, cookies }) => {
    const t = translator(locals.language);
    const form = await request.formData();
    const id = String(form.get('_id') ?? '');
    const values = formObject(form);
    const parsed = parseWith(rejectRegistrationSchema, values, t);
    if (!parsed.ok) return invalid(parsed.errors, { ...values, _id: id });
    try {
      const { data } = await locals.api.post(path(id, 'reject'), parsed.data, registrationSchema);
      setFlash(cookies, {
        kind: 'success',
        message: t('regs.rejected', { name: data.organisation.name }),
      });
    } catch (problem) {
      return problemFailure(problem, { ...values, _id: id }, undefined, { inline: true });
    }
    return { decided: id };
  },
};
