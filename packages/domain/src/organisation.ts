import { fail, ok, type Outcome } from './outcome';
import { isBureau, type Actor } from './roles';
import type { OrganisationStatus } from './vocabulary';

/** The bureau's approval flow: approve a pending organisation, suspend and reinstate it. */
const allowedStatusChanges: Record<OrganisationStatus, readonly OrganisationStatus[]> = {
  pending: ['active'],
  active: ['suspended'],
  suspended: ['active'],
};

export function changeOrganisationStatus(
  from: OrganisationStatus,
  to: OrganisationStatus,
): Outcome<OrganisationStatus> {
  if (!allowedStatusChanges[from].includes(to)) {
    return fail('invalid_transition', `${from} → ${to} is not allowed`, { from, to });
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
