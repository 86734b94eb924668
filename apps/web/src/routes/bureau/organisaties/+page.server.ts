import {
  createdInvitationSchema,
  createInvitationSchema,
  createOrganisationSchema,
  organisationListQuerySchema,
  organisationListSchema,
  organisationSchema,
  organisationStatusChangeSchema,
  registrationListSchema,
} from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { setFlash } from '$lib/server/flash';
import { formObject, invalid, parseWith, problemFailure } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  const raw = Object.fromEntries(
    ['kind', 'status', 'q']
      .map((name) => [name, url.searchParams.get(name)?.trim() ?? ''])
      .filter(([, value]) => value),
  );
  const query = organisationListQuerySchema.safeParse(raw);
  const { items } = await locals.api.get('/organisations', organisationListSchema, {
    query: query.success ? query.data : {},
  });
  // The invite form lists every organisation, not only the filtered ones.
  const all =
    query.success && Object.keys(raw).length === 0
      ? items
      : (await locals.api.get('/organisations', organisationListSchema)).items;
  // A self-registered company is decided on the registrations page, which invites its admin.
  const registrations = await locals.api.get('/registrations', registrationListSchema, {
    query: { status: 'pending' },
  });
  const registered = registrations.items.map((registration) => registration.organisation.id);
  return { organisations: items, all, filters: raw, registered };
};

export const actions: Actions = {
  status: async ({ request, locals, cookies }) => {
    const t = translator(locals.language);
    const form = await request.formData();
    const id = String(form.get('_id') ?? '');
    const values = formObject(form);
    const parsed = parseWith(organisationStatusChangeSchema, values, t);
    if (!parsed.ok) return invalid(parsed.errors, values);
    try {
      const { data } = await locals.api.post(
        `/organisations/${encodeURIComponent(id)}/status`,
        parsed.data,
        organisationSchema,
      );
      const status = t(`orgStatus.${data.status}`);
      setFlash(cookies, {
        kind: 'success',
        message: t('orgs.statusChanged', { name: data.name, status }),
      });
    } catch (problem) {
      return problemFailure(problem, values);
    }
    return { changed: id };
  },
  invite: async ({ request, locals }) => {
    const t = translator(locals.language);
    const values = formObject(await request.formData(), { nullable: ['organisationId'] });
    const parsed = parseWith(createInvitationSchema, values, t);
    if (!parsed.ok) return invalid(parsed.errors, values);
    try {
      const { data } = await locals.api.post('/invitations', parsed.data, createdInvitationSchema);
      return {
        toast: { kind: 'success' as const, message: t('orgs.invited', { email: data.email }) },
        acceptUrl: data.acceptUrl,
      };
    } catch (problem) {
      return problemFailure(problem, values);
    }
  },
  create: async ({ request, locals, cookies }) => {
    const t = translator(locals.language);
    const values = formObject(await request.formData());
    const parsed = parseWith(createOrganisationSchema, values, t);
    if (!parsed.ok) return invalid(parsed.errors, values);
    try {
      const { data } = await locals.api.post('/organisations', parsed.data, organisationSchema);
      setFlash(cookies, { kind: 'success', message: t('orgs.created', { name: data.name }) });
    } catch (problem) {
      return problemFailure(problem, values);
    }
    return { created: true };
  },
};
