import { redirect } from '@sveltejs/kit';
import {
  schoolClassSchema,
  schoolTeacherListSchema,
  setClassTeachersSchema,
  updateClassSchema,
} from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { setFlash } from '$lib/server/flash';
import { formObject, invalid, parseWith, problemFailure } from '$lib/server/forms';
import { classFieldKinds, schoolIdOf } from '$lib/server/school';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
  const school = `/schools/${schoolIdOf(locals)}`;
  const [schoolClass, staff] = await Promise.all([
    locals.api.get(`${school}/classes/${params.id}`, schoolClassSchema),
    locals.api.get(`${school}/teachers`, schoolTeacherListSchema),
  ]);
  return { schoolClass, staff: staff.items };
};

/** The class's fields, and who teaches it: the checkboxes send every teacher kept. */
const editKinds = { ...classFieldKinds, lists: ['userIds'] };

export const actions: Actions = {
  default: async ({ request, locals, cookies, params }) => {
    const t = translator(locals.language);
    const { userIds, ...values } = formObject(await request.formData(), editKinds);
    const fields = parseWith(updateClassSchema, values, t);
    const teachers = parseWith(setClassTeachersSchema, { userIds }, t);
    if (!fields.ok || !teachers.ok)
      return invalid(
        { ...(fields.ok ? {} : fields.errors), ...(teachers.ok ? {} : teachers.errors) },
        { ...values, userIds },
      );
    const path = `/schools/${schoolIdOf(locals)}/classes/${params.id}`;
    try {
      const { data } = await locals.api.patch(path, fields.data, schoolClassSchema);
      // Its own transaction: a refused teacher leaves the class's saved fields as they are now.
      await locals.api.put(`${path}/teachers`, teachers.data, schoolClassSchema);
      setFlash(cookies, { kind: 'success', message: t('classes.updated', { name: data.name }) });
    } catch (problem) {
      return problemFailure(problem, { ...values, userIds });
    }
    redirect(303, '/school/klassen');
  },
};
