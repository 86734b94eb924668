import { error } from '@sveltejs/kit';
import { importKinds, type ImportKind } from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { exampleCsv } from '$lib/server/imports';
import { requireArea } from '$lib/server/guard';
import type { RequestHandler } from './$types';

/** The example file of a kind the bureau fills in itself: its header, as the import reads it. */
export const GET: RequestHandler = ({ locals, url, params }) => {
  requireArea(locals, url, 'bureau');
  const kind = importKinds.find((known) => known === params.kind) as ImportKind | undefined;
  const response = kind ? exampleCsv(kind) : null;
  if (!response) error(404, { message: translator(locals.language)('error.notFound') });
  return response;
};
