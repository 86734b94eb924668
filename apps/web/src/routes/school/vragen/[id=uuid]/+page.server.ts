import { error } from '@sveltejs/kit';
import { requestSchema, signUpListSchema } from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { ApiProblem } from '$lib/server/api';
import { setFlash } from '$lib/server/flash';
import { problemFailure } from '$lib/server/forms';
import { loadMaterials, loadUploadMaxMb, materialActions } from '$lib/server/materials';
import { acceptProposalAction, declineProposalAction } from '$lib/server/requests';
import { loadSectors } from '$lib/server/taxonomy';
import type { Actions, PageServerLoad } from './$types';

/** One request of the school: its parts, the live proposals and who sent them. */
export const load: PageServerLoad = async ({ locals, params }) => {
  try {
    const [request, signUps, sectors, materials, uploadMaxMb] = await Promise.all([
      locals.api.get(`/requests/${encodeURIComponent(params.id)}`, requestSchema),
      locals.api.get('/sign-ups', signUpListSchema, { query: { requestId: params.id } }),
      loadSectors(locals),
      loadMaterials(locals, 'request', params.id),
      loadUploadMaxMb(locals),
    ]);
    const canDecide = locals.me?.role === 'school_coordinator';
    return { request, signUps: signUps.items, sectors, canDecide, ...materials, uploadMaxMb };
  } catch (problem) {
    if (problem instanceof ApiProblem && (problem.status === 404 || problem.status === 400))
      error(404, { message: translator(locals.language)('error.notFound') });
    throw problem;
  }
};

export const actions: Actions = {
  ...materialActions((params) => `/requests/${encodeURIComponent(params.id ?? '')}/materials`),
  accept: acceptProposalAction,
  decline: declineProposalAction,
  withdraw: async ({ locals, params, cookies }) => {
    try {
      await locals.api.post(
        `/requests/${encodeURIComponent(params.id)}/withdraw`,
        {},
        requestSchema,
      );
    } catch (problem) {
      return problemFailure(problem, {});
    }
    setFlash(cookies, {
      kind: 'success',
      message: translator(locals.language)('demand.detail.withdrawn'),
    });
    return { withdrawn: true };
  },
};
