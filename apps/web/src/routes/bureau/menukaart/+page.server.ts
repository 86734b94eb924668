import {
  createMenuCardSchema,
  fillReportSchema,
  menuCardListSchema,
  menuCardSchema,
  mergeRequestsSchema,
  requestSchema,
  type Fill,
  type MenuCardView,
} from '@stagebureau/domain';
import type { Action } from '@sveltejs/kit';
import { translator, type MessageKey } from '$lib/i18n';
import { chosenYear, fillPerSchool, yearOptions } from '$lib/requests';
import { ApiProblem } from '$lib/server/api';
import { setFlash } from '$lib/server/flash';
import { formObject, invalid, parseWith, problemFailure } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

const none = { schools: [], requestFill: {} as Record<string, Fill> };

/**
 * The fill per school and per request from the follow-up report; when that is unavailable,
 * the same numbers from the card's own parts (the domain's fillOf).
 */
async function fills(locals: App.Locals, year: string, card: MenuCardView) {
  try {
    const report = await locals.api.get('/requests/fill', fillReportSchema, {
      query: { schoolYear: year },
    });
    return {
      schools: report.schools.map((row) => ({ school: row.schoolName, fill: row.fill })),
      requestFill: Object.fromEntries(report.requests.map((row) => [row.requestId, row.fill])),
    };
  } catch (problem) {
    if (!(problem instanceof ApiProblem)) throw problem;
    return { schools: fillPerSchool(card.requests), requestFill: none.requestFill };
  }
}

export const load: PageServerLoad = async ({ locals, url }) => {
  const year = chosenYear(url);
  const { items } = await locals.api.get('/menu-cards', menuCardListSchema, {
    query: { schoolYear: year },
  });
  const card = items[0] ?? null;
  return { year, years: yearOptions(), card, ...(card ? await fills(locals, year, card) : none) };
};

/** A bureau action on a card or request by `_id`: POST `path`, flash `done`. */
function transition(path: (id: string) => string, done: MessageKey, card: boolean): Action {
  return async ({ request, locals, cookies }) => {
    const form = await request.formData();
    const id = encodeURIComponent(String(form.get('_id') ?? ''));
    try {
      await locals.api.post(path(id), {}, card ? menuCardSchema : requestSchema);
    } catch (problem) {
      return problemFailure(problem, { id: String(form.get('_id') ?? '') });
    }
    setFlash(cookies, { kind: 'success', message: translator(locals.language)(done) });
    return { done: id };
  };
}

export const actions: Actions = {
  createCard: async ({ request, locals, cookies }) => {
    const t = translator(locals.language);
    const values = formObject(await request.formData());
    const parsed = parseWith(createMenuCardSchema, values, t);
    if (!parsed.ok) return invalid(parsed.errors, values);
    try {
      await locals.api.post('/menu-cards', parsed.data, menuCardSchema);
    } catch (problem) {
      return problemFailure(problem, values);
    }
    setFlash(cookies, { kind: 'success', message: t('menuCard.created') });
    return { done: 'created' };
  },
  publishCard: transition((id) => `/menu-cards/${id}/publish`, 'menuCard.published', true),
  closeCard: transition((id) => `/menu-cards/${id}/close`, 'menuCard.closed', true),
  publishRequest: transition((id) => `/requests/${id}/publish`, 'menuCard.requestPublished', false),
  closeRequest: transition((id) => `/requests/${id}/close`, 'menuCard.requestClosed', false),
  merge: async ({ request, locals, cookies }) => {
    const t = translator(locals.language);
    const values = formObject(await request.formData(), { lists: ['requestIds'] });
    const target = String(values.target ?? '');
    const requestIds = (values.requestIds as string[]).filter((id) => id !== target);
    const parsed = parseWith(mergeRequestsSchema, { requestIds }, t);
    if (!parsed.ok || !target) {
      return invalid(
        {
          ...(parsed.ok ? {} : parsed.errors),
          ...(target ? {} : { target: t('validation.choice') }),
        },
        { ...values, merge: true },
      );
    }
    try {
      await locals.api.post(
        `/requests/${encodeURIComponent(target)}/merge`,
        parsed.data,
        requestSchema,
      );
    } catch (problem) {
      return problemFailure(problem, { ...values, merge: true });
    }
    setFlash(cookies, { kind: 'success', message: t('menuCard.merged') });
    return { done: 'merged' };
  },
};
