import { organisationListSchema, regionSchema } from '@stagebureau/domain';
import { requireArea } from '$lib/server/guard';
import { applyImportAction, previewImportAction } from '$lib/server/imports';
import type { Actions, PageServerLoad } from './$types';

/**
 * The import wizard: every bureau user may look; only the bureau admin gets the forms, with
 * the region's schools to choose from for a classes import.
 */
export const load: PageServerLoad = async ({ locals, url }) => {
  const me = requireArea(locals, url, 'bureau');
  const canImport = me.role === 'bureau_admin';
  if (!canImport) return { canImport, maxMb: 0, schools: [] };
  const [region, schools] = await Promise.all([
    locals.api.get('/region', regionSchema),
    locals.api.get('/organisations', organisationListSchema, { query: { kind: 'school' } }),
  ]);
  return {
    canImport,
    maxMb: region.settings.uploadMaxMb,
    schools: schools.items
      .filter((school) => school.status !== 'rejected')
      .map((school) => ({ id: school.id, name: school.name })),
  };
};

export const actions: Actions = {
  preview: previewImportAction,
  apply: applyImportAction,
};
