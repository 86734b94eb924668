import { error, redirect } from '@sveltejs/kit';
import type { Me } from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { areaOf, type Area } from '$lib/navigation';

/** What a failed session check means for the page: throttled, or the API out of reach. */
export const sessionTroubleOf = (status: number): 'busy' | 'unavailable' =>
  status === 429 ? 'busy' : 'unavailable';

/**
 * No known user: to the login page, and back here afterwards. When the session could not be
 * checked (429, API unreachable) the visitor may be logged in: the page says to wait instead.
 */
export function toLogin(locals: App.Locals, url: URL): never {
  const t = translator(locals.language);
  if (locals.sessionTrouble === 'busy')
    error(429, { message: t('error.busy'), code: 'rate_limited' });
  if (locals.sessionTrouble === 'unavailable')
    error(503, { message: t('error.apiUnavailable'), code: 'service_unavailable' });
  redirect(303, `/inloggen?next=${encodeURIComponent(url.pathname + url.search)}`);
}

/** Pages of an area need a login of that area; others get a 403, visitors the login page. */
export function requireArea(locals: App.Locals, url: URL, area: Area): Me {
  if (!locals.me) toLogin(locals, url);
  if (areaOf(locals.me.role) !== area)
    error(403, { message: translator(locals.language)('error.forbidden'), code: 'forbidden' });
  return locals.me;
}

export function requireLogin(locals: App.Locals, url: URL): Me {
  if (!locals.me) toLogin(locals, url);
  return locals.me;
}

/** Only same-site paths are followed after login, never another host (`//evil`, `https:`). */
export function safeNext(next: string | null | undefined, fallback: string): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\'))
    return fallback;
  return next;
}
