import { redirect } from '@sveltejs/kit';
import { translator } from '$lib/i18n';
import { setFlash } from '$lib/server/flash';
import { cookieSession } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
  default: async ({ locals, cookies, url }) => {
    const session = cookieSession(cookies, url.protocol === 'https:');
    const { refreshToken } = session.read();
    if (refreshToken) {
      // Revoke on the server; the cookies go either way, so a failed call still logs out here.
      await locals.api
        .post('/auth/logout', { refreshToken }, undefined, { anonymous: true })
        .catch(() => undefined);
    }
    session.write(null);
    setFlash(cookies, { kind: 'success', message: translator(locals.language)('login.loggedOut') });
    redirect(303, '/');
  },
};
