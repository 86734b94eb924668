import {
  cataloguePageSchema,
  catalogueQuerySchema,
  publicCatalogueQuerySchema,
} from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { ApiProblem } from '$lib/server/api';
import { parseWith, type FieldErrors } from '$lib/server/forms';
import { regionSlugFor } from '$lib/server/region';
import { regionAwards } from '$lib/server/recognition';
import { schoolLocationsOf } from '$lib/server/locations';
import { loadSectors } from '$lib/server/taxonomy';
import type { PageServerLoad } from './$types';

const filterNames = [
  'q',
  'type',
  'level',
  'schoolYear',
  'profile',
  'sector',
  'from',
  'to',
  'hasFreeSeats',
  'location',
  'near',
  'nearPostcode',
  'maxKm',
  'cursor',
];

export const load: PageServerLoad = async ({ locals, url }) => {
  const t = translator(locals.language);
  const [sectors, awards, origins] = await Promise.all([
    loadSectors(locals),
    regionAwards(locals, url),
    schoolLocationsOf(locals),
  ]);
  // The newest title of each awarded company, for its badge; the newest of all, for the banner.
  const badges: Record<string, string> = {};
  for (const award of awards) badges[award.companyId] ??= award.schoolYear;
  const recognised = { latest: awards[0] ?? null, badges };
  const values: Record<string, string> = {};
  for (const name of filterNames) {
    const value = url.searchParams.get(name)?.trim();
    if (value) values[name] = value;
  }
  const parsed = locals.me
    ? parseWith(catalogueQuerySchema, values, t)
    : parseWith(publicCatalogueQuerySchema, values, t);
  const empty = { items: [], nextCursor: null };
  const noErrors: FieldErrors = {};
  const shown = { values, sectors, recognised, origins };
  if (!parsed.ok) return { ...shown, page: empty, errors: parsed.errors, problem: null };
  const query = { ...values, limit: 24 };
  try {
    const page = locals.me
      ? await locals.api.get('/offers', cataloguePageSchema, { query })
      : await locals.api.get(
          `/public/regions/${regionSlugFor(locals, url)}/offers`,
          cataloguePageSchema,
          {
            query,
            anonymous: true,
          },
        );
    return { ...shown, page, errors: noErrors, problem: null };
  } catch (error) {
    if (!(error instanceof ApiProblem)) throw error;
    return { ...shown, page: empty, errors: noErrors, problem: error.title };
  }
};
