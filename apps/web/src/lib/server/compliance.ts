import type { Action } from '@sveltejs/kit';
import {
  complianceDocumentListSchema,
  complianceDocumentSchema,
  complianceUploadFieldsSchema,
  documentKindsOf,
  offerTypes,
  regionSchema,
  reviewComplianceDocumentSchema,
  updateRegionSettingsSchema,
  type ComplianceDocument,
} from '@stagebureau/domain';
import { translator, type Translate } from '$lib/i18n';
import type { PlacementDone } from '$lib/placements';
import { formObject, parseWith, type FieldErrors } from './forms';
import { invalidIn, refusedIn } from './placements';
import { chosenFile, readUploadForm, refusedUpload, tooLargeFailure } from './uploads';

/** The region's rules on papers and the kinds it knows (built in first, then its own). */
export async function loadComplianceRules(locals: App.Locals) {
  const region = await locals.api.get('/region', regionSchema);
  return { settings: region.settings, kinds: documentKindsOf(region.settings) };
}

export async function loadCompanyDocuments(
  locals: App.Locals,
  companyId: string,
): Promise<ComplianceDocument[]> {
  const { items } = await locals.api.get(
    `/organisations/${encodeURIComponent(companyId)}/compliance-documents`,
    complianceDocumentListSchema,
  );
  return items;
}

/**
 * The company uploads one paper: the fields are checked here with the domain's schema (errors
 * in the user's words), then the file goes on to the API with them, which checks the file.
 */
export const uploadDocumentAction: Action = async ({ request, locals }) => {
  const t = translator(locals.language);
  const form = await readUploadForm(request);
  if (!form) return tooLargeFailure('upload', t);
  const values = formObject(form);
  delete values.file;
  const parsed = parseWith(complianceUploadFieldsSchema, values, t);
  const errors: FieldErrors = parsed.ok ? {} : { ...parsed.errors };
  if (errors.validUntil && String(values.validUntil) < String(values.validFrom))
    errors.validUntil = t('compliance.upload.untilBeforeFrom');
  const file = chosenFile(form);
  if (!file) errors.file = t('upload.fileRequired');
  if (!parsed.ok || !file) return invalidIn('upload', errors, values);

  const body = new FormData();
  for (const [name, value] of Object.entries(parsed.data))
    if (value !== undefined) body.set(name, String(value));
  body.set('file', file, file.name);
  const companyId = encodeURIComponent(locals.me?.organisation?.id ?? '');
  try {
    const { data } = await locals.api.upload(
      `/organisations/${companyId}/compliance-documents`,
      body,
      complianceDocumentSchema,
    );
    const done: PlacementDone = {
      done: t('compliance.upload.done', { kind: data.kindLabel[locals.language] }),
      form: 'upload',
      id: data.id,
    };
    return done;
  } catch (problem) {
    return refusedUpload('upload', problem, values, t);
  }
};

/** The bureau approves a submitted paper, or rejects it with a reason. */
export function reviewAction(decision: 'approve' | 'reject'): Action {
  return async ({ request, locals }) => {
    const t = translator(locals.language);
    const form = await request.formData();
    const id = String(form.get('_id') ?? '');
    const values = formObject(form);
    const parsed = parseWith(reviewComplianceDocumentSchema, { ...values, decision }, t);
    if (!parsed.ok) return invalidIn(decision, parsed.errors, values, id);
    try {
      const { data } = await locals.api.post(
        `/compliance-documents/${encodeURIComponent(id)}/review`,
        parsed.data,
        complianceDocumentSchema,
      );
      const names = { kind: data.kindLabel[locals.language], company: data.companyName };
      const key =
        decision === 'approve' ? 'compliance.queue.approved' : 'compliance.queue.rejected';
      const done: PlacementDone = { done: t(key, names), form: decision, id };
      return done;
    } catch (problem) {
      return refusedIn(decision, problem, values, t, id);
    }
  };
}

/** `bhv: BHV-certificaat` per line → the region's own kinds; a line that does not fit is named. */
function ownKindsOf(text: string, t: Translate) {
  const kinds: { key: string; label: string }[] = [];
  const lines = text.split('\n').map((line) => line.trim());
  for (const [index, line] of lines.entries()) {
    if (!line) continue;
    const match = /^([a-z_]{2,40})\s*:\s*(.+)$/.exec(line);
    if (!match) return { error: t('compliance.settings.badLine', { line: index + 1 }) };
    kinds.push({ key: match[1]!, label: match[2]!.trim() });
  }
  return { kinds };
}

/**
 * The bureau's document settings: per activity type the required kinds (checkboxes named
 * `req_<type>`), the region's own kinds, whether schools may download papers, the upload limit.
 */
export const complianceSettingsAction: Action = async ({ request, locals }) => {
  const t = translator(locals.language);
  const form = await request.formData();
  const values = formObject(form, {
    numbers: ['uploadMaxMb'],
    booleans: ['complianceDocumentsVisibleToSchools'],
  });
  const own = ownKindsOf(String(form.get('ownKinds') ?? ''), t);
  if ('error' in own) return invalidIn('settings', { ownKinds: own.error! }, values);
  const requirements = Object.fromEntries(
    offerTypes.map((type) => [type, form.getAll(`req_${type}`).map(String)]),
  );
  const parsed = parseWith(
    updateRegionSettingsSchema,
    {
      complianceRequirements: requirements,
      complianceDocumentTypes: own.kinds,
      complianceDocumentsVisibleToSchools: values.complianceDocumentsVisibleToSchools,
      uploadMaxMb: values.uploadMaxMb,
    },
    t,
  );
  if (!parsed.ok) return invalidIn('settings', settingsErrors(parsed.errors), values);
  try {
    await locals.api.patch('/region/settings', parsed.data, regionSchema);
  } catch (problem) {
    return refusedIn('settings', problem, values, t);
  }
  const done: PlacementDone = { done: t('compliance.settings.saved'), form: 'settings' };
  return done;
};

/** Zod's and the API's paths (`complianceDocumentTypes.0.key`) as this form's fields. */
function settingsErrors(errors: FieldErrors): FieldErrors {
  const mapped: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const field = path.startsWith('complianceDocumentTypes') ? 'ownKinds' : path.split('.')[0]!;
    mapped[field] ??= message;
  }
  return mapped;
}
