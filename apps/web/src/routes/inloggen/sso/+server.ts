import { redirect } from '@sveltejs/kit';
import { ssoStartRequestSchema, ssoStartSchema } from '@stagebureau/domain';
import { ApiProblem } from '$lib/server/api';
import { loginRefusedUrl, rememberSso } from '$lib/server/sso';
import type { RequestHandler } from './$types';

/**
 * The login page's "Inloggen met …" button: start at the API, then off to the provider. A link
 * (GET), not a form: the CSP's `form-action 'self'` would stop a form's redirect to the provider.
 */
export const GET: RequestHandler = async ({ locals, cookies, url }) => {
  const parsed = ssoStartRequestSchema.safeParse({ region: url.searchParams.get('regio') });
  if (!parsed.success) redirect(303, loginRefusedUrl('sso_not_configured'));
  let start;
  try {
    ({ data: start } = await locals.api.post('/auth/sso/start', parsed.data, ssoStartSchema, {
      anonymous: true,
    }));
  } catch (problem) {
    if (!(problem instanceof ApiProblem)) throw problem;
    redirect(303, loginRefusedUrl(problem.code));
  }
  const next = url.searchParams.get('next') ?? '';
  rememberSso(cookies, { state: start.state, next }, url.protocol === 'https:');
  redirect(303, start.authorizationUrl);
};
