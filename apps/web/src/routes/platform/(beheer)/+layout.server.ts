import { redirect } from '@sveltejs/kit';
import { platformAdminSchema } from '@stagebureau/domain';
import { ApiProblem } from '$lib/server/api';
import { clearPlatformToken, platformApi, platformCookie } from '$lib/server/platform';
import type { LayoutServerLoad } from './$types';

/** Every platform page needs a live platform token; without one, to the platform login. */
export const load: LayoutServerLoad = async (event) => {
  if (!event.cookies.get(platformCookie)) redirect(303, '/platform/inloggen');
  try {
    return { platformAdmin: await platformApi(event).get('/platform/me', platformAdminSchema) };
  } catch (error) {
    if (!(error instanceof ApiProblem) || error.status !== 401) throw error;
    // Expired, or the admin was disabled: the cookie is worthless.
    clearPlatformToken(event.cookies, event.url.protocol === 'https:');
    redirect(303, '/platform/inloggen');
  }
};
