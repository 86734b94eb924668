import { redirect } from '@sveltejs/kit';
import { createOfferSchema, offerSchema } from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { setFlash } from '$lib/server/flash';
import { invalid, parseWith, problemFailure } from '$lib/server/forms';
import { offerValues } from '$lib/server/offerForm';
import { ownAddress } from '$lib/server/organisationDetails';
import { loadSectors } from '$lib/server/taxonomy';
import type { Actions, PageServerLoad } from './$types';

/** A new offer starts at the company: its address from the company's own details. */
export const load: PageServerLoad = async ({ locals }) => {
  const [sectors, address] = await Promise.all([loadSectors(locals), ownAddress(locals)]);
  return {
    sectors,
    defaults: {
      type: 'company_visit',
      locationKind: 'at_company',
      bookingMode: 'fixed_sessions',
      defaultSeats: 30,
      durationMinutes: 120,
      contactName: locals.me?.name ?? '',
      contactEmail: locals.me?.email ?? '',
      ...address,
    },
  };
};

export const actions: Actions = {
  default: async ({ request, locals, cookies }) => {
    const t = translator(locals.language);
    const values = offerValues(await request.formData());
    const parsed = parseWith(createOfferSchema, values, t);
    if (!parsed.ok) return invalid(parsed.errors, values);
    let id: string;
    try {
      id = (await locals.api.post('/offers', parsed.data, offerSchema)).data.id;
    } catch (problem) {
      return problemFailure(problem, values);
    }
    setFlash(cookies, { kind: 'success', message: t('offers.created') });
    redirect(303, `/bedrijf/aanbod/${id}`);
  },
};
