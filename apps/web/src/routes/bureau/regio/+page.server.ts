import {
  createTaxonomyTermSchema,
  offerTypes,
  regionSchema,
  taxonomyListSchema,
  taxonomyTermSchema,
  updateRegionSettingsSchema,
} from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { formObject, invalid, parseWith, problemFailure } from '$lib/server/forms';
import { nullableSettingFields, settingNumberFields } from '$lib/server/regionSettingsForm';
import type { Actions, PageServerLoad } from './$types';

const ratePrefix = 'rate_';

export const load: PageServerLoad = async ({ locals }) => {
  const [region, taxonomy] = await Promise.all([
    locals.api.get('/region', regionSchema),
    locals.api.get('/taxonomy', taxonomyListSchema),
  ]);
  return { region, terms: taxonomy.items, canEdit: locals.me?.role === 'bureau_admin' };
};

/** The settings form: plain fields plus one optional rate per offer type (empty = region rate). */
function settingsValues(formData: FormData) {
  const values = formObject(formData, {
    numbers: [...settingNumberFields, ...offerTypes.map((type) => `${ratePrefix}${type}`)],
    nullable: nullableSettingFields,
  });
  const rates: Record<string, unknown> = {};
  for (const type of offerTypes) {
    const value = values[`${ratePrefix}${type}`];
    delete values[`${ratePrefix}${type}`];
    if (value !== undefined) rates[type] = value;
  }
  return { values, body: { ...values, inKindHourlyRateEuroByOfferType: rates } };
}

export const actions: Actions = {
  settings: async ({ request, locals }) => {
    const t = translator(locals.language);
    const formData = await request.formData();
    const { values, body } = settingsValues(formData);
    const shown = Object.fromEntries(formData);
    const parsed = parseWith(updateRegionSettingsSchema, body, t);
    if (!parsed.ok) {
      const errors = Object.fromEntries(
        Object.entries(parsed.errors).map(([path, message]) => [
          path.replace('inKindHourlyRateEuroByOfferType.', ratePrefix),
          message,
        ]),
      );
      return invalid(errors, shown);
    }
    try {
      await locals.api.patch('/region/settings', parsed.data, regionSchema);
    } catch (problem) {
      return problemFailure(problem, values);
    }
    return { toast: { kind: 'success' as const, message: t('region.saved') } };
  },
  addTerm: async ({ request, locals }) => {
    const t = translator(locals.language);
    const values = formObject(await request.formData());
    const parsed = parseWith(createTaxonomyTermSchema, values, t);
    if (!parsed.ok) return invalid(parsed.errors, values);
    try {
      const { data } = await locals.api.post('/taxonomy', parsed.data, taxonomyTermSchema);
      return {
        toast: { kind: 'success' as const, message: t('taxonomy.added', { label: data.label }) },
      };
    } catch (problem) {
      return problemFailure(problem, values);
    }
  },
  removeTerm: async ({ request, locals }) => {
    const t = translator(locals.language);
    const form = await request.formData();
    const id = String(form.get('_id') ?? '');
    try {
      await locals.api.delete(`/taxonomy/${encodeURIComponent(id)}`);
    } catch (problem) {
      return problemFailure(problem, {});
    }
    return { toast: { kind: 'success' as const, message: t('taxonomy.removed') } };
  },
};
