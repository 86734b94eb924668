import type { Action } from '@sveltejs/kit';
import {
  createContactMomentSchema,
  createContactSchema,
  createFollowUpSchema,
  followUpListSchema,
  fromLocal,
  relationshipSchema,
  setAmbassadorSchema,
  setManagerSchema,
  updateContactSchema,
  updateFollowUpSchema,
} from '@stagebureau/domain';
import { translator, type Translate } from '$lib/i18n';
import type { PlacementDone } from '$lib/placements';
import { formObject, parseWith, type FormValues } from './forms';
import { invalidIn, refusedIn } from './placements';

/**
 * Relationship management's pages (issue 17): one company's relationship (the bureau's page
 * and a coordinator's), and "my follow-ups". Every form is a plain POST (works without
 * JavaScript); its fields are checked with the domain's schemas, then the API decides.
 */

export const loadRelationship = (locals: App.Locals, companyId: string) =>
  locals.api.get(`/companies/${encodeURIComponent(companyId)}/relationship`, relationshipSchema);

export async function loadMyFollowUps(locals: App.Locals, url: URL) {
  const status: 'open' | 'done' = url.searchParams.get('status') === 'done' ? 'done' : 'open';
  const { items } = await locals.api.get('/follow-ups/mine', followUpListSchema, {
    query: { status },
  });
  return { followUps: items, status };
}

const done = (form: string, message: string, id?: string): PlacementDone => ({
  done: message,
  form,
  ...(id ? { id } : {}),
});

type Step = (input: {
  form: FormData;
  values: FormValues;
  t: Translate;
  locals: App.Locals;
  companyId: string;
}) => Promise<PlacementDone | ReturnType<typeof invalidIn>>;

/** Runs one form: the API's refusals come back as this form's failure. */
const action =
  (name: string, step: Step, idField?: string): Action =>
  async ({ request, locals, params }) => {
    const t = translator(locals.language);
    const form = await request.formData();
    const values = formObject(form);
    const id = idField ? String(form.get(idField) ?? '') : undefined;
    try {
      return await step({ form, values, t, locals, companyId: params.id ?? '' });
    } catch (problem) {
      return refusedIn(name, problem, values, t, id);
    }
  };

const path = (...parts: string[]) => `/${parts.map(encodeURIComponent).join('/')}`;

export const addContact = action('addContact', async ({ form, t, locals, companyId }) => {
  const values = formObject(form, { booleans: ['isPrimary'] });
  const parsed = parseWith(createContactSchema, values, t);
  if (!parsed.ok) return invalidIn('addContact', parsed.errors, values);
  await locals.api.post(`${path('organisations', companyId)}/contacts`, parsed.data);
  return done('addContact', t('relation.contactAdded', { name: parsed.data.name }));
});

export const editContact = action(
  'editContact',
  async ({ form, t, locals }) => {
    const id = String(form.get('_contact') ?? '');
    const values = formObject(form, { nullable: ['email', 'phone', 'jobTitle'] });
    const parsed = parseWith(
      updateContactSchema,
      { ...values, jobTitle: values.jobTitle ?? '' },
      t,
    );
    if (!parsed.ok) return invalidIn('editContact', parsed.errors, values, id);
    await locals.api.patch(path('contacts', id), parsed.data);
    return done('editContact', t('relation.contactSaved'), id);
  },
  '_contact',
);

export const makePrimary = action('makePrimary', async ({ form, t, locals }) => {
  await locals.api.patch(path('contacts', String(form.get('_contact') ?? '')), {
    isPrimary: true,
  });
  return done('makePrimary', t('relation.contactSaved'));
});

export const removeContact = action('removeContact', async ({ form, t, locals }) => {
  await locals.api.delete(path('contacts', String(form.get('_contact') ?? '')));
  return done('removeContact', t('relation.contactRemoved'));
});

export const setManager = action('setManager', async ({ form, t, locals, companyId }) => {
  const values = formObject(form, { nullable: ['schoolId'] });
  const parsed = parseWith(setManagerSchema, { schoolId: null, ...values }, t);
  if (!parsed.ok) return invalidIn('setManager', parsed.errors, values);
  await locals.api.put(`${path('companies', companyId)}/managers`, parsed.data);
  return done('setManager', t('relation.managerSet'));
});

export const removeManager = action('removeManager', async ({ form, t, locals, companyId }) => {
  const schoolId = String(form.get('schoolId') ?? '');
  const query = schoolId ? `?schoolId=${encodeURIComponent(schoolId)}` : '';
  await locals.api.delete(`${path('companies', companyId)}/managers${query}`);
  return done('removeManager', t('relation.managerRemoved'));
});

export const setAmbassador = action('ambassador', async ({ values, t, locals, companyId }) => {
  const body = { ...values, ambassador: values.ambassador === 'true' };
  const parsed = parseWith(setAmbassadorSchema, body, t);
  if (!parsed.ok) return invalidIn('ambassador', parsed.errors, values);
  await locals.api.put(`${path('companies', companyId)}/ambassador`, parsed.data);
  return done(
    'ambassador',
    parsed.data.ambassador ? t('relation.ambassadorMarked') : t('relation.ambassadorUnmarked'),
  );
});

/** The moment's day and time are the region's wall clock (Europe/Amsterdam). */
export const logMoment = action('logMoment', async ({ values, t, locals, companyId }) => {
  const { date, time, ...rest } = values;
  const dateOk = typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date);
  const timeOk = typeof time === 'string' && /^\d{2}:\d{2}$/.test(time);
  const occurredAt = dateOk && timeOk ? fromLocal({ date, time }).toISOString() : undefined;
  const parsed = parseWith(createContactMomentSchema, { ...rest, occurredAt }, t);
  if (!dateOk || !timeOk || !parsed.ok) {
    const errors = parsed.ok ? {} : { ...parsed.errors };
    if (!dateOk) errors.date = t('validation.date');
    if (!timeOk) errors.time = t('validation.format');
    delete errors.occurredAt;
    return invalidIn('logMoment', errors, values);
  }
  await locals.api.post(`${path('companies', companyId)}/contact-moments`, parsed.data);
  return done('logMoment', t('relation.momentLogged'));
});

export const addFollowUp = action('addFollowUp', async ({ values, t, locals, companyId }) => {
  const parsed = parseWith(createFollowUpSchema, values, t);
  if (!parsed.ok) return invalidIn('addFollowUp', parsed.errors, values);
  await locals.api.post(`${path('companies', companyId)}/follow-ups`, parsed.data);
  return done('addFollowUp', t('relation.followUpAdded'));
});

/** Done or open again, from the relationship page or "my follow-ups". */
export const followUpDone = action(
  'followUpDone',
  async ({ form, t, locals }) => {
    const id = String(form.get('_followUp') ?? '');
    const parsed = parseWith(updateFollowUpSchema, { done: form.get('done') === 'true' }, t);
    if (!parsed.ok) return invalidIn('followUpDone', parsed.errors, {}, id);
    await locals.api.patch(path('follow-ups', id), parsed.data);
    return done(
      'followUpDone',
      parsed.data.done ? t('relation.followUpDone') : t('relation.followUpReopened'),
      id,
    );
  },
  '_followUp',
);

/** Every action of a company's relationship page. */
export const relationshipActions = {
  addContact,
  editContact,
  makePrimary,
  removeContact,
  setManager,
  removeManager,
  ambassador: setAmbassador,
  logMoment,
  addFollowUp,
  followUpDone,
};
