import type { Cookies } from '@sveltejs/kit';

export type ToastKind = 'success' | 'error';
export interface Flash {
  kind: ToastKind;
  message: string;
}

const flashCookie = 'sb_flash';

/** A message that survives one redirect (works without JavaScript), shown as a toast. */
export function setFlash(cookies: Cookies, flash: Flash) {
  cookies.set(flashCookie, JSON.stringify(flash), {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    maxAge: 60,
  });
}

export function takeFlash(cookies: Cookies): Flash | null {
  const raw = cookies.get(flashCookie);
  if (!raw) return null;
  cookies.delete(flashCookie, { path: '/' });
  try {
    const value = JSON.parse(raw) as Partial<Flash>;
    if ((value.kind === 'success' || value.kind === 'error') && typeof value.message === 'string')
      return { kind: value.kind, message: value.message.slice(0, 300) };
  } catch {
    // A tampered or stale cookie is simply dropped.
  }
  return null;
}
