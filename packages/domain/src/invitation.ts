import { fail, ok, type Outcome } from './outcome';
import {
  bureauRoles,
  companyRoles,
  isBureau,
  organisationKindOf,
  roles,
  schoolRoles,
  type OrganisationKind,
  type Role,
} from './roles';

/** An invitation link works for a week; after that the bureau sends a new one. */
export const invitationValidityDays = 7;

export const invitationExpiresAt = (now: Date): Date =>
  new Date(now.getTime() + invitationValidityDays * 86_400_000);

/**
 * A role belongs to its kind of organisation: bureau roles to none, company roles to a company,
 * school roles to a school. `organisationKind` is null when the invitation names no organisation.
 */
export function invitationTargetFits(
  role: Role,
  organisationKind: OrganisationKind | null,
): Outcome<true> {
  const expected = organisationKindOf(role);
  if (expected === organisationKind) return ok(true);
  const detail =
    expected === null
      ? `${role} belongs to no organisation: organisationId must be null`
      : `${role} needs a ${expected} organisation`;
  return fail('validation_failed', detail, {
    errors: [{ path: 'body.organisationId', message: detail }],
  });
}

/** Whether a stored invitation can still be accepted at `now`: once, and before it expires. */
export function invitationAcceptable(
  invitation: { acceptedAt: Date | null; expiresAt: Date },
  now: Date,
): Outcome<true> {
  if (invitation.acceptedAt) return fail('invitation_invalid', 'already accepted');
  if (invitation.expiresAt.getTime() <= now.getTime()) return fail('invitation_invalid', 'expired');
  return ok(true);
}

/**
 * The roles an actor may hand out: the bureau any; a company admin company roles, a school
 * coordinator school roles (into their own organisation, which the policy's scope checks);
 * everyone else none.
 */
export function invitableRoles(inviter: Role): readonly Role[] {
  if (isBureau(inviter)) return roles;
  if (inviter === 'company_admin') return companyRoles;
  if (inviter === 'school_coordinator') return schoolRoles;
  return [];
}

/**
 * The role an invitation form preselects: the least powerful one that fits the organisation,
 * so giving more power is a deliberate choice.
 */
export function leastPowerfulRole(organisationKind: OrganisationKind | null): Role {
  if (organisationKind === 'company') return companyRoles[companyRoles.length - 1]!;
  if (organisationKind === 'school') return schoolRoles[schoolRoles.length - 1]!;
  return bureauRoles[bureauRoles.length - 1]!;
}

/** Whether `inviter` may hand out `role` into the organisation with id `organisationId`. */
export function invitationAllowed(
  inviter: { role: Role; organisationId: string | null },
  invited: { role: Role; organisationId: string | null },
): Outcome<true> {
  if (!invitableRoles(inviter.role).includes(invited.role))
    return fail('forbidden', `${inviter.role} cannot invite a ${invited.role}`);
  if (!isBureau(inviter.role) && invited.organisationId !== inviter.organisationId)
    return fail('not_found', 'only into your own organisation');
  return ok(true);
}
