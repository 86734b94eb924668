import { fail } from '@sveltejs/kit';
import {
  evaluationInputSchema,
  evaluationSchema,
  publicEvaluationSchema,
} from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { ApiProblem } from '$lib/server/api';
import {
  formObject,
  invalid,
  parseWith,
  problemFailure,
  type FieldErrors,
} from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

const path = (token: string) => `/public/evaluation/${encodeURIComponent(token)}`;
const gone = (problem: unknown) => problem instanceof ApiProblem && problem.status === 410;

/**
 * The supervisor's evaluation form at the end of a placement (issue 16): public, by the
 * link's secret, no login; the criteria and their labels are the region's, from the API.
 */
export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
  setHeaders({ 'cache-control': 'no-store', 'referrer-policy': 'same-origin' });
  try {
    const evaluation = await locals.api.get(path(params.token), publicEvaluationSchema, {
      anonymous: true,
    });
    return { evaluation };
  } catch (problem) {
    if (gone(problem)) return { evaluation: null };
    throw problem;
  }
};

/** The radio groups `rating.<criterion>` as one ratings object, numbers 1–5. */
function ratingsOf(values: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(values)
      .filter(([name]) => name.startsWith('rating.'))
      .map(([name, value]) => [name.slice('rating.'.length), Number(value)]),
  );
}

/** Any wrong or missing rating reads the same to the supervisor: choose 1 to 5. */
function ratingErrors(errors: FieldErrors, message: string): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors).map(([field, text]) => [
      field.replace(/^ratings\./, 'rating.'),
      field.startsWith('ratings') ? message : text,
    ]),
  );
}

export const actions: Actions = {
  default: async ({ request, locals, params }) => {
    const t = translator(locals.language);
    const values = formObject(await request.formData());
    const input = { ratings: ratingsOf(values), comment: values.comment ?? '' };
    const parsed = parseWith(evaluationInputSchema, input, t);
    if (!parsed.ok)
      return invalid(ratingErrors(parsed.errors, t('evaluation.ratingRequired')), values);
    try {
      const { data } = await locals.api.post(path(params.token), parsed.data, evaluationSchema, {
        anonymous: true,
      });
      return { submitted: data };
    } catch (problem) {
      if (gone(problem)) return fail(410, { gone: true });
      const failed = problemFailure(problem, values, undefined, { inline: true });
      failed.data.errors = ratingErrors(failed.data.errors, t('evaluation.ratingRequired'));
      return failed;
    }
  },
};
