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
  if ((target.organisationId ?? null) !== actor.organisationId) return 'not_found';
  const kind = organisationKindOf(actor.role);
  return kind && feedScopesByOrganisationKind[kind].includes(scope) ? 'allow' : 'forbidden';
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
