import {
  complianceOverviewSchema,
  materialListSchema,
  type ComplianceDocument,
} from '@stagebureau/domain';
import { ApiProblem } from './api';
import { loadCompanyDocuments } from './compliance';
import { loadMaterials, type MaterialTarget } from './materials';
import { regionSlugFor } from './region';

/** Null where the API says the caller may not see it (404/403): the page leaves it out. */
async function unlessHidden<T>(ask: () => Promise<T>): Promise<T | null> {
  try {
    return await ask();
  } catch (problem) {
    if (problem instanceof ApiProblem && (problem.status === 404 || problem.status === 403))
      return null;
    throw problem;
  }
}

/**
 * What an offer's page shows besides the offer (issue 18): its materials the viewer may see,
 * the company's compliance status for the offer's type (signed-in viewers), and for a school
 * the approved papers themselves where the region shares them. An internship place's page
 * shows the same for the place's offer (`materialsOf`: the place).
 */
export async function loadOfferExtras(
  locals: App.Locals,
  url: URL,
  offer: { id: string; company: { id: string } },
  materialsOf: { target: MaterialTarget; id: string } = { target: 'offer', id: offer.id },
) {
  const me = locals.me;
  if (!me) {
    const { items } = await locals.api.get(
      `/public/regions/${regionSlugFor(locals, url)}/offers/${encodeURIComponent(offer.id)}/materials`,
      materialListSchema,
      { anonymous: true },
    );
    return { materials: items, versions: {}, compliance: null, documents: null };
  }
  const [materials, compliance, documents] = await Promise.all([
    loadMaterials(locals, materialsOf.target, materialsOf.id),
    unlessHidden(() =>
      locals.api.get(
        `/offers/${encodeURIComponent(offer.id)}/compliance`,
        complianceOverviewSchema,
      ),
    ),
    me.organisation?.kind === 'school'
      ? unlessHidden(() => loadCompanyDocuments(locals, offer.company.id))
      : Promise.resolve(null as ComplianceDocument[] | null),
  ]);
  return { ...materials, compliance, documents };
}
