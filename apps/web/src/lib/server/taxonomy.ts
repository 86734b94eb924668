import { taxonomyListSchema } from '@stagebureau/domain';

/** The region's sector tags (code and label); the taxonomy is only readable when logged in. */
export async function loadSectors(locals: App.Locals): Promise<{ code: string; label: string }[]> {
  if (!locals.me) return [];
  const { items } = await locals.api
    .get('/taxonomy', taxonomyListSchema)
    .catch(() => ({ items: [] as never[] }));
  return items
    .filter((term) => term.kind === 'sector')
    .map((term) => ({ code: term.code, label: term.label }));
}
