import { fail, ok, type Outcome } from './outcome';
import { isBureau, type Actor } from './roles';
import type { OrganisationStatus } from './vocabulary';

/**
 * The bureau's approval flow: approve or reject a pending organisation, suspend and reinstate
 * an active one. A rejection is final (the applicant registers again if the bureau agrees).
 */
const allowedStatusChanges: Record<OrganisationStatus, readonly OrganisationStatus[]> = {
  pending: ['active', 'rejected'],
  active: ['suspended'],
  suspended: ['active'],
  rejected: [],
};

/** A rejection tells the applicant why, so it needs a reason. */
export function changeOrganisationStatus(
  from: OrganisationStatus,
  to: OrganisationStatus,
  reason?: string | null,
): Outcome<OrganisationStatus> {
  if (!allowedStatusChanges[from].includes(to)) {
    return fail('invalid_transition', `${from} → ${to} is not allowed`, { from, to });
  }
  if (to === 'rejected' && !reason?.trim()) {
    const detail = 'a rejection needs a reason';
    return fail('validation_failed', detail, {
      errors: [{ path: 'body.reason', message: detail }],
    });
  }
  return ok(to);
}

/**
 * Outside the bureau, an organisation exists for a user only once it is active (the public
 * catalogue), or when it is the user's own. Pending and suspended ones answer 404.
 */
export function organisationVisibleTo(
  actor: Pick<Actor, 'role' | 'organisationId'>,
  organisation: { id: string; status: OrganisationStatus },
): boolean {
  return (
    isBureau(actor.role) ||
    organisation.status === 'active' ||
    organisation.id === actor.organisationId
  );
}
