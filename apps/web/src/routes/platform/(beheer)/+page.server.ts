import { redirect } from '@sveltejs/kit';
import { platformRegionListSchema } from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { setFlash } from '$lib/server/flash';
import { clearPlatformToken, platformApi } from '$lib/server/platform';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { items } = await platformApi(event).get('/platform/regions', platformRegionListSchema);
  return { regions: items };
};

export const actions: Actions = {
  // The token simply stops being sent; it has no refresh token to revoke (decision 019).
  logout: async ({ cookies, url, locals }) => {
    clearPlatformToken(cookies, url.protocol === 'https:');
    setFlash(cookies, {
      kind: 'success',
      message: translator(locals.language)('platform.loggedOut'),
    });
    redirect(303, '/platform/inloggen');
  },
};
