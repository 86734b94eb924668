import { menuCardSchema } from '@stagebureau/domain';
import { ApiProblem } from '$lib/server/api';
import { chosenYear, yearOptions } from '$lib/requests';
import { regionSlugFor } from '$lib/server/region';
import type { PageServerLoad } from './$types';

/** The region's published menu card, without school or class names; no login needed. */
export const load: PageServerLoad = async ({ locals, url }) => {
  const year = chosenYear(url);
  const region = regionSlugFor(locals, url);
  try {
    const card = await locals.api.get(
      `/public/regions/${encodeURIComponent(region)}/menu-cards/${year}`,
      menuCardSchema,
      { anonymous: true },
    );
    return {
      year,
      years: yearOptions(),
      card: { ...card, requests: card.requests.filter((r) => r.status === 'published') },
    };
  } catch (problem) {
    if (problem instanceof ApiProblem && problem.status === 404)
      return { year, years: yearOptions(), card: null };
    throw problem;
  }
};
