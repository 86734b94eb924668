import { fail } from '@sveltejs/kit';
import { signAgreementSchema, signedAgreementSchema, signingViewSchema } from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { ApiProblem } from '$lib/server/api';
import { formObject, invalid, parseWith, problemFailure } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

const path = (token: string) => `/public/signing/${encodeURIComponent(token)}`;
const gone = (problem: unknown) => problem instanceof ApiProblem && problem.status === 410;

/**
 * The signing page of an internship agreement: public, by the link's secret, no login. An
 * expired, used or unknown link is not an error page but a clear sentence (`link: null`).
 * The URL holds a secret: never cached, never sent to another site as a Referer.
 */
export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
  // `same-origin`, not `no-referrer`: the browser then still sends the Origin that SvelteKit's
  // CSRF check needs for the form post without JavaScript.
  setHeaders({ 'cache-control': 'no-store', 'referrer-policy': 'same-origin' });
  try {
    const link = await locals.api.get(path(params.token), signingViewSchema, { anonymous: true });
    return { link };
  } catch (problem) {
    if (gone(problem)) return { link: null };
    throw problem;
  }
};

export const actions: Actions = {
  default: async ({ request, locals, params }) => {
    const t = translator(locals.language);
    const values = formObject(await request.formData(), { booleans: ['consent'] });
    const parsed = parseWith(signAgreementSchema, values, t);
    if (!parsed.ok) {
      const errors = { ...parsed.errors };
      if (errors.consent) errors.consent = t('signing.consentRequired');
      return invalid(errors, values);
    }
    try {
      const { data } = await locals.api.post(
        path(params.token),
        parsed.data,
        signedAgreementSchema,
        {
          anonymous: true,
        },
      );
      return { signed: data };
    } catch (problem) {
      if (gone(problem)) return fail(410, { gone: true });
      return problemFailure(problem, values, undefined, { inline: true });
    }
  },
};
