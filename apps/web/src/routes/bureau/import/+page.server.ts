import { regionSchema } from '@stagebureau/domain';
import { requireArea } from '$lib/server/guard';
import { applyImportAction, previewImportAction } from '$lib/server/imports';
import type { Actions, PageServerLoad } from './$types';

/** The import wizard: every bureau user may look; only the bureau admin gets the forms. */
export const load: PageServerLoad = async ({ locals, url }) => {
  const me = requireArea(locals, url, 'bureau');
  const canImport = me.role === 'bureau_admin';
  const maxMb = canImport
    ? (await locals.api.get('/region', regionSchema)).settings.uploadMaxMb
    : 0;
  return { canImport, maxMb };
};

export const actions: Actions = {
  preview: previewImportAction,
  apply: applyImportAction,
};
