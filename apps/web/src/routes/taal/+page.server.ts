import { redirect } from '@sveltejs/kit';
import { isLanguage, languageCookie } from '$lib/i18n';
import { safeNext } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
  switch: async ({ request, cookies }) => {
    const form = await request.formData();
    const language = form.get('language');
    if (isLanguage(language)) {
      cookies.set(languageCookie, language, {
        path: '/',
        httpOnly: false,
        sameSite: 'lax',
        maxAge: 60 * 60 * 24 * 365,
      });
    }
    redirect(303, safeNext(String(form.get('next') ?? ''), '/'));
  },
};
