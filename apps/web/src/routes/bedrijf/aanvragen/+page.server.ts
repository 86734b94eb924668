import {
  acceptProposalSchema,
  declineProposalSchema,
  proposalListSchema,
  proposalSchema,
} from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { setFlash } from '$lib/server/flash';
import { formObject, invalid, parseWith, problemFailure } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

/** Proposals on the company's on-request offers: pending first, then the handled ones. */
export const load: PageServerLoad = async ({ locals }) => {
  const { items } = await locals.api.get('/proposals', proposalListSchema);
  return {
    pending: items.filter((proposal) => proposal.status === 'pending'),
    handled: items.filter((proposal) => proposal.status !== 'pending').slice(0, 50),
  };
};

export const actions: Actions = {
  accept: async ({ request, locals, cookies }) => {
    const t = translator(locals.language);
    const form = await request.formData();
    const id = String(form.get('_id') ?? '');
    const values = formObject(form, { numbers: ['optionIndex'] });
    const parsed = parseWith(acceptProposalSchema, values, t);
    if (!parsed.ok) return invalid(parsed.errors, { ...values, id });
    try {
      await locals.api.post(
        `/proposals/${encodeURIComponent(id)}/accept`,
        parsed.data,
        proposalSchema,
      );
    } catch (problem) {
      return problemFailure(problem, { ...values, id });
    }
    setFlash(cookies, { kind: 'success', message: t('requests.accepted') });
    return { handled: id };
  },
  decline: async ({ request, locals, cookies }) => {
    const t = translator(locals.language);
    const form = await request.formData();
    const id = String(form.get('_id') ?? '');
    const values = formObject(form);
    const parsed = parseWith(declineProposalSchema, values, t);
    if (!parsed.ok) return invalid(parsed.errors, { ...values, id });
    try {
      await locals.api.post(
        `/proposals/${encodeURIComponent(id)}/decline`,
        parsed.data,
        proposalSchema,
      );
    } catch (problem) {
      return problemFailure(problem, { ...values, id });
    }
    setFlash(cookies, { kind: 'success', message: t('requests.declined') });
    return { handled: id };
  },
};
