import type { Cookies, RequestEvent } from '@sveltejs/kit';
import { platformTokenSchema, type PlatformToken } from '@stagebureau/domain';
import { createApiClient, type SessionStore } from './api';
import { apiUrl } from './config';

/**
 * A platform admin's session (decision 019) lives in its own httpOnly cookie: their token opens
 * no region route, so it must never reach the user session's `/me` check, and a user's session
 * in the same browser stays as it is.
 */
export const platformCookie = 'sb_platform';

const cookieOptions = (secure: boolean) => ({
  path: '/',
  httpOnly: true,
  sameSite: 'lax' as const,
  secure,
});

export function platformSession(cookies: Cookies, secure: boolean): SessionStore {
  return {
    // No refresh token: the platform token lasts a working day, then the admin logs in again.
    read: () => ({ accessToken: cookies.get(platformCookie) ?? null, refreshToken: null }),
    write: (pair) => {
      if (!pair) cookies.delete(platformCookie, cookieOptions(secure));
    },
  };
}

export function savePlatformToken(cookies: Cookies, secure: boolean, token: PlatformToken) {
  cookies.set(platformCookie, token.accessToken, {
    ...cookieOptions(secure),
    maxAge: Math.max(1, token.accessTokenExpiresIn - 5),
  });
}

export const clearPlatformToken = (cookies: Cookies, secure: boolean) =>
  cookies.delete(platformCookie, cookieOptions(secure));

/** The API client for platform pages: it sends the platform token, never the user's. */
export function platformApi(
  event: Pick<RequestEvent, 'cookies' | 'url' | 'locals' | 'getClientAddress'>,
) {
  return createApiClient({
    baseUrl: apiUrl(),
    language: event.locals.language,
    session: platformSession(event.cookies, event.url.protocol === 'https:'),
    clientAddress: event.getClientAddress(),
  });
}

export { platformTokenSchema };

export { nullableSettingFields, settingNumberFields } from './regionSettingsForm';
