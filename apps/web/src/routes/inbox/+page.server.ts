import {
  inboxItemSchema,
  inboxPageSchema,
  markedReadSchema,
  notificationKinds,
  notificationPreferencesSchema,
  updateNotificationPreferencesSchema,
} from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { setFlash } from '$lib/server/flash';
import { invalid, parseWith, problemFailure } from '$lib/server/forms';
import { requireLogin } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

/** Every logged-in user's inbox: newest first, with the e-mail preferences per kind. */
export const load: PageServerLoad = async ({ locals, url }) => {
  requireLogin(locals, url);
  const unreadOnly = url.searchParams.get('ongelezen') === 'ja';
  const cursor = url.searchParams.get('na')?.slice(0, 200) || undefined;
  const [page, preferences] = await Promise.all([
    locals.api.get('/inbox', inboxPageSchema, {
      query: { limit: 25, unreadOnly: String(unreadOnly), cursor },
    }),
    locals.api.get('/notification-preferences', notificationPreferencesSchema),
  ]);
  return { page, preferences, unreadOnly };
};

export const actions: Actions = {
  read: async ({ request, locals, cookies }) => {
    const id = String((await request.formData()).get('_id') ?? '');
    try {
      await locals.api.post(`/inbox/${encodeURIComponent(id)}/read`, undefined, inboxItemSchema);
    } catch (problem) {
      return problemFailure(problem, { id });
    }
    setFlash(cookies, { kind: 'success', message: translator(locals.language)('inbox.marked') });
    return { read: id };
  },
  readAll: async ({ locals, cookies }) => {
    let marked = 0;
    try {
      ({ marked } = (await locals.api.post('/inbox/read-all', undefined, markedReadSchema)).data);
    } catch (problem) {
      return problemFailure(problem, {});
    }
    const t = translator(locals.language);
    setFlash(cookies, { kind: 'success', message: t('inbox.allMarked', { count: marked }) });
    return { marked };
  },
  preferences: async ({ request, locals, cookies }) => {
    const t = translator(locals.language);
    const form = await request.formData();
    const email = Object.fromEntries(
      notificationKinds.map((kind) => [kind, form.getAll('email').includes(kind)]),
    );
    const parsed = parseWith(updateNotificationPreferencesSchema, { email }, t);
    if (!parsed.ok) return invalid(parsed.errors, {});
    try {
      await locals.api.put('/notification-preferences', parsed.data, notificationPreferencesSchema);
    } catch (problem) {
      return problemFailure(problem, {});
    }
    setFlash(cookies, { kind: 'success', message: t('inbox.preferencesSaved') });
    return { saved: true };
  },
};
