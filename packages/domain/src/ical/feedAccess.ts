import { can, type Decision, type Resource } from '../policy';
import { isBureau, organisationKindOf, type Actor, type OrganisationKind } from '../roles';
import type { FeedScope } from '../vocabulary';

/** Which scopes a member of each organisation kind may subscribe to (the bureau: all). */
export const feedScopesByOrganisationKind: Record<OrganisationKind, readonly FeedScope[]> = {
  school: ['school', 'class'],
  company: ['company', 'offer'],
};

/**
 * Whether an actor may have a feed of this scope on this target. Asked when the feed is
 * created and again on every fetch, so a feed follows its creator's current rights.
 * `target.organisationId` is the organisation that owns the scope (null for a region).
 */
export function canSubscribe(actor: Actor, scope: FeedScope, target: Resource): Decision {
  const decision = can(actor, 'feed.manage', target);
  if (decision !== 'allow' || isBureau(actor.role)) return decision;
  const kind = organisationKindOf(actor.role);
  const scopeAllowed = kind !== null && feedScopesByOrganisationKind[kind].includes(scope);
  const owner = target.organisationId ?? null;
  // A region has no owner: only the bureau's. Another organisation's scope does not exist.
  if (owner !== null && owner !== actor.organisationId) return 'not_found';
  return scopeAllowed ? 'allow' : 'forbidden';
}

/** Who sees a booking: its school, the company whose offer it is, and the region's bureau. */
export function canSeeBooking(
  actor: Actor,
  booking: { regionId: string; schoolId: string; companyId: string },
): Decision {
  if (booking.regionId !== actor.regionId) return 'not_found';
  if (isBureau(actor.role)) return 'allow';
  const own = actor.organisationId;
  return own === booking.schoolId || own === booking.companyId ? 'allow' : 'not_found';
}
