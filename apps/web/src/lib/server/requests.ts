import { redirect, type Action } from '@sveltejs/kit';
import { z } from 'zod';
import {
  organisationListSchema,
  schoolClassListSchema,
  createRequestSchema,
  createSignUpSchema,
  reasonSchema,
  requestSchema,
  requestTermsProblems,
  signUpSchema,
  weekSuggestionsSchema,
  type CreateRequest,
  type WeekSuggestionsView,
} from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import type { EditorClass } from '$lib/requests';
import { ApiProblem } from './api';
import { loadBookableClasses } from './offerView';
import { setFlash } from './flash';
import { partErrors, previewOf, requestValues, signUpBody, termsMessage } from './requestForms';
import { formObject, invalid, parseWith, problemFailure, type FieldErrors } from './forms';

/** A school user's own classes, for the editor. */
export async function ownClasses(locals: App.Locals): Promise<EditorClass[]> {
  const schoolName = locals.me?.organisation?.name ?? '';
  return (await loadBookableClasses(locals)).map((schoolClass) => ({
    id: schoolClass.id,
    name: schoolClass.name,
    size: schoolClass.size,
    schoolId: schoolClass.organisationId,
    schoolName,
  }));
}

/** The classes of every active school in the region, for the bureau's editor. */
export async function regionClasses(locals: App.Locals): Promise<EditorClass[]> {
  const { items: schools } = await locals.api.get('/organisations', organisationListSchema, {
    query: { kind: 'school', status: 'active' },
  });
  const lists = await Promise.all(
    schools.map(async (school) => {
      const { items } = await locals.api.get(
        `/schools/${school.id}/classes`,
        schoolClassListSchema,
      );
      return items
        .filter((schoolClass) => !schoolClass.archivedAt)
        .map((schoolClass) => ({
          id: schoolClass.id,
          name: schoolClass.name,
          size: schoolClass.size,
          schoolId: school.id,
          schoolName: school.name,
        }));
    }),
  );
  return lists.flat();
}

/**
 * Whether the asked period is overbooked for the activity type, with weeks that have more
 * room. Only a hint on the preview: when the follow-up endpoint is unavailable, none is shown.
 */
export async function weekSuggestions(
  locals: App.Locals,
  data: CreateRequest,
): Promise<WeekSuggestionsView | null> {
  try {
    return await locals.api.get('/requests/week-suggestions', weekSuggestionsSchema, {
      query: {
        type: data.type,
        periodFrom: data.periodFrom,
        periodUntil: data.periodUntil,
        sectorTags: data.sectorTags.join(',') || undefined,
        parts: Math.min(400, data.classIds.length * data.occasionsPerClass),
      },
    });
  } catch (problem) {
    if (problem instanceof ApiProblem || problem instanceof z.ZodError) return null;
    throw problem;
  }
}

/**
 * The editor's two buttons: `?/preview` re-renders the form with the preview (and the domain's
 * own period checks); `?/create` sends it to the API and goes to the new request.
 */
export function requestEditorActions(options: {
  classes: (locals: App.Locals) => Promise<EditorClass[]>;
  schoolName: (locals: App.Locals) => string | null;
  created: (id: string) => string;
}): { preview: Action; create: Action } {
  const parse = async (request: Request, locals: App.Locals) => {
    const t = translator(locals.language);
    const values = requestValues(await request.formData());
    return { t, values, parsed: parseWith(createRequestSchema, values, t) };
  };
  return {
    preview: async ({ request, locals }) => {
      const { t, values, parsed } = await parse(request, locals);
      if (!parsed.ok) return invalid(parsed.errors, values);
      const errors: FieldErrors = {};
      for (const problem of requestTermsProblems(parsed.data, new Date()))
        errors[problem.path.replace(/^body\./, '')] ??= termsMessage(problem.message, t);
      const [classes, suggestions] = await Promise.all([
        options.classes(locals),
        weekSuggestions(locals, parsed.data),
      ]);
      return {
        values,
        errors,
        preview: previewOf(parsed.data, classes, options.schoolName(locals)),
        suggestions,
      };
    },
    create: async ({ request, locals, cookies }) => {
      const { t, values, parsed } = await parse(request, locals);
      if (!parsed.ok) return invalid(parsed.errors, values);
      let id: string;
      try {
        id = (await locals.api.post('/requests', parsed.data, requestSchema)).data.id;
      } catch (problem) {
        return problemFailure(problem, values);
      }
      setFlash(cookies, { kind: 'success', message: t('demand.created') });
      redirect(303, options.created(id));
    },
  };
}

/** `?/signUp` on a request's page for companies. */
export const signUpAction: Action = async ({ request, locals, params, cookies }) => {
  const t = translator(locals.language);
  const { body, partIds, errors, values } = signUpBody(await request.formData());
  if (partIds.length === 0) return invalid({ partIds: t('demand.signUp.needPart') }, values);
  for (const key of Object.keys(errors)) errors[key] = t('proposal.incomplete');
  if (Object.keys(errors).length) return invalid(errors, values);
  const parsed = parseWith(createSignUpSchema, body, t);
  if (!parsed.ok) return invalid(partErrors(parsed.errors, partIds), values);
  try {
    await locals.api.post(
      `/requests/${encodeURIComponent(params.id ?? '')}/sign-ups`,
      parsed.data,
      signUpSchema,
    );
  } catch (problem) {
    if (!(problem instanceof ApiProblem)) throw problem;
    const failure = problemFailure(problem, values, signUpRefusal(problem, t));
    failure.data.errors = partErrors(failure.data.errors, partIds);
    return failure;
  }
  setFlash(cookies, { kind: 'success', message: t('demand.signUp.sent') });
  redirect(303, `/bedrijf/vragen/${params.id}#intekeningen`);
};

function signUpRefusal(problem: ApiProblem, t: ReturnType<typeof translator>) {
  switch (problem.code) {
    case 'part_taken':
      return t('demand.signUp.error.part_taken');
    case 'sign_up_closed':
      return t('demand.signUp.error.sign_up_closed');
    case 'outside_period':
      return t('demand.signUp.error.outside_period');
    default:
      return undefined;
  }
}

/** An action on one thing by id (`_id`), with a reason when the schema asks one. */
function reasoned(path: (id: string) => string, done: 'withdrawn' | 'declined'): Action {
  return async ({ request, locals, cookies }) => {
    const t = translator(locals.language);
    const form = await request.formData();
    const id = String(form.get('_id') ?? '');
    const values = formObject(form);
    const parsed = parseWith(reasonSchema, values, t);
    if (!parsed.ok) return invalid(parsed.errors, { ...values, id });
    try {
      await locals.api.post(path(encodeURIComponent(id)), parsed.data, signUpSchema);
    } catch (problem) {
      return problemFailure(problem, { ...values, id });
    }
    setFlash(cookies, { kind: 'success', message: t(`demand.${done}`) });
    return { handled: id };
  };
}

/** The company withdraws its sign-up (all its parts). */
export const withdrawSignUpAction = reasoned((id) => `/sign-ups/${id}/withdraw`, 'withdrawn');

/** The school (or the bureau) declines a company's proposal for one part. */
export const declineProposalAction = reasoned((id) => `/part-proposals/${id}/decline`, 'declined');

/** The school (or the bureau) accepts: the API plans the session and confirms the booking. */
export const acceptProposalAction: Action = async ({ request, locals, cookies }) => {
  const t = translator(locals.language);
  const form = await request.formData();
  const id = String(form.get('_id') ?? '');
  try {
    await locals.api.post(`/part-proposals/${encodeURIComponent(id)}/accept`, {}, signUpSchema);
  } catch (problem) {
    return problemFailure(problem, { id });
  }
  setFlash(cookies, { kind: 'success', message: t('demand.accepted') });
  return { handled: id };
};
