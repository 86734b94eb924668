import { fromLocal, toLocal, type Offer } from '@stagebureau/domain';
import { formObject, type FormValues } from './forms';

const numbers = [
  'durationMinutes',
  'minimumAge',
  'defaultSeats',
  'capPerSchoolPerSession',
  'capPerSchoolPerOffer',
  'cancellationDeadlineHours',
  'inKindHoursPerSession',
];
const nullable = [
  'street',
  'postcode',
  'city',
  'minimumAge',
  'contactPhone',
  'capPerSchoolPerSession',
  'capPerSchoolPerOffer',
  'opensAt',
];

/** `2026-03-01T09:00` typed in Amsterdam → an ISO instant; anything else is left for zod. */
export function amsterdamInstant(local: unknown): unknown {
  if (typeof local !== 'string') return local;
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(local);
  return match ? fromLocal({ date: match[1]!, time: match[2]! }).toISOString() : local;
}

export function amsterdamInput(iso: string | null): string {
  if (!iso) return '';
  const { date, time } = toLocal(new Date(iso));
  return `${date}T${time}`;
}

/** The offer editor's fields as the domain's offer contract expects them. */
export function offerValues(formData: FormData): FormValues {
  const values = formObject(formData, {
    numbers,
    nullable,
    booleans: ['requiresApproval', 'waitlistEnabled'],
    lists: ['levels', 'vmboProfiles', 'schoolYears', 'sectorTags'],
  });
  values.schoolYears = (values.schoolYears as string[]).map(Number);
  values.opensAt = amsterdamInstant(values.opensAt);
  values.description ??= '';
  values.requirements ??= '';
  return values;
}

/** An offer as the editor's initial values (times in Amsterdam). */
export function editorValues(offer: Offer): FormValues {
  return { ...offer, opensAt: amsterdamInput(offer.opensAt) };
}
