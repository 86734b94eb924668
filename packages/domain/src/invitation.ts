import { fail, ok, type Outcome } from './outcome';
import { organisationKindOf, type OrganisationKind, type Role } from './roles';

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
