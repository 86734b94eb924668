import { redirect } from '@sveltejs/kit';
import { platformAdminSchema, platformLoginRequestSchema } from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { formObject, invalid, parseWith, problemFailure } from '$lib/server/forms';
import { setFlash } from '$lib/server/flash';
import {
  platformApi,
  platformCookie,
  platformTokenSchema,
  savePlatformToken,
} from '$lib/server/platform';
import type { Actions, PageServerLoad } from './$types';

/** Already signed in (the platform pages check the token and send a stale one back here). */
export const load: PageServerLoad = ({ cookies }) => {
  if (cookies.get(platformCookie)) redirect(303, '/platform');
};

export const actions: Actions = {
  default: async (event) => {
    const t = translator(event.locals.language);
    const values = formObject(await event.request.formData());
    const parsed = parseWith(platformLoginRequestSchema, values, t);
    if (!parsed.ok) return invalid(parsed.errors, values);
    const api = platformApi(event);
    let name: string;
    try {
      const { data: token } = await api.post(
        '/platform/auth/login',
        parsed.data,
        platformTokenSchema,
        {
          anonymous: true,
        },
      );
      savePlatformToken(event.cookies, event.url.protocol === 'https:', token);
      name = (await api.get('/platform/me', platformAdminSchema)).name;
    } catch (problem) {
      return problemFailure(problem, values, undefined, { inline: true });
    }
    setFlash(event.cookies, { kind: 'success', message: t('platform.login.welcome', { name }) });
    redirect(303, '/platform');
  },
};
