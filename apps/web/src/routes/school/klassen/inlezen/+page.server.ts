import { regionSchema } from '@stagebureau/domain';
import { applyImportAction, previewImportAction } from '$lib/server/imports';
import { mayOnOwnSchool, schoolIdOf } from '$lib/server/school';
import type { Actions, PageServerLoad } from './$types';

/** A coordinator imports their school's classes with the bureau's wizard (issue 21). */
export const load: PageServerLoad = async ({ locals }) => {
  schoolIdOf(locals);
  const canImport = mayOnOwnSchool(locals, 'import.classes');
  const maxMb = canImport
    ? (await locals.api.get('/region', regionSchema)).settings.uploadMaxMb
    : 0;
  return { canImport, maxMb };
};

export const actions: Actions = {
  preview: previewImportAction,
  apply: applyImportAction,
};
