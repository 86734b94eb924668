import { complianceDocumentListSchema } from '@stagebureau/domain';
import {
  complianceSettingsAction,
  loadComplianceRules,
  reviewAction,
} from '$lib/server/compliance';
import type { Actions, PageServerLoad } from './$types';

/** The bureau's review queue (oldest first) and the region's rules on papers. */
export const load: PageServerLoad = async ({ locals }) => {
  const [queue, rules] = await Promise.all([
    locals.api.get('/compliance-documents', complianceDocumentListSchema, {
      query: { status: 'submitted' },
    }),
    loadComplianceRules(locals),
  ]);
  return {
    queue: queue.items,
    kinds: rules.kinds,
    settings: rules.settings,
    canEdit: locals.me?.role === 'bureau_admin',
  };
};

export const actions: Actions = {
  approve: reviewAction('approve'),
  reject: reviewAction('reject'),
  settings: complianceSettingsAction,
};
