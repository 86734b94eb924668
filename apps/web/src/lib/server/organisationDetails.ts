import { error } from '@sveltejs/kit';
import { organisationSchema, updateOrganisationSchema } from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { formObject, invalid, parseWith, problemFailure } from './forms';

/**
 * An organisation's address, position and contact details (issue 21: distances start from
 * here), edited by the bureau or by the organisation's own admin; the API checks who may.
 */
export async function loadOrganisationDetails(locals: App.Locals, id: string) {
  return locals.api.get(`/organisations/${encodeURIComponent(id)}`, organisationSchema);
}

/**
 * The signed-in organisation's own address, to start a new offer or workplace from; blank when
 * it cannot be read (the form then simply starts empty).
 */
export async function ownAddress(
  locals: App.Locals,
): Promise<{ street?: string | null; postcode?: string | null; city?: string | null }> {
  const id = locals.me?.organisation?.id;
  if (!id) return {};
  try {
    const { street, postcode, city } = await loadOrganisationDetails(locals, id);
    return { street, postcode, city };
  } catch {
    return {};
  }
}

const editable = [
  'street',
  'postcode',
  'city',
  'latitude',
  'longitude',
  'contactEmail',
  'contactPhone',
  'website',
] as const;

/** Dutch keyboards type a decimal comma: `52,9925` is 52.9925. */
const decimal = (value: unknown) =>
  typeof value === 'string' && /^-?\d+,\d+$/.test(value) ? Number(value.replace(',', '.')) : value;

export async function saveOrganisationDetails(
  locals: App.Locals,
  id: string | undefined,
  request: Request,
) {
  if (!id) error(404, { message: 'not found' });
  const t = translator(locals.language);
  const values = formObject(await request.formData(), {
    numbers: ['latitude', 'longitude'],
    nullable: [...editable],
  });
  const body = Object.fromEntries(
    editable.map((name) => [name, decimal(values[name] ?? null)] as const),
  );
  const parsed = parseWith(updateOrganisationSchema, body, t);
  if (!parsed.ok) return invalid(parsed.errors, values);
  try {
    await locals.api.patch(
      `/organisations/${encodeURIComponent(id)}`,
      parsed.data,
      organisationSchema,
    );
  } catch (problem) {
    return problemFailure(problem, values);
  }
  return { toast: { kind: 'success' as const, message: t('orgDetails.saved') } };
}
