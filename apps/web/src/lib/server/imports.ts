import { createHash } from 'node:crypto';
import { fail, type Action } from '@sveltejs/kit';
import { importKinds, importResultSchema, type ImportKind } from '@stagebureau/domain';
import { translator, type Translate } from '$lib/i18n';
import {
  importRefusalMessage,
  needsFile,
  needsSchoolYear,
  rowErrorsOf,
  summariseImport,
  type ImportSummary,
  type WizardRow,
} from '$lib/imports';
import { ApiProblem } from './api';
import { chosenFile, readUploadForm, uploadRefusalMessage } from './uploads';

/** What the page keeps of the form, to show it again. */
interface Chosen {
  kind: ImportKind | null;
  schoolYear: string;
}

export interface ImportPreviewed extends Chosen {
  step: 'preview';
  kind: ImportKind;
  fileName: string | null;
  /** SHA-256 of the previewed file: the apply must send the same bytes. */
  sha256: string | null;
  encoding: string | null;
  resultSchoolYear: string | null;
  summary: ImportSummary;
}

export interface ImportApplied extends Chosen {
  step: 'applied';
  kind: ImportKind;
  summary: ImportSummary;
}

export interface ImportFailed extends Chosen {
  step: 'failed';
  errors: { kind?: string; file?: string; schoolYear?: string };
  refusal?: { title: string; message?: string };
  rows: WizardRow[];
}

const isKind = (value: unknown): value is ImportKind => importKinds.includes(value as ImportKind);

function failed(status: number, chosen: Chosen, body: Partial<ImportFailed>) {
  const result: ImportFailed = { step: 'failed', ...chosen, errors: {}, rows: [], ...body };
  return fail(status, result);
}

/** An API refusal as the page's failure: a Dutch sentence, the row errors, never a 500. */
function refused(problem: unknown, chosen: Chosen, t: Translate) {
  if (!(problem instanceof ApiProblem)) throw problem;
  const errors: ImportFailed['errors'] = {};
  for (const fieldError of problem.fieldErrors)
    if (fieldError.path.endsWith('schoolYear')) errors.schoolYear = t('validation.format');
  const message = importRefusalMessage(problem, t) ?? uploadRefusalMessage(problem, t);
  const status = problem.status >= 400 && problem.status < 500 ? problem.status : 503;
  return failed(status, chosen, {
    errors,
    refusal: { title: problem.title, ...(message ? { message } : {}) },
    rows: problem.code === 'import_rows_invalid' ? rowErrorsOf(problem.extra) : [],
  });
}

const sha256Of = async (file: File) =>
  createHash('sha256')
    .update(Buffer.from(await file.arrayBuffer()))
    .digest('hex');

/** Reads the wizard's form: the kind, the file (when the kind reads one), the school year. */
async function readWizardForm(request: Request, t: Translate) {
  const form = await readUploadForm(request);
  if (!form) {
    const chosen: Chosen = { kind: null, schoolYear: '' };
    return {
      failure: failed(413, chosen, {
        refusal: { title: t('upload.refusal.title'), message: t('upload.refusal.tooLarge') },
      }),
    };
  }
  const rawKind = form.get('kind');
  const schoolYear = String(form.get('schoolYear') ?? '').trim();
  const kind = isKind(rawKind) ? rawKind : null;
  const chosen: Chosen = { kind, schoolYear };
  if (!kind) return { failure: failed(422, chosen, { errors: { kind: t('imports.error.kind') } }) };
  const file = needsFile(kind) ? chosenFile(form) : null;
  if (needsFile(kind) && !file)
    return { failure: failed(422, chosen, { errors: { file: t('imports.error.file') } }) };
  const body = new FormData();
  if (file) body.set('file', file, file.name);
  if (needsSchoolYear(kind) && schoolYear) body.set('schoolYear', schoolYear);
  return { kind, chosen, file, body, previewed: String(form.get('sha256') ?? '') };
}

/** "Voorbeeld bekijken": the API's dry run, summarised for the page. */
export const previewImportAction: Action = async ({ request, locals }) => {
  const t = translator(locals.language);
  const read = await readWizardForm(request, t);
  if ('failure' in read) return read.failure;
  const { kind, chosen, file, body } = read;
  try {
    const { data } = await locals.api.upload(`/imports/${kind}/preview`, body, importResultSchema);
    const previewed: ImportPreviewed = {
      step: 'preview',
      ...chosen,
      kind,
      fileName: file?.name ?? null,
      sha256: file ? await sha256Of(file) : null,
      encoding: data.encoding,
      resultSchoolYear: data.schoolYear,
      summary: summariseImport(data),
    };
    return previewed;
  } catch (problem) {
    return refused(problem, chosen, t);
  }
};

/**
 * "Inlezen": the browser sends the previewed file again (the server keeps no copy); a file
 * other than the previewed one is refused before it reaches the API.
 */
export const applyImportAction: Action = async ({ request, locals }) => {
  const t = translator(locals.language);
  const read = await readWizardForm(request, t);
  if ('failure' in read) return read.failure;
  const { kind, chosen, file, body, previewed } = read;
  if (file && (await sha256Of(file)) !== previewed)
    return failed(422, chosen, { errors: { file: t('imports.error.otherFile') } });
  try {
    const { data } = await locals.api.upload(`/imports/${kind}/apply`, body, importResultSchema);
    const applied: ImportApplied = {
      step: 'applied',
      ...chosen,
      kind,
      summary: summariseImport(data),
    };
    return applied;
  } catch (problem) {
    return refused(problem, chosen, t);
  }
};
