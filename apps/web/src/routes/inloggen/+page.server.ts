import { redirect } from '@sveltejs/kit';
import {
  errorCatalogue,
  loginRequestSchema,
  meSchema,
  ssoProviderListSchema,
  tokenPairSchema,
  type SsoProvider,
} from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { homeOf } from '$lib/navigation';
import { formObject, invalid, parseWith, problemFailure } from '$lib/server/forms';
import { setFlash } from '$lib/server/flash';
import { safeNext } from '$lib/server/guard';
import { cookieSession } from '$lib/server/session';
import { refusalCode } from '$lib/server/sso';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  if (locals.me) redirect(303, safeNext(url.searchParams.get('next'), homeOf(locals.me.role)));
  const refusal = refusalCode(url.searchParams.get('sso_fout'));
  return {
    next: url.searchParams.get('next') ?? '',
    ssoProviders: await ssoProviders(locals, url.searchParams.get('regio')),
    ssoRefusal: refusal ? errorCatalogue[refusal][locals.language] : null,
  };
};

/** Regions with single sign-on get a button; `?regio=` narrows it to one region. */
async function ssoProviders(locals: App.Locals, region: string | null): Promise<SsoProvider[]> {
  try {
    const { items } = await locals.api.get('/auth/sso/providers', ssoProviderListSchema, {
      anonymous: true,
    });
    return region ? items.filter((item) => item.region === region) : items;
  } catch {
    // Password login must keep working when this list cannot be had.
    return [];
  }
}

export const actions: Actions = {
  default: async ({ request, locals, cookies, url }) => {
    const t = translator(locals.language);
    const form = await request.formData();
    const values = formObject(form);
    const parsed = parseWith(loginRequestSchema, values, t);
    if (!parsed.ok) return invalid(parsed.errors, values);

    let me;
    try {
      const { data: pair } = await locals.api.post('/auth/login', parsed.data, tokenPairSchema, {
        anonymous: true,
      });
      cookieSession(cookies, url.protocol === 'https:').write(pair);
      me = await locals.api.get('/me', meSchema);
    } catch (problem) {
      return problemFailure(problem, values, undefined, { inline: true });
    }
    setFlash(cookies, { kind: 'success', message: t('login.welcome', { name: me.name }) });
    redirect(303, safeNext(String(form.get('_next') ?? ''), homeOf(me.role)));
  },
};
