import { error, redirect } from '@sveltejs/kit';
import type { Me } from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { areaOf, type Area } from '$lib/navigation';

/** Pages of an area need a login of that area; others get a 403, visitors the login page. */
export function requireArea(locals: App.Locals, url: URL, area: Area): Me {
  if (!locals.me) redirect(303, `/inloggen?next=${encodeURIComponent(url.pathname + url.search)}`);
  if (areaOf(locals.me.role) !== area)
    error(403, { message: translator(locals.language)('error.forbidden'), code: 'forbidden' });
  return locals.me;
}

export function requireLogin(locals: App.Locals, url: URL): Me {
  if (!locals.me) redirect(303, `/inloggen?next=${encodeURIComponent(url.pathname + url.search)}`);
  return locals.me;
}

/** Only same-site paths are followed after login, never another host (`//evil`, `https:`). */
export function safeNext(next: string | null | undefined, fallback: string): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\'))
    return fallback;
  return next;
}
