import { error } from '@sveltejs/kit';
import { localDateOf, requestSchema, signUpListSchema } from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { ApiProblem } from '$lib/server/api';
import { loadMaterials } from '$lib/server/materials';
import { signUpAction, withdrawSignUpAction } from '$lib/server/requests';
import { loadSectors } from '$lib/server/taxonomy';
import type { Actions, PageServerLoad } from './$types';

/** A request for companies: its open parts to sign up for, and this company's sign-ups. */
export const load: PageServerLoad = async ({ locals, params }) => {
  try {
    const [request, signUps, sectors, { materials }] = await Promise.all([
      locals.api.get(`/requests/${encodeURIComponent(params.id)}`, requestSchema),
      locals.api.get('/sign-ups', signUpListSchema, { query: { requestId: params.id } }),
      loadSectors(locals),
      loadMaterials(locals, 'request', params.id),
    ]);
    const open =
      request.status === 'published' && localDateOf(new Date()) <= request.signUpDeadline;
    return {
      request,
      signUps: signUps.items,
      sectors,
      materials,
      open,
      defaults: { contactName: locals.me?.name ?? '', contactEmail: locals.me?.email ?? '' },
    };
  } catch (problem) {
    if (problem instanceof ApiProblem && [400, 403, 404].includes(problem.status))
      error(404, { message: translator(locals.language)('error.notFound') });
    throw problem;
  }
};

export const actions: Actions = { signUp: signUpAction, withdraw: withdrawSignUpAction };
