import {
  agreementListSchema,
  organisationListSchema,
  putTargetsSchema,
  schoolYearOf,
  schoolYearSchema,
  targetMeasures,
  targetReportSchema,
} from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { formObject, invalid, parseWith, problemFailure } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

const field = (measure: string) => `t_${measure}`;

export const load: PageServerLoad = async ({ locals, url }) => {
  const asked = schoolYearSchema.safeParse(url.searchParams.get('schoolYear'));
  const schoolYear = asked.success ? asked.data : schoolYearOf(new Date());
  const query = { schoolYear };
  const [report, agreements, companies] = await Promise.all([
    locals.api.get('/targets', targetReportSchema, { query }),
    locals.api.get('/agreements', agreementListSchema, { query }),
    locals.api.get('/organisations', organisationListSchema, { query: { kind: 'company' } }),
  ]);
  return {
    schoolYear,
    report,
    agreements: agreements.items,
    companies: companies.items.map((company) => ({ id: company.id, name: company.name })),
  };
};

export const actions: Actions = {
  save: async ({ request, locals }) => {
    const t = translator(locals.language);
    const formData = await request.formData();
    const schoolYear = schoolYearSchema.safeParse(String(formData.get('schoolYear') ?? ''));
    const values = formObject(formData, { numbers: targetMeasures.map(field) });
    if (!schoolYear.success) return invalid({ schoolYear: t('validation.format') }, values);
    const targets = Object.fromEntries(
      targetMeasures.map((measure) => [measure, values[field(measure)] ?? null]),
    );
    const parsed = parseWith(putTargetsSchema, { targets }, t);
    if (!parsed.ok) {
      const errors = Object.fromEntries(
        Object.entries(parsed.errors).map(([path, message]) => [
          path.replace(/^targets\./, 't_'),
          message,
        ]),
      );
      return invalid(errors, values);
    }
    try {
      await locals.api.put(`/targets/${schoolYear.data}`, parsed.data, targetReportSchema);
    } catch (problem) {
      return problemFailure(problem, values);
    }
    return { toast: { kind: 'success' as const, message: t('target.saved') } };
  },
};
