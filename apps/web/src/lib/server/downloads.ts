import { error, redirect } from '@sveltejs/kit';
import { downloadLinkSchema, materialDownloadSchema } from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { ApiProblem } from './api';
import { regionSlugFor } from './region';
import { toLogin } from './guard';

const uuid = /^[0-9a-f-]{36}$/i;

/** A refusal or a missing file reads as "not found": the page does not say which it was. */
async function linkOr404<T>(locals: App.Locals, ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch (problem) {
    if (problem instanceof ApiProblem && problem.status < 500)
      error(404, { message: translator(locals.language)('error.notFound') });
    throw problem;
  }
}

/**
 * A download is a plain link to this server, which asks the API for a short-lived signed link
 * with the visitor's token (the API checks the rights and audits it) and sends the browser
 * there: the file then comes straight from the API's public address as an attachment, never
 * through this server. A GET, not a form: the CSP's `form-action 'self'` would stop a form's
 * redirect to the API's origin.
 */
export async function toComplianceDocument(
  locals: App.Locals,
  url: URL,
  id: string,
): Promise<never> {
  if (!locals.me) toLogin(locals, url);
  if (!uuid.test(id)) error(404, { message: translator(locals.language)('error.notFound') });
  const { data } = await linkOr404(locals, () =>
    locals.api.post(
      `/compliance-documents/${encodeURIComponent(id)}/download-link`,
      undefined,
      downloadLinkSchema,
    ),
  );
  redirect(303, data.url);
}

/** A material's file (or link), for a visitor too when the material is public. */
export async function toMaterial(locals: App.Locals, url: URL, id: string): Promise<never> {
  if (!uuid.test(id)) error(404, { message: translator(locals.language)('error.notFound') });
  const version = url.searchParams.get('versie');
  const query = version && /^\d{1,6}$/.test(version) ? { version } : undefined;
  const path = locals.me
    ? `/materials/${encodeURIComponent(id)}/download-link`
    : `/public/regions/${regionSlugFor(locals, url)}/materials/${encodeURIComponent(id)}/download-link`;
  const { data } = await linkOr404(locals, () =>
    locals.api.request('POST', path, {
      schema: materialDownloadSchema,
      anonymous: !locals.me,
      ...(query && locals.me ? { query } : {}),
    }),
  );
  redirect(303, data.url);
}
