import { redirect } from '@sveltejs/kit';
import { meSchema, ssoCallbackRequestSchema, tokenPairSchema } from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { homeOf } from '$lib/navigation';
import { ApiProblem } from '$lib/server/api';
import { setFlash } from '$lib/server/flash';
import { safeNext } from '$lib/server/guard';
import { cookieSession } from '$lib/server/session';
import { loginRefusedUrl, takeSso } from '$lib/server/sso';
import type { RequestHandler } from './$types';

/**
 * Where the provider sends the browser back. The state must be the one this browser started
 * with; the API then exchanges the code and answers the same tokens as a password login, which
 * go into the same httpOnly cookies.
 */
export const GET: RequestHandler = async ({ locals, cookies, url }) => {
  const pending = takeSso(cookies);
  // Only the parameters we know: providers add their own (session_state, scope, …).
  const known = ['state', 'code', 'iss', 'error', 'error_description'] as const;
  const parsed = ssoCallbackRequestSchema.safeParse(
    Object.fromEntries(
      known.flatMap((key) => (url.searchParams.has(key) ? [[key, url.searchParams.get(key)]] : [])),
    ),
  );
  if (!pending || !parsed.success || parsed.data.state !== pending.state)
    redirect(303, loginRefusedUrl('sso_state_invalid'));

  let me;
  try {
    const { data: pair } = await locals.api.post(
      '/auth/sso/callback',
      parsed.data,
      tokenPairSchema,
      { anonymous: true },
    );
    cookieSession(cookies, url.protocol === 'https:').write(pair);
    me = await locals.api.get('/me', meSchema);
  } catch (problem) {
    if (!(problem instanceof ApiProblem)) throw problem;
    redirect(303, loginRefusedUrl(problem.code));
  }
  const t = translator(locals.language);
  setFlash(cookies, { kind: 'success', message: t('login.welcome', { name: me.name }) });
  redirect(303, safeNext(pending.next, homeOf(me.role)));
};
