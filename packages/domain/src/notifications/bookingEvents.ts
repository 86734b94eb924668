import { offerAcceptedReason } from '../booking';
import type { Party } from '../roles';
import type { BookingStatus } from '../vocabulary';
import type { NotificationEvent } from './events';

/** A booking right after a change, as far as its message depends on it. */
export interface ChangedBooking {
  id: string;
  regionId: string;
  status: BookingStatus;
  statusReason: string | null;
  holdExpiresAt: Date | null;
}

/**
 * Which message a booking's change sends, if any (`before` is null for a new booking):
 * - seats offered to a waiting booking (it stays `waitlisted`, now with a hold): the school is
 *   offered them until the hold expires (`booking.promoted` with `holdExpiresAt`);
 * - promoted straight into seats: `booking.promoted`; the school accepting offered seats is a
 *   plain `booking.confirmed` (the offer was the promotion message);
 * - `requested`, new or from the waitlist: the company is asked to approve (`booking.requested`);
 * - cancellations that come with a cancelled session are told once per school by
 *   `session.cancelled`, not per booking; completion and no-shows send nothing.
 */
export function bookingEventOf(
  before: BookingStatus | null,
  after: ChangedBooking,
  action: string,
  party: Party,
): NotificationEvent | null {
  const ids = { regionId: after.regionId, bookingId: after.id };
  if (before === after.status) {
    return after.status === 'waitlisted' && after.holdExpiresAt
      ? { kind: 'booking.promoted', ...ids, holdExpiresAt: after.holdExpiresAt.toISOString() }
      : null;
  }
  switch (after.status) {
    case 'confirmed':
      return before === 'waitlisted' && after.statusReason !== offerAcceptedReason
        ? { kind: 'booking.promoted', ...ids, holdExpiresAt: null }
        : { kind: 'booking.confirmed', ...ids };
    case 'requested':
      return { kind: 'booking.requested', ...ids, fromWaitlist: before === 'waitlisted' };
    case 'waitlisted':
      return before === null ? { kind: 'booking.waitlisted', ...ids } : null;
    case 'declined':
      return { kind: 'booking.declined', ...ids, reason: after.statusReason };
    case 'cancelled':
      if (action === 'booking.cancelled_with_session') return null;
      return { kind: 'booking.cancelled', ...ids, by: party, reason: after.statusReason };
    case 'completed':
    case 'no_show':
      return null;
  }
}
