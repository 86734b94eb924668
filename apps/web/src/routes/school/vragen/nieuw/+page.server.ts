import { ownClasses, requestEditorActions } from '$lib/server/requests';
import { editorDefaults } from '$lib/server/requestForms';
import { loadSectors } from '$lib/server/taxonomy';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  const [classes, sectors] = await Promise.all([ownClasses(locals), loadSectors(locals)]);
  return { classes, sectors, defaults: editorDefaults() };
};

export const actions: Actions = requestEditorActions({
  classes: ownClasses,
  schoolName: (locals) => locals.me?.organisation?.name ?? null,
  created: (id) => `/school/vragen/${id}`,
});
