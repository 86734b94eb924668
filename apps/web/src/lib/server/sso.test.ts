import type { Cookies } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { loginRefusedUrl, refusalCode, rememberSso, takeSso } from './sso';

/** Just enough of SvelteKit's cookies for the SSO state cookie, with the options it was set with. */
function fakeCookies() {
  const jar = new Map<string, { value: string; options: object }>();
  const cookies = {
    get: (name: string) => jar.get(name)?.value,
    set: (name: string, value: string, options: object) => void jar.set(name, { value, options }),
    delete: (name: string) => void jar.delete(name),
  } as unknown as Cookies;
  return { cookies, jar };
}

describe('the SSO state cookie', () => {
  it('when an attempt starts, then its state is kept httpOnly for the callback path, and taken once', () => {
    const { cookies, jar } = fakeCookies();
    rememberSso(cookies, { state: 'abc', next: '/school' }, true);
    expect(jar.get('sb_sso')?.options).toMatchObject({
      httpOnly: true,
      sameSite: 'lax',
      secure: true,
      path: '/inloggen/sso',
    });
    expect(takeSso(cookies)).toEqual({ state: 'abc', next: '/school' });
    expect(takeSso(cookies)).toBeNull();
  });

  it('when the cookie was tampered with, then there is no attempt', () => {
    const { cookies } = fakeCookies();
    cookies.set('sb_sso', '{not json', { path: '/' });
    expect(takeSso(cookies)).toBeNull();
    cookies.set('sb_sso', JSON.stringify({ state: 42 }), { path: '/' });
    expect(takeSso(cookies)).toBeNull();
  });
});

describe('refusals on the login page', () => {
  it('when the code is a known one, then it is shown; anything else is not', () => {
    expect(refusalCode('sso_email_unverified')).toBe('sso_email_unverified');
    expect(refusalCode('<script>')).toBeNull();
    expect(refusalCode(null)).toBeNull();
    expect(loginRefusedUrl('sso_wrong_nonce')).toBe('/inloggen?sso_fout=sso_wrong_nonce');
    expect(loginRefusedUrl('made_up')).toBe('/inloggen?sso_fout=sso_provider_failed');
  });
});
