import { fail, type Action } from '@sveltejs/kit';
import {
  checkPlaceTerms,
  localDateOf,
  placementDeclineSchema,
  placementSchema,
  type CreatePlace,
} from '@stagebureau/domain';
import { translator, type Translate } from '$lib/i18n';
import type { PlacementDone, PlacementFailure } from '$lib/placements';
import { ApiProblem } from './api';
import { passThrough } from './passThrough';
import { formObject, parseWith, type FieldErrors, type FormValues } from './forms';

export function invalidIn(form: string, errors: FieldErrors, values: FormValues, id?: string) {
  const body: PlacementFailure = { form, errors, values, ...(id ? { id } : {}) };
  return fail(422, body);
}

/** Messages for the refusals a placement form can meet, when the page knows what to do next. */
const refusalMessages: Partial<Record<string, Parameters<Translate>[0]>> = {
  place_full: 'placements.refusal.place_full',
  participant_busy: 'placements.refusal.participant_busy',
  audience_mismatch: 'placements.refusal.audience_mismatch',
  booking_window_closed: 'placements.refusal.booking_window_closed',
  invalid_transition: 'placements.refusal.invalid_transition',
  not_found: 'placements.refusal.not_found',
};

/** The API's own field messages are for developers; the ones a form can meet, in words. */
function fieldMessage(field: string, message: string, t: Translate): string {
  if (field === 'startsOn' && message.includes('past')) return t('placements.error.startsInPast');
  if (field === 'endsOn' && message.includes('before')) return t('placements.error.endsBefore');
  if (field === 'endsOn' && message.includes('school year'))
    return t('placements.error.oneSchoolYear');
  if (field === 'dayEnds') return t('placements.error.dayEndsBefore');
  if (field === 'weekdays') return t('placements.error.noWorkingDay');
  if (field === 'guardianEmail') return t('placements.error.guardianEmail');
  return message;
}

/** `supervisor.email` → `supervisorEmail`, `weekdays.2` → `weekdays`: the form's field names. */
export function formField(path: string): string {
  const bare = path.replace(/^(body|querystring|query|params)\.?/, '') || '_form';
  const [head, next] = bare.split('.');
  if (head === 'supervisor' && next) return `supervisor${next[0]!.toUpperCase()}${next.slice(1)}`;
  return head!;
}

/** An API refusal as this form's failure: field errors by field, the title and what to do. */
export function refusedIn(
  form: string,
  problem: unknown,
  values: FormValues,
  t: Translate,
  id?: string,
) {
  if (!(problem instanceof ApiProblem)) throw problem;
  const errors: FieldErrors = {};
  for (const fieldError of problem.fieldErrors) {
    const field = formField(fieldError.path);
    errors[field] ??= fieldMessage(field, fieldError.message, t);
  }
  const key = refusalMessages[problem.code];
  const body: PlacementFailure = {
    form,
    errors,
    values,
    ...(id ? { id } : {}),
    refusal: { code: problem.code, title: problem.title, ...(key ? { message: t(key) } : {}) },
  };
  const status = problem.status >= 400 && problem.status < 500 ? problem.status : 503;
  return fail(status, body);
}

/** The place editor's fields as submitted (kept to fill the form again after an error). */
export function placeValues(formData: FormData): FormValues {
  return formObject(formData, {
    numbers: ['places'],
    nullable: ['supervisorPhone'],
    lists: ['levels', 'vmboProfiles', 'sectorTags', 'weekdays', 'schoolYears'],
  });
}

/** The editor's values as the place contract's body: weekdays as numbers, the supervisor nested. */
export function placeBody(values: FormValues): Record<string, unknown> {
  const { supervisorName, supervisorEmail, supervisorPhone, ...rest } = values;
  return {
    ...rest,
    weekdays: (rest.weekdays as string[]).map(Number),
    schoolYears: (rest.schoolYears as string[]).map(Number),
    supervisor: { name: supervisorName, email: supervisorEmail, phone: supervisorPhone ?? null },
  };
}

/** Zod's paths (`supervisor.name`) as the form's field names. */
export function placeErrors(errors: FieldErrors): FieldErrors {
  const mapped: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) mapped[formField(path)] ??= message;
  return mapped;
}

/** The domain's own period checks, before the API is asked: the same words either way. */
export function placeTermsErrors(place: CreatePlace, today: string, t: Translate): FieldErrors {
  const outcome = checkPlaceTerms(place, today);
  if (outcome.ok) return {};
  const errors: FieldErrors = {};
  const list = (outcome.meta?.errors ?? []) as { path: string; message: string }[];
  for (const item of list) {
    const field = formField(item.path);
    errors[field] ??= fieldMessage(field, item.message, t);
  }
  return errors;
}

export const todayHere = () => localDateOf(new Date());

/** The register form: the allowed pupil fields only; an adult's guardian e-mail is not kept. */
export function pupilValues(formData: FormData): { values: FormValues; body: FormValues } {
  const values = formObject(formData, { numbers: ['schoolYear'] });
  const minor = values.isMinor === 'yes' ? true : values.isMinor === 'no' ? false : undefined;
  const body: FormValues = { ...values, isMinor: minor };
  body.guardianEmail =
    minor && typeof values.guardianEmail === 'string' ? values.guardianEmail : null;
  return { values, body };
}

/**
 * A move on a placement by id (`_id`): accept, or decline / cancel with a reason. Answers the
 * result line for the top of the page.
 */
export function placementMoveAction(move: 'accept' | 'decline' | 'cancel'): Action {
  return async ({ request, locals }) => {
    const t = translator(locals.language);
    const form = await request.formData();
    const id = String(form.get('_id') ?? '');
    const values = formObject(form);
    let body: Record<string, unknown> = {};
    if (move !== 'accept') {
      const parsed = parseWith(placementDeclineSchema, values, t);
      if (!parsed.ok) return invalidIn(move, parsed.errors, values, id);
      body = parsed.data;
    }
    let title: string;
    try {
      const { data } = await locals.api.post(
        `/placements/${encodeURIComponent(id)}/${move}`,
        body,
        placementSchema,
      );
      title = data.place.title;
    } catch (problem) {
      return refusedIn(move, problem, values, t, id);
    }
    const done: PlacementDone = { done: t(`placements.done.${move}`, { title }), form: move, id };
    return done;
  };
}

/** The placement's agreement PDF (`GET /placements/:id/agreement.pdf`), for school or company. */
export function agreementPdf(locals: App.Locals, id: string): Promise<Response> {
  return passThrough(
    locals,
    `/placements/${encodeURIComponent(id)}/agreement.pdf`,
    'application/pdf',
    `stageovereenkomst-${id}.pdf`,
    'inline',
  );
}

/** Everything the school holds on one pupil, as a download for an access request. */
export function pupilExport(locals: App.Locals, id: string): Promise<Response> {
  return passThrough(
    locals,
    `/pupils/${encodeURIComponent(id)}/export`,
    'application/json',
    `leerling-${id}.json`,
    'attachment',
  );
}
