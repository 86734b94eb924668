import { createPupilSchema, participantListSchema, participantSchema } from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { participantName } from '$lib/placements';
import { loadBookableClasses } from '$lib/server/offerView';
import { parseWith } from '$lib/server/forms';
import { invalidIn, pupilValues, refusedIn } from '$lib/server/placements';
import type { Actions, PageServerLoad } from './$types';

/** The school's registered pupils (exactly the allowed data), the register form's classes. */
export const load: PageServerLoad = async ({ locals }) => {
  const [pupils, classes] = await Promise.all([
    locals.api.get('/pupils', participantListSchema),
    loadBookableClasses(locals),
  ]);
  return {
    pupils: pupils.items
      .filter((pupil) => pupil.kind === 'pupil')
      .sort(
        (a, b) =>
          Number(a.erased) - Number(b.erased) ||
          (a.className ?? '').localeCompare(b.className ?? '') ||
          (a.surname ?? '').localeCompare(b.surname ?? ''),
      ),
    classes: classes.map(({ id, name, educationLevel, vmboProfile, schoolYear }) => ({
      id,
      name,
      educationLevel,
      vmboProfile,
      schoolYear,
    })),
    canManage: locals.me?.role === 'school_coordinator',
  };
};

export const actions: Actions = {
  register: async ({ request, locals }) => {
    const t = translator(locals.language);
    const { values, body } = pupilValues(await request.formData());
    const parsed = parseWith(createPupilSchema, body, t);
    if (!parsed.ok) {
      if (parsed.errors.guardianEmail && body.isMinor && !body.guardianEmail)
        parsed.errors.guardianEmail = t('placements.error.guardianEmail');
      return invalidIn('register', parsed.errors, values);
    }
    try {
      const { data } = await locals.api.post('/pupils', parsed.data, participantSchema);
      return {
        done: t('placements.done.register', { name: participantName(data) }),
        form: 'register',
      };
    } catch (problem) {
      return refusedIn('register', problem, values, t);
    }
  },
  erase: async ({ request, locals }) => {
    const t = translator(locals.language);
    const id = String((await request.formData()).get('_id') ?? '');
    try {
      await locals.api.post(`/pupils/${encodeURIComponent(id)}/erase`, {}, participantSchema);
    } catch (problem) {
      return refusedIn('erase', problem, {}, t, id);
    }
    return { done: t('placements.done.erase'), form: 'erase', id };
  },
};
