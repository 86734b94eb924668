import { redirect } from '@sveltejs/kit';
import {
  allocationRoundListSchema,
  allocationRoundSchema,
  createAllocationRoundSchema,
  sessionListSchema,
} from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { setFlash } from '$lib/server/flash';
import { formObject, invalid, parseWith, problemFailure } from '$lib/server/forms';
import { loadAllOffers } from '$lib/server/offerList';
import { windowInput, windowInstant } from '$lib/server/rounds';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  const offerId = url.searchParams.get('aanbod');
  const [rounds, offers] = await Promise.all([
    locals.api.get('/allocation-rounds', allocationRoundListSchema),
    loadAllOffers(locals),
  ]);
  const chosen = offers.find((offer) => offer.id === offerId) ?? null;
  const sessions = chosen
    ? (await locals.api.get(`/offers/${chosen.id}/sessions`, sessionListSchema)).items.filter(
        (session) => session.status === 'scheduled',
      )
    : [];
  const now = new Date();
  return {
    rounds: [...rounds.items].sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    offers: offers.map((offer) => ({ id: offer.id, title: offer.title, type: offer.type })),
    chosen: chosen ? { id: chosen.id, title: chosen.title } : null,
    sessions,
    defaults: {
      opensAt: windowInput(now),
      closesAt: windowInput(new Date(now.getTime() + 7 * 86_400_000)),
    },
  };
};

export const actions: Actions = {
  create: async ({ request, locals, cookies }) => {
    const t = translator(locals.language);
    const form = await request.formData();
    const values = formObject(form, { lists: ['sessionIds'], booleans: ['fairShareLedger'] });
    const body = {
      name: values.name,
      sessionIds: values.sessionIds,
      requestWindow: {
        opensAt: windowInstant(values.opensAt),
        closesAt: windowInstant(values.closesAt),
      },
      policy: {
        kind: 'snake_draft',
        weighting: values.weighting ?? 'equal',
        fairShareLedger: values.fairShareLedger,
      },
    };
    const parsed = parseWith(createAllocationRoundSchema, body, t);
    if (!parsed.ok) {
      const errors = Object.fromEntries(
        Object.entries(parsed.errors).map(([path, message]) => [
          path.replace('requestWindow.', ''),
          message,
        ]),
      );
      return invalid(errors, values);
    }
    let id: string;
    try {
      const { data } = await locals.api.post(
        '/allocation-rounds',
        parsed.data,
        allocationRoundSchema,
      );
      id = data.id;
    } catch (problem) {
      return problemFailure(problem, values);
    }
    setFlash(cookies, { kind: 'success', message: t('alloc.created') });
    redirect(303, `/bureau/toewijzingsrondes/${id}`);
  },
};
