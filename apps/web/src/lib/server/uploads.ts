import { fail } from '@sveltejs/kit';
import { bytesPerMb } from '@stagebureau/domain';
import type { Translate } from '$lib/i18n';
import type { PlacementFailure } from '$lib/placements';
import { ApiProblem } from './api';
import type { FieldErrors, FormValues } from './forms';
import { formField } from './placements';

/**
 * The browser's multipart form, or null when the body was cut off at this server's own limit
 * (adapter-node's BODY_SIZE_LIMIT): the page then says "too large" like the API would.
 */
export async function readUploadForm(request: Request): Promise<FormData | null> {
  try {
    return await request.formData();
  } catch (problem) {
    if ((problem as { status?: number }).status === 413) return null;
    throw problem;
  }
}

/** The chosen file; a form sent without one carries an empty, nameless part. */
export function chosenFile(form: FormData, name = 'file'): File | null {
  const value = form.get(name);
  return value instanceof File && value.size > 0 ? value : null;
}

/** The refusals an upload can meet, in words that say what to do next. */
export function uploadRefusalMessage(problem: ApiProblem, t: Translate): string | undefined {
  switch (problem.code) {
    case 'file_too_large': {
      const maxBytes = problem.extra.maxBytes;
      return typeof maxBytes === 'number'
        ? t('upload.refusal.tooLargeLimit', { mb: Math.floor(maxBytes / bytesPerMb) })
        : t('upload.refusal.tooLarge');
    }
    case 'file_type_not_allowed':
      return t('upload.refusal.typeNotAllowed');
    case 'file_content_mismatch':
      return t('upload.refusal.contentMismatch');
    default:
      return undefined;
  }
}

/** What a too-large body at this server looks like to the page: the API's own words. */
export const tooLargeHere = (t: Translate) => ({
  code: 'file_too_large',
  title: t('upload.refusal.title'),
  message: t('upload.refusal.tooLarge'),
});

/**
 * An API refusal of an upload form as that form's failure (the placement pages' shape, so
 * `failureOf` finds it): field errors by field, the title, and what to do next.
 */
export function refusedUpload(
  form: string,
  problem: unknown,
  values: FormValues,
  t: Translate,
  id?: string,
) {
  if (!(problem instanceof ApiProblem)) throw problem;
  const errors: FieldErrors = {};
  for (const fieldError of problem.fieldErrors)
    errors[formField(fieldError.path)] ??= fieldError.message;
  const message = uploadRefusalMessage(problem, t);
  const body: PlacementFailure = {
    form,
    errors,
    values,
    ...(id ? { id } : {}),
    refusal: {
      code: problem.code,
      title: problem.title,
      ...(message ? { message } : {}),
    },
  };
  const status = problem.status >= 400 && problem.status < 500 ? problem.status : 503;
  return fail(status, body);
}

/** The failure when the body was too large for this server (see readUploadForm). */
export function tooLargeFailure(form: string, t: Translate, id?: string) {
  const body: PlacementFailure = {
    form,
    errors: {},
    values: {},
    ...(id ? { id } : {}),
    refusal: tooLargeHere(t),
  };
  return fail(413, body);
}
