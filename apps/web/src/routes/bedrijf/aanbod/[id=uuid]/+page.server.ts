import {
  cancelSessionSchema,
  complianceOverviewSchema,
  createSessionSchema,
  fromLocal,
  offerDetailSchema,
  offerSchema,
  seriesCreatedSchema,
  seriesPreviewSchema,
  sessionChangedSchema,
  sessionCreatedSchema,
  sessionSeriesSchema,
  updateOfferSchema,
} from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { setFlash } from '$lib/server/flash';
import { loadMaterials, loadUploadMaxMb, materialActions } from '$lib/server/materials';
import { formObject, invalid, parseWith, problemFailure } from '$lib/server/forms';
import { editorValues, offerValues } from '$lib/server/offerForm';
import { loadSectors } from '$lib/server/taxonomy';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
  const [offer, materials, compliance, uploadMaxMb, sectors] = await Promise.all([
    locals.api.get(`/offers/${params.id}`, offerDetailSchema),
    loadMaterials(locals, 'offer', params.id),
    locals.api.get(`/offers/${params.id}/compliance`, complianceOverviewSchema),
    loadUploadMaxMb(locals),
    loadSectors(locals),
  ]);
  return { offer, editor: editorValues(offer), ...materials, compliance, uploadMaxMb, sectors };
};

const localInstant = (date: unknown, time: unknown) =>
  typeof date === 'string' && typeof time === 'string' && date && time
    ? fromLocal({ date, time }).toISOString()
    : undefined;

/** The planner's series fields; `weekdays` are checkboxes, `capacity`/`count` numbers. */
function seriesValues(formData: FormData) {
  const values = formObject(formData, { numbers: ['capacity', 'count'], lists: ['weekdays'] });
  values.weekdays = (values.weekdays as string[]).map(Number);
  return values;
}

export const actions: Actions = {
  ...materialActions((params) => `/offers/${encodeURIComponent(params.id ?? '')}/materials`),
  save: async ({ request, locals, params, cookies }) => {
    const t = translator(locals.language);
    const values = offerValues(await request.formData());
    const parsed = parseWith(updateOfferSchema, values, t);
    if (!parsed.ok) return invalid(parsed.errors, values);
    try {
      await locals.api.patch(`/offers/${params.id}`, parsed.data, offerSchema);
    } catch (problem) {
      return problemFailure(problem, values);
    }
    setFlash(cookies, { kind: 'success', message: t('offers.saved') });
    return { saved: true };
  },
  publish: async ({ locals, params, cookies }) => {
    const t = translator(locals.language);
    try {
      await locals.api.post(`/offers/${params.id}/publish`, undefined, offerSchema);
    } catch (problem) {
      return problemFailure(problem, {});
    }
    setFlash(cookies, { kind: 'success', message: t('offers.published') });
    return { published: true };
  },
  archive: async ({ locals, params, cookies }) => {
    const t = translator(locals.language);
    try {
      await locals.api.post(`/offers/${params.id}/archive`, undefined, offerSchema);
    } catch (problem) {
      return problemFailure(problem, {});
    }
    setFlash(cookies, { kind: 'success', message: t('offers.archived') });
    return { archived: true };
  },
  session: async ({ request, locals, params, cookies }) => {
    const t = translator(locals.language);
    const form = await request.formData();
    const raw = formObject(form, { numbers: ['capacity'] });
    const values = {
      startsAt: localInstant(raw.date, raw.startTime),
      endsAt: localInstant(raw.date, raw.endTime),
      ...(raw.capacity === undefined ? {} : { capacity: raw.capacity }),
    };
    const parsed = parseWith(createSessionSchema, values, t);
    if (!parsed.ok)
      return invalid(
        { ...parsed.errors, ...(values.startsAt ? {} : { date: t('validation.date') }) },
        raw,
      );
    try {
      const { data } = await locals.api.post(
        `/offers/${params.id}/sessions`,
        parsed.data,
        sessionCreatedSchema,
      );
      setFlash(cookies, { kind: 'success', message: t('sessions.created', { count: 1 }) });
      return { warnings: data.warnings };
    } catch (problem) {
      return problemFailure(problem, raw);
    }
  },
  preview: async ({ request, locals, params }) => {
    const t = translator(locals.language);
    const values = seriesValues(await request.formData());
    const parsed = parseWith(sessionSeriesSchema, values, t);
    if (!parsed.ok) return invalid(parsed.errors, values);
    try {
      const { data } = await locals.api.post(
        `/offers/${params.id}/sessions/series/preview`,
        parsed.data,
        seriesPreviewSchema,
      );
      return { preview: data, values };
    } catch (problem) {
      return problemFailure(problem, values);
    }
  },
  series: async ({ request, locals, params, cookies }) => {
    const t = translator(locals.language);
    const values = seriesValues(await request.formData());
    const parsed = parseWith(sessionSeriesSchema, values, t);
    if (!parsed.ok) return invalid(parsed.errors, values);
    try {
      const { data } = await locals.api.post(
        `/offers/${params.id}/sessions/series`,
        parsed.data,
        seriesCreatedSchema,
      );
      setFlash(cookies, {
        kind: 'success',
        message: t('sessions.created', { count: data.sessions.length }),
      });
      return { warnings: data.warnings };
    } catch (problem) {
      return problemFailure(problem, values);
    }
  },
  cancelSession: async ({ request, locals, cookies }) => {
    const t = translator(locals.language);
    const form = await request.formData();
    const id = String(form.get('_id') ?? '');
    const values = formObject(form);
    const parsed = parseWith(cancelSessionSchema, values, t);
    if (!parsed.ok) return invalid(parsed.errors, { ...values, id });
    try {
      await locals.api.post(
        `/sessions/${encodeURIComponent(id)}/cancel`,
        parsed.data,
        sessionChangedSchema,
      );
    } catch (problem) {
      return problemFailure(problem, values);
    }
    setFlash(cookies, { kind: 'success', message: t('sessions.cancelled') });
    return { cancelled: id };
  },
};
