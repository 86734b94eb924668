import { fromLocal, hoursAsked, type CreateRequest } from '@stagebureau/domain';
import type { Translate } from '$lib/i18n';
import type { EditorClass, RequestSummary } from '$lib/requests';
import { formObject, type FieldErrors, type FormValues } from './forms';

/** The demand side's forms read into the domain's contracts (no IO: unit-tested). */

/** The editor's starting values: every weekday, a morning at school, one occasion of 2 hours. */
export const editorDefaults = (): FormValues => ({
  type: 'guest_lesson',
  occasionsPerClass: 1,
  hoursPerOccasion: 2,
  weekdays: [1, 2, 3, 4, 5],
  partOfDay: 'morning',
  location: 'at_school',
});

/** The request editor's fields as createRequestSchema expects them. */
export function requestValues(form: FormData): FormValues {
  const values = formObject(form, {
    numbers: ['occasionsPerClass', 'hoursPerOccasion'],
    lists: ['levels', 'schoolYears', 'vmboProfiles', 'sectorTags', 'classIds', 'weekdays'],
  });
  values.schoolYears = (values.schoolYears as string[]).map(Number);
  values.weekdays = (values.weekdays as string[]).map(Number);
  return values;
}

/** How companies will read the request, computed from the form (nothing is saved). */
export function previewOf(
  data: CreateRequest,
  classes: readonly EditorClass[],
  schoolName: string | null,
): RequestSummary {
  const chosen = classes.filter((schoolClass) => data.classIds.includes(schoolClass.id));
  const schools = new Set(chosen.map((schoolClass) => schoolClass.schoolId));
  return {
    ...data,
    schoolName: schools.size > 1 ? null : (chosen[0]?.schoolName ?? schoolName),
    classes: chosen.length,
    pupils: chosen.reduce((sum, schoolClass) => sum + schoolClass.size, 0),
    hoursAsked: hoursAsked(data.hoursPerOccasion, chosen.length * data.occasionsPerClass),
  };
}

/** The domain's period checks in the user's language. */
export function termsMessage(message: string, t: Translate): string {
  if (message.includes('past')) return t('demand.error.past');
  if (message.includes('one school year')) return t('demand.error.oneSchoolYear');
  if (message.includes('after periodUntil')) return t('demand.error.deadlineAfterPeriod');
  if (message.includes('before periodFrom')) return t('demand.error.untilBeforeFrom');
  return message;
}

/** Form field names of a part's proposed moment on the company's sign-up form. */
export const partField = (field: 'date' | 'start' | 'end', partId: string) => `${field}-${partId}`;

/**
 * The company's sign-up form as createSignUpSchema's body: the chosen parts (checkboxes
 * `partIds`) each with a date, start and end in Amsterdam. Errors are keyed `part-<partId>`.
 */
export function signUpBody(form: FormData): {
  body: FormValues;
  partIds: string[];
  errors: FieldErrors;
  values: FormValues;
} {
  const values = formObject(form, { lists: ['partIds'] });
  const partIds = values.partIds as string[];
  const errors: FieldErrors = {};
  const parts = partIds.map((partId) => {
    const [date, start, end] = (['date', 'start', 'end'] as const).map((field) =>
      String(form.get(partField(field, partId)) ?? '').trim(),
    );
    if (
      !/^\d{4}-\d{2}-\d{2}$/.test(date!) ||
      !/^\d{2}:\d{2}$/.test(start!) ||
      !/^\d{2}:\d{2}$/.test(end!)
    ) {
      errors[`part-${partId}`] = 'incomplete';
      return { partId, startsAt: '', endsAt: '' };
    }
    return {
      partId,
      startsAt: fromLocal({ date: date!, time: start! }).toISOString(),
      endsAt: fromLocal({ date: date!, time: end! }).toISOString(),
    };
  });
  const body: FormValues = {
    parts,
    contactName: values.contactName,
    contactEmail: values.contactEmail,
    note: values.note ?? '',
  };
  if (values.contactPhone) body.contactPhone = values.contactPhone;
  if (values.locationKind) body.locationKind = values.locationKind;
  return { body, partIds, errors, values };
}

/** `parts.2.startsAt` (from zod or the API) → the field group of the third chosen part. */
export function partErrors(errors: FieldErrors, partIds: readonly string[]): FieldErrors {
  const mapped: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const match = /^parts\.(\d+)/.exec(path);
    const partId = match ? partIds[Number(match[1])] : undefined;
    const key = partId ? `part-${partId}` : path === 'parts' ? 'partIds' : path;
    mapped[key] ??= message;
  }
  return mapped;
}
