import { createClassSchema, schoolClassListSchema, schoolClassSchema } from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { setFlash } from '$lib/server/flash';
import { formObject, invalid, parseWith, problemFailure } from '$lib/server/forms';
import { classFieldKinds, mayOnOwnSchool, schoolIdOf } from '$lib/server/school';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  const schoolId = schoolIdOf(locals);
  const { items } = await locals.api.get(`/schools/${schoolId}/classes`, schoolClassListSchema);
  return {
    classes: items,
    canManage: mayOnOwnSchool(locals, 'class.write'),
    canImport: mayOnOwnSchool(locals, 'import.classes'),
  };
};

export const actions: Actions = {
  create: async ({ request, locals, cookies }) => {
    const t = translator(locals.language);
    const values = formObject(await request.formData(), classFieldKinds);
    const parsed = parseWith(createClassSchema, values, t);
    if (!parsed.ok) return invalid(parsed.errors, values);
    try {
      const { data } = await locals.api.post(
        `/schools/${schoolIdOf(locals)}/classes`,
        parsed.data,
        schoolClassSchema,
      );
      setFlash(cookies, { kind: 'success', message: t('classes.created', { name: data.name }) });
    } catch (problem) {
      return problemFailure(problem, values);
    }
    return { created: true };
  },
  archive: async ({ request, locals, cookies }) => {
    const t = translator(locals.language);
    const id = String((await request.formData()).get('id') ?? '');
    try {
      const { data } = await locals.api.request(
        'DELETE',
        `/schools/${schoolIdOf(locals)}/classes/${encodeURIComponent(id)}`,
        { schema: schoolClassSchema },
      );
      setFlash(cookies, { kind: 'success', message: t('classes.archived', { name: data.name }) });
    } catch (problem) {
      return problemFailure(problem, {});
    }
    return { archived: true };
  },
};
