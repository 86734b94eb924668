import {
  educationLevels,
  isBureau,
  materialKinds,
  materialPageSchema,
  type EducationLevel,
  type MaterialKind,
} from '@stagebureau/domain';
import { requireLogin } from '$lib/server/guard';
import { loadUploadMaxMb, loadVersions, materialActions } from '$lib/server/materials';
import type { Actions, PageServerLoad } from './$types';

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  list.find((item) => item === value);

/**
 * The region's shared library for signed-in users: word-prefix search, a kind and a level
 * filter, paged by the API's cursor. The bureau adds, renews and removes items here.
 */
export const load: PageServerLoad = async ({ locals, url }) => {
  const me = requireLogin(locals, url);
  const search = url.searchParams;
  const filters = {
    q: (search.get('q') ?? '').trim().slice(0, 200),
    kind: oneOf<MaterialKind>(materialKinds, search.get('soort')) ?? '',
    level: oneOf<EducationLevel>(educationLevels, search.get('niveau')) ?? '',
  };
  const cursor = search.get('na') ?? undefined;
  const bureau = isBureau(me.role);
  const [page, uploadMaxMb] = await Promise.all([
    locals.api.get('/library/materials', materialPageSchema, {
      query: { ...filters, cursor: cursor?.slice(0, 500), limit: 25 },
    }),
    bureau ? loadUploadMaxMb(locals) : Promise.resolve(0),
  ]);
  const next = page.nextCursor
    ? `?${new URLSearchParams({
        ...(filters.q ? { q: filters.q } : {}),
        ...(filters.kind ? { soort: filters.kind } : {}),
        ...(filters.level ? { niveau: filters.level } : {}),
        na: page.nextCursor,
      }).toString()}`
    : null;
  return {
    filters,
    items: page.items,
    versions: bureau ? await loadVersions(locals, page.items) : {},
    next,
    canAdd: bureau,
    uploadMaxMb,
  };
};

export const actions: Actions = materialActions(() => '/library/materials');
