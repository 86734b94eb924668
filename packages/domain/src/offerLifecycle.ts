import { fail, ok, type Outcome } from './outcome';
import type { BookingMode, LocationKind, OfferStatus } from './vocabulary';

/** Which status changes an offer may make: draft → published → archived (or draft → archived). */
const allowedTransitions: Record<OfferStatus, readonly OfferStatus[]> = {
  draft: ['published', 'archived'],
  published: ['archived'],
  archived: [],
  arranged: ['archived'],
};

export interface OfferForTransition {
  status: OfferStatus;
  bookingMode: BookingMode;
  availability: unknown | null;
}

/** An on-request offer cannot be published without saying when the company is available. */
export function transitionOffer(offer: OfferForTransition, to: OfferStatus): Outcome<OfferStatus> {
  if (!allowedTransitions[offer.status].includes(to))
    return fail('invalid_transition', `an offer cannot go from ${offer.status} to ${to}`, {
      from: offer.status,
      to,
    });
  if (to === 'published' && offer.bookingMode === 'on_request' && offer.availability == null)
    return fail('validation_failed', 'an on-request offer needs availability before publishing', {
      errors: [{ path: 'body.availability', message: 'required to publish' }],
    });
  return ok(to);
}

export interface OfferLocation {
  locationKind: LocationKind;
  street?: string | null;
  postcode?: string | null;
  city?: string | null;
}

/** Where to go must be known for a visit at the company; the other kinds need no address. */
export function locationProblems(location: OfferLocation): { path: string; message: string }[] {
  if (location.locationKind !== 'at_company') return [];
  return (['street', 'postcode', 'city'] as const)
    .filter((field) => !location[field])
    .map((field) => ({ path: field, message: 'required when the location is at_company' }));
}

/** Fields that appear in a calendar event: changing one must bump the sessions' SEQUENCE. */
export const calendarFields = [
  'title',
  'description',
  'locationKind',
  'street',
  'postcode',
  'city',
  'latitude',
  'longitude',
  'requirements',
  'minimumAge',
  'contactName',
  'contactEmail',
  'contactPhone',
] as const;

export function changesCalendar(
  before: Partial<Record<(typeof calendarFields)[number], unknown>>,
  change: Partial<Record<(typeof calendarFields)[number], unknown>>,
): boolean {
  return calendarFields.some((field) => field in change && change[field] !== before[field]);
}

/**
 * Who sees an offer: the bureau and the owning company always, everyone else only while it
 * is published (drafts and archived offers answer 404 to them).
 */
export function offerVisibleTo(
  actor: { role: string; organisationId: string | null },
  offer: { organisationId: string; status: OfferStatus },
): boolean {
  if (actor.role === 'bureau_admin' || actor.role === 'bureau_staff') return true;
  if (actor.organisationId === offer.organisationId) return true;
  return offer.status === 'published';
}
