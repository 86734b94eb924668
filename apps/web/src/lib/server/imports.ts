import { createHash } from 'node:crypto';
import { fail, type RequestEvent } from '@sveltejs/kit';
import { importKinds, importResultSchema, type ImportKind } from '@stagebureau/domain';
import { translator, type Translate } from '$lib/i18n';
import {
  exampleFiles,
  importRefusalMessage,
  needsFile,
  needsSchool,
  needsSchoolYear,
  rowErrorsOf,
  summariseImport,
  type Chosen,
  type ImportApplied,
  type ImportFailed,
  type ImportPreviewed,
} from '$lib/imports';
import { ApiProblem } from './api';
import { chosenFile, readUploadForm, uploadRefusalMessage } from './uploads';

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
    else if (fieldError.path.endsWith('organisationId'))
      errors.organisationId = t('imports.error.school');
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
    const chosen: Chosen = { kind: null, schoolYear: '', organisationId: '' };
    return {
      failure: failed(413, chosen, {
        refusal: { title: t('upload.refusal.title'), message: t('upload.refusal.tooLarge') },
      }),
    };
  }
  const rawKind = form.get('kind');
  const schoolYear = String(form.get('schoolYear') ?? '').trim();
  const organisationId = String(form.get('organisationId') ?? '').trim();
  const kind = isKind(rawKind) ? rawKind : null;
  const chosen: Chosen = { kind, schoolYear, organisationId };
  if (!kind) return { failure: failed(422, chosen, { errors: { kind: t('imports.error.kind') } }) };
  const file = needsFile(kind) ? chosenFile(form) : null;
  if (needsFile(kind) && !file)
    return { failure: failed(422, chosen, { errors: { file: t('imports.error.file') } }) };
  const body = new FormData();
  if (file) body.set('file', file, file.name);
  if (needsSchoolYear(kind) && schoolYear) body.set('schoolYear', schoolYear);
  if (needsSchool(kind) && organisationId) body.set('organisationId', organisationId);
  return { kind, chosen, file, body, previewed: String(form.get('sha256') ?? '') };
}

/** "Voorbeeld bekijken": the API's dry run, summarised for the page. */
export const previewImportAction = async ({ request, locals }: RequestEvent) => {
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
export const applyImportAction = async ({ request, locals }: RequestEvent) => {
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

/**
 * The example file of a kind users fill in themselves (null for the official files): the
 * header the import checks, `;`-separated as Dutch Excel writes it.
 */
export function exampleCsv(kind: ImportKind): Response | null {
  const example = exampleFiles[kind];
  if (!example) return null;
  return new Response(`${example.header}\r\n`, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${example.fileName}"`,
      'cache-control': 'no-store',
    },
  });
}
