import { regionClasses, requestEditorActions } from '$lib/server/requests';
import { editorDefaults } from '$lib/server/requestForms';
import { loadSectors } from '$lib/server/taxonomy';
import type { Actions, PageServerLoad } from './$types';

/** The bureau asks on behalf of several schools: the editor lists every school's classes. */
export const load: PageServerLoad = async ({ locals }) => {
  const [classes, sectors] = await Promise.all([regionClasses(locals), loadSectors(locals)]);
  return { classes, sectors, defaults: editorDefaults() };
};

export const actions: Actions = requestEditorActions({
  classes: regionClasses,
  schoolName: () => null,
  created: () => '/bureau/menukaart',
});
