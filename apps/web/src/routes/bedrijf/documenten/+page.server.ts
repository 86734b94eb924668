import { localDateOf } from '@stagebureau/domain';
import { companyStandings } from '$lib/compliance';
import {
  loadCompanyDocuments,
  loadComplianceRules,
  uploadDocumentAction,
} from '$lib/server/compliance';
import type { Actions, PageServerLoad } from './$types';

/** The company's compliance papers, what the region asks of it, and the upload form. */
export const load: PageServerLoad = async ({ locals, parent }) => {
  const { me } = await parent();
  const [documents, rules] = await Promise.all([
    loadCompanyDocuments(locals, me.organisation?.id ?? ''),
    loadComplianceRules(locals),
  ]);
  const standings = companyStandings(
    rules.kinds,
    rules.settings.complianceRequirements,
    documents,
    localDateOf(new Date()),
  );
  return {
    documents,
    kinds: rules.kinds,
    standings: standings.filter((standing) => standing.requiredFor.length > 0),
    uploadMaxMb: rules.settings.uploadMaxMb,
  };
};

export const actions: Actions = { upload: uploadDocumentAction };
