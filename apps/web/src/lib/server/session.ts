import type { Cookies } from '@sveltejs/kit';
import { tokenPairSchema, type TokenPair } from '@stagebureau/domain';
import type { SessionStore, Tokens, TokenPairLike } from './api';

export const accessCookie = 'sb_access';
export const refreshCookie = 'sb_refresh';

/** Tokens live only in httpOnly cookies: the browser's JavaScript never sees them. */
export function cookieSession(cookies: Cookies, secure: boolean): SessionStore {
  const base = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure };
  return {
    read: (): Tokens => ({
      accessToken: cookies.get(accessCookie) ?? null,
      refreshToken: cookies.get(refreshCookie) ?? null,
    }),
    write(pair: TokenPairLike | null) {
      if (!pair) {
        cookies.delete(accessCookie, base);
        cookies.delete(refreshCookie, base);
        return;
      }
      // A few seconds early, so a token is never sent just as it expires.
      cookies.set(accessCookie, pair.accessToken, {
        ...base,
        maxAge: Math.max(1, pair.accessTokenExpiresIn - 5),
      });
      cookies.set(refreshCookie, pair.refreshToken, {
        ...base,
        expires: new Date(pair.refreshTokenExpiresAt),
      });
    },
  };
}

/**
 * Refresh tokens rotate and a reused one revokes its whole family, so two requests of the same
 * browser that refresh at once must share one rotation. Results are kept for a short while.
 */
const inFlight = new Map<string, { at: number; pair: Promise<TokenPair | null> }>();
const shareMs = 30_000;

export function refresherFor(
  apiUrl: string,
  fetchImpl: typeof fetch = fetch,
  clientAddress?: string,
) {
  return (refreshToken: string): Promise<TokenPair | null> => {
    const now = Date.now();
    for (const [token, entry] of inFlight) if (now - entry.at > shareMs) inFlight.delete(token);
    const shared = inFlight.get(refreshToken);
    if (shared) return shared.pair;
    const pair = (async () => {
      const response = await fetchImpl(new URL('/api/v1/auth/refresh', apiUrl), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          ...(clientAddress ? { 'x-forwarded-for': clientAddress } : {}),
        },
        body: JSON.stringify({ refreshToken }),
      });
      // Only a refusal ends the session; a server hiccup must not log anyone out.
      if (response.status === 401 || response.status === 422) return null;
      if (!response.ok) throw new Error(`refresh answered ${response.status}`);
      return tokenPairSchema.parse(await response.json());
    })();
    // A failed attempt is not shared: the next request may try again.
    pair.catch(() => inFlight.delete(refreshToken));
    inFlight.set(refreshToken, { at: now, pair });
    return pair;
  };
}
