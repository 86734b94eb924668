import { fail, ok, type Outcome } from './outcome';
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
