import { error } from '@sveltejs/kit';
import {
  agreementListSchema,
  agreementMeasures,
  agreementSchema,
  organisationSchema,
  putAgreementSchema,
  schoolYearOf,
  schoolYearSchema,
} from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { formObject, invalid, parseWith, problemFailure } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

const field = (measure: string) => `m_${measure}`;

export const load: PageServerLoad = async ({ locals, params, url }) => {
  const [company, agreements] = await Promise.all([
    locals.api.get(`/organisations/${params.id}`, organisationSchema),
    locals.api.get(`/companies/${params.id}/agreements`, agreementListSchema),
  ]);
  if (company.kind !== 'company')
    error(404, { message: translator(locals.language)('error.notFound') });
  const asked = schoolYearSchema.safeParse(url.searchParams.get('schoolYear'));
  const schoolYear = asked.success ? asked.data : schoolYearOf(new Date());
  const current = agreements.items.find((agreement) => agreement.schoolYear === schoolYear) ?? null;
  return {
    company: { id: company.id, name: company.name },
    agreements: agreements.items,
    schoolYear,
    current,
  };
};

/** The form: a number per measure (empty: not agreed), notes and the school year. */
function agreementBody(formData: FormData) {
  const values = formObject(formData, { numbers: agreementMeasures.map(field) });
  const items = agreementMeasures.flatMap((measure) => {
    const quantity = values[field(measure)];
    return quantity === undefined ? [] : [{ measure, quantity }];
  });
  return { values, body: { items, notes: values.notes ?? '' } };
}

export const actions: Actions = {
  save: async ({ request, locals, params }) => {
    const t = translator(locals.language);
    const formData = await request.formData();
    const schoolYear = schoolYearSchema.safeParse(String(formData.get('schoolYear') ?? ''));
    const { values, body } = agreementBody(formData);
    if (!schoolYear.success) return invalid({ schoolYear: t('validation.format') }, values);
    if (body.items.length === 0) return invalid({ _form: t('agreement.needsOne') }, values);
    const parsed = parseWith(putAgreementSchema, body, t);
    if (!parsed.ok) {
      const errors = Object.fromEntries(
        Object.entries(parsed.errors).map(([path, message]) => {
          const index = /^items\.(\d+)/.exec(path)?.[1];
          const measure = index === undefined ? undefined : body.items[Number(index)]?.measure;
          return [measure ? field(measure) : path, message];
        }),
      );
      return invalid(errors, values);
    }
    try {
      await locals.api.put(
        `/companies/${params.id}/agreements/${schoolYear.data}`,
        parsed.data,
        agreementSchema,
      );
    } catch (problem) {
      return problemFailure(problem, values);
    }
    return { toast: { kind: 'success' as const, message: t('agreement.saved') } };
  },
  delete: async ({ request, locals, params }) => {
    const t = translator(locals.language);
    const schoolYear = String((await request.formData()).get('schoolYear') ?? '');
    try {
      await locals.api.delete(
        `/companies/${params.id}/agreements/${encodeURIComponent(schoolYear)}`,
      );
    } catch (problem) {
      return problemFailure(problem, {});
    }
    return { toast: { kind: 'success' as const, message: t('agreement.deleted') } };
  },
};
