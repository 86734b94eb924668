import { publicSectorListSchema, taxonomyListSchema } from '@stagebureau/domain';
import { regionSlugFor } from './region';

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

/** The sectors a visitor may choose: the region's taxonomy, which is public for this form. */
export async function publicSectors(locals: App.Locals, url: URL) {
  const slug = regionSlugFor(locals, url);
  const { items } = await locals.api
    .get(`/public/regions/${encodeURIComponent(slug)}/sectors`, publicSectorListSchema, {
      anonymous: true,
    })
    .catch(() => ({ items: [] as { code: string; label: string }[] }));
  return items;
}
