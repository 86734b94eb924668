import { fail } from '@sveltejs/kit';
import type { z } from 'zod';
import type { Translate } from '$lib/i18n';
import { ApiProblem } from './api';

export type FieldErrors = Record<string, string>;
export type FormValues = Record<string, unknown>;

export interface FieldKinds {
  numbers?: string[];
  booleans?: string[];
  lists?: string[];
  /** Fields whose empty value means null (e.g. "no location"), not "left out". */
  nullable?: string[];
}

/**
 * Reads a submitted form into a plain object for a domain schema: trimmed strings, empty fields
 * left out, numbers, checkboxes and multi-selects converted as declared.
 */
export function formObject(formData: FormData, kinds: FieldKinds = {}): FormValues {
  const values: FormValues = {};
  const keys = new Set([...formData.keys()].filter((key) => !key.startsWith('_')));
  for (const key of kinds.booleans ?? []) values[key] = formData.get(key) !== null;
  for (const key of keys) {
    if (kinds.booleans?.includes(key)) continue;
    if (kinds.lists?.includes(key)) {
      values[key] = formData
        .getAll(key)
        .map((item) => String(item).trim())
        .filter(Boolean);
      continue;
    }
    const raw = String(formData.get(key) ?? '').trim();
    if (raw === '') {
      if (kinds.nullable?.includes(key)) values[key] = null;
      continue;
    }
    values[key] = kinds.numbers?.includes(key) && !Number.isNaN(Number(raw)) ? Number(raw) : raw;
  }
  for (const key of kinds.lists ?? []) values[key] ??= [];
  return values;
}

/** A zod issue in the user's language (the schemas' own messages are for developers). */
export function validationMessage(issue: z.core.$ZodIssue, t: Translate): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null || issue.input === '')
        return t('validation.required');
      return issue.expected === 'number' ? t('validation.number') : t('validation.invalid');
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? t('validation.required')
          : t('validation.tooShort', { min: Number(issue.minimum) });
      return t('validation.tooSmall', { min: Number(issue.minimum) });
    case 'too_big':
      return issue.origin === 'string'
        ? t('validation.tooLong', { max: Number(issue.maximum) })
        : t('validation.tooBig', { max: Number(issue.maximum) });
    case 'invalid_format':
      if (issue.format === 'email') return t('validation.email');
      if (issue.format === 'date' || issue.format === 'datetime') return t('validation.date');
      return t('validation.format');
    case 'invalid_value':
      return t('validation.choice');
    default:
      return t('validation.invalid');
  }
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

export function parseWith<S extends z.ZodType>(
  schema: S,
  values: FormValues,
  t: Translate,
): Parsed<z.infer<S>> {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join('.') || '_form';
    errors[path] ??= validationMessage(issue, t);
  }
  return { ok: false, errors };
}

/** The shape every failed form action returns, so pages and toasts read it the same way. */
export interface FormFailure {
  errors: FieldErrors;
  values: FormValues;
  problem?: { code: string; title: string; detail?: string; extra?: Record<string, unknown> };
  /** A sentence that says what to do next, when the page knows better than the API's title. */
  message?: string;
  /** The page shows the refusal next to its form (ProblemNotice): the layout does not toast it. */
  inline?: true;
}

export function invalid(errors: FieldErrors, values: FormValues) {
  const body: FormFailure = { errors, values: withoutSecrets(values) };
  return fail(422, body);
}

/**
 * Maps an API problem to a form failure: field errors by field name, the title for the toast, or
 * for the page's own notice next to the form when `inline` (then once, where the user looks).
 */
export function problemFailure(
  problem: unknown,
  values: FormValues,
  message?: string,
  options: { inline?: boolean } = {},
) {
  if (!(problem instanceof ApiProblem)) throw problem;
  const errors: FieldErrors = {};
  for (const fieldError of problem.fieldErrors) {
    const field = fieldError.path.replace(/^(body|query|params)\.?/, '') || '_form';
    errors[field] ??= fieldError.message;
  }
  const status = problem.status >= 400 && problem.status < 500 ? problem.status : 503;
  const body: FormFailure = {
    errors,
    values: withoutSecrets(values),
    problem: {
      code: problem.code,
      title: problem.title,
      ...(problem.detail ? { detail: problem.detail } : {}),
      extra: problem.extra,
    },
    ...(message ? { message } : {}),
    ...(options.inline ? { inline: true as const } : {}),
  };
  return fail(status, body);
}

const withoutSecrets = (values: FormValues): FormValues =>
  Object.fromEntries(Object.entries(values).filter(([key]) => !/password|token/i.test(key)));
