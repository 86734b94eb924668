import {
  createdInvitationSchema,
  createInvitationSchema,
  invitableRoles,
  invitationListSchema,
  leastPowerfulRole,
  type Me,
} from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { formObject, invalid, parseWith, problemFailure } from './forms';

/**
 * The colleagues page of a company admin or a school coordinator (issue 21): the roles they
 * may hand out, the least powerful preselected, and the invitations already sent. Others in
 * the organisation see who to ask.
 */
export async function loadColleagues(locals: App.Locals, me: Me) {
  const roles = invitableRoles(me.role);
  const kind = me.organisation?.kind ?? null;
  if (roles.length === 0)
    return { roles, defaultRole: null, invitations: [], organisationName: me.organisation?.name };
  const { items } = await locals.api.get('/invitations', invitationListSchema);
  return {
    roles,
    defaultRole: leastPowerfulRole(kind),
    invitations: items,
    organisationName: me.organisation?.name,
  };
}

/** Invites into the user's own organisation: the id comes from the session, never the form. */
export async function inviteColleague(request: Request, locals: App.Locals, me: Me) {
  const t = translator(locals.language);
  const values = formObject(await request.formData());
  const parsed = parseWith(
    createInvitationSchema,
    { ...values, organisationId: me.organisation?.id ?? null },
    t,
  );
  if (!parsed.ok) return invalid(parsed.errors, values);
  try {
    const { data } = await locals.api.post('/invitations', parsed.data, createdInvitationSchema);
    return {
      toast: { kind: 'success' as const, message: t('colleagues.sent', { email: data.email }) },
    };
  } catch (problem) {
    return problemFailure(problem, values, undefined, { inline: true });
  }
}
