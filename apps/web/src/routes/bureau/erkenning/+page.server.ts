import {
  awardInputSchema,
  awardSchema,
  recognitionSchema,
  schoolYearOf,
  schoolYearSchema,
} from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { setFlash } from '$lib/server/flash';
import { formObject, invalid, parseWith, problemFailure } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

/** `?schooljaar=2025-2026`, or the current school year when absent or malformed. */
const schoolYearIn = (url: URL) => {
  const asked = schoolYearSchema.safeParse(url.searchParams.get('schooljaar'));
  return asked.success ? asked.data : schoolYearOf(new Date());
};

export const load: PageServerLoad = async ({ locals, url }) => {
  const schoolYear = schoolYearIn(url);
  const recognition = await locals.api.get('/recognition', recognitionSchema, {
    query: { schoolYear },
  });
  return { recognition };
};

const awardPath = (schoolYear: string) => `/recognition/${encodeURIComponent(schoolYear)}/award`;

export const actions: Actions = {
  award: async ({ request, locals, cookies, url }) => {
    const t = translator(locals.language);
    const schoolYear = schoolYearIn(url);
    const values = formObject(await request.formData());
    const parsed = parseWith(awardInputSchema, values, t);
    if (!parsed.ok) return invalid(parsed.errors, values);
    try {
      const { data } = await locals.api.put(awardPath(schoolYear), parsed.data, awardSchema);
      setFlash(cookies, {
        kind: 'success',
        message: t('recognition.awarded', { name: data.companyName, year: data.schoolYear }),
      });
    } catch (problem) {
      return problemFailure(problem, values, undefined, { inline: true });
    }
    return { awarded: true };
  },
  withdraw: async ({ locals, cookies, url }) => {
    const t = translator(locals.language);
    try {
      await locals.api.delete(awardPath(schoolYearIn(url)));
      setFlash(cookies, { kind: 'success', message: t('recognition.withdrawn') });
    } catch (problem) {
      return problemFailure(problem, {}, undefined, { inline: true });
    }
    return { withdrawn: true };
  },
};
