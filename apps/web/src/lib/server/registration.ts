import { companyRegistrationSchema } from '@stagebureau/domain';
import type { Translate } from '$lib/i18n';
import { ApiProblem } from './api';
import { formObject, parseWith, type FieldErrors, type FormValues } from './forms';

/**
 * The sign-up form's trap for bots: a field people never see (hidden by CSS and from screen
 * readers, no autofill) that form-filling scripts do fill. A filled one is answered as if it
 * worked, and nothing is sent. Its `_` keeps it out of the parsed values.
 */
export const honeypotField = '_opmerking';

export const caughtByHoneypot = (form: FormData) =>
  String(form.get(honeypotField) ?? '').trim() !== '';

/** The messages for the formats a visitor gets wrong most, instead of "invalid format". */
const formatMessages: Record<string, Parameters<Translate>[0]> = {
  kvkNumber: 'signup.kvkFormat',
  postcode: 'signup.postcodeFormat',
  contactPhone: 'signup.phoneFormat',
};

export function parseRegistration(form: FormData, language: App.Locals['language'], t: Translate) {
  const values: FormValues = { ...formObject(form, { lists: ['sectorTags'] }), language };
  const parsed = parseWith(companyRegistrationSchema, values, t);
  if (!parsed.ok)
    for (const [field, key] of Object.entries(formatMessages))
      if (parsed.errors[field] && values[field] !== undefined) parsed.errors[field] = t(key);
  return { values, parsed };
}

/** A refusal the visitor can act on, on the field it is about. */
export function registrationFieldErrors(problem: unknown, t: Translate): FieldErrors | null {
  if (!(problem instanceof ApiProblem)) return null;
  if (problem.code === 'kvk_registered') return { kvkNumber: t('signup.kvkRegistered') };
  if (problem.code === 'email_taken') return { contactEmail: t('signup.emailTaken') };
  return null;
}
