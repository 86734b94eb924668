import type { Handle, HandleServerError } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { meSchema } from '@stagebureau/domain';
import { isLanguage, languageCookie, translator } from '$lib/i18n';
import { ApiProblem, createApiClient } from '$lib/server/api';
import { apiUrl } from '$lib/server/config';
import { securityHeaders } from '$lib/server/securityHeaders';
import { cookieSession, refresherFor } from '$lib/server/session';

/** Dutch unless the visitor chose English (a cookie, so it works without JavaScript). */
const i18n: Handle = async ({ event, resolve }) => {
  const chosen = event.cookies.get(languageCookie);
  event.locals.language = isLanguage(chosen) ? chosen : 'nl';
  return resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.language),
  });
};

/** Builds the request's API client from the session cookies and learns who is logged in. */
const auth: Handle = async ({ event, resolve }) => {
  const baseUrl = apiUrl();
  const session = cookieSession(event.cookies, event.url.protocol === 'https:');
  event.locals.api = createApiClient({
    baseUrl,
    language: event.locals.language,
    session,
    refresh: refresherFor(baseUrl, fetch, event.getClientAddress()),
    clientAddress: event.getClientAddress(),
  });
  event.locals.me = null;
  const { accessToken, refreshToken } = session.read();
  if (accessToken || refreshToken) {
    try {
      event.locals.me = await event.locals.api.get('/me', meSchema);
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      if (error.status === 401) session.write(null);
    }
  }
  return resolve(event);
};

export const handle = sequence(securityHeaders, i18n, auth);

/** Unexpected errors: logged here, shown as a plain sentence in the visitor's language. */
export const handleError: HandleServerError = ({ error, event, status }) => {
  if (status >= 500) console.error(error);
  const t = translator(event.locals.language ?? 'nl');
  if (error instanceof ApiProblem && error.code === 'service_unavailable')
    return { message: t('error.apiUnavailable'), code: error.code };
  return { message: status === 404 ? t('error.notFound') : t('error.title') };
};
