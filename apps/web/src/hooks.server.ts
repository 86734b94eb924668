import { redirect, type Handle, type HandleServerError } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { sequence } from '@sveltejs/kit/hooks';
import { meSchema } from '@stagebureau/domain';
import { isLanguage, languageCookie, translator } from '$lib/i18n';
import { ApiProblem, createApiClient } from '$lib/server/api';
import { loopbackRedirect } from '$lib/server/canonicalHost';
import { apiUrl } from '$lib/server/config';
import { securityHeaders } from '$lib/server/securityHeaders';
import { sessionTroubleOf } from '$lib/server/guard';
import { cookieSession, refresherFor } from '$lib/server/session';

/** Dutch unless the visitor chose English (a cookie, so it works without JavaScript). */
const i18n: Handle = async ({ event, resolve }) => {
  const chosen = event.cookies.get(languageCookie);
  event.locals.language = isLanguage(chosen) ? chosen : 'nl';
  return resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.language),
  });
};

/** One loopback name per app, the one ORIGIN announces (see loopbackRedirect). */
const canonicalHost: Handle = async ({ event, resolve }) => {
  const target = ['GET', 'HEAD'].includes(event.request.method)
    ? loopbackRedirect(env.ORIGIN, event.request.headers.get('host'), event.url)
    : null;
  if (target) redirect(308, target);
  return resolve(event);
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
  event.locals.sessionTrouble = null;
  const { accessToken, refreshToken } = session.read();
  if (accessToken || refreshToken) {
    try {
      event.locals.me = await event.locals.api.get('/me', meSchema);
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      if (error.status === 401) session.write(null);
      else event.locals.sessionTrouble = sessionTroubleOf(error.status);
    }
  }
  return resolve(event);
};

export const handle = sequence(securityHeaders, canonicalHost, i18n, auth);

/** Unexpected errors: logged here, shown as a plain sentence in the visitor's language. */
export const handleError: HandleServerError = ({ error, event, status }) => {
  if (status >= 500) console.error(error);
  const t = translator(event.locals.language ?? 'nl');
  if (error instanceof ApiProblem && error.code === 'service_unavailable')
    return { message: t('error.apiUnavailable'), code: error.code };
  return { message: status === 404 ? t('error.notFound') : t('error.title') };
};
