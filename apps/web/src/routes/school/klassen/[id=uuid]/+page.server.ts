import { redirect } from '@sveltejs/kit';
import { schoolClassSchema, updateClassSchema } from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { setFlash } from '$lib/server/flash';
import { formObject, invalid, parseWith, problemFailure } from '$lib/server/forms';
import { classFieldKinds, schoolIdOf } from '$lib/server/school';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => ({
  schoolClass: await locals.api.get(
    `/schools/${schoolIdOf(locals)}/classes/${params.id}`,
    schoolClassSchema,
  ),
});

export const actions: Actions = {
  default: async ({ request, locals, cookies, params }) => {
    const t = translator(locals.language);
    const values = formObject(await request.formData(), classFieldKinds);
    const parsed = parseWith(updateClassSchema, values, t);
    if (!parsed.ok) return invalid(parsed.errors, values);
    try {
      const { data } = await locals.api.patch(
        `/schools/${schoolIdOf(locals)}/classes/${params.id}`,
        parsed.data,
        schoolClassSchema,
      );
      setFlash(cookies, { kind: 'success', message: t('classes.updated', { name: data.name }) });
    } catch (problem) {
      return problemFailure(problem, values);
    }
    redirect(303, '/school/klassen');
  },
};
