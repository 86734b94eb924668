import type { Cookies } from '@sveltejs/kit';
import { errorCatalogue, ssoAttemptMinutes, type ErrorCode } from '@stagebureau/domain';

/**
 * The SSO attempt's state, bound to this browser: the provider's redirect is only believed when
 * it brings back the state this cookie holds (a forged or crossed redirect does not). httpOnly,
 * and SameSite=Lax so it travels on the provider's top-level redirect back to us.
 */
const stateCookie = 'sb_sso';
const cookiePath = '/inloggen/sso';

export interface SsoPending {
  state: string;
  next: string;
}

export function rememberSso(cookies: Cookies, pending: SsoPending, secure: boolean) {
  cookies.set(stateCookie, JSON.stringify(pending), {
    path: cookiePath,
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: ssoAttemptMinutes * 60,
  });
}

/** The pending attempt, taken once. */
export function takeSso(cookies: Cookies): SsoPending | null {
  const raw = cookies.get(stateCookie);
  if (!raw) return null;
  cookies.delete(stateCookie, { path: cookiePath });
  try {
    const value = JSON.parse(raw) as Partial<SsoPending>;
    if (typeof value.state === 'string' && typeof value.next === 'string')
      return { state: value.state, next: value.next };
  } catch {
    // A tampered cookie counts as none.
  }
  return null;
}

/** Back to the login page with the refusal's code; the page shows its Dutch message. */
export const loginRefusedUrl = (code: string) =>
  `/inloggen?sso_fout=${encodeURIComponent(code in errorCatalogue ? code : 'sso_provider_failed')}`;

export const refusalCode = (value: string | null): ErrorCode | null =>
  value && value in errorCatalogue ? (value as ErrorCode) : null;
