import type { Transaction } from '@stagebureau/db';
import type { BookingStatus, CancellingParty } from '@stagebureau/domain';
import type { NotificationEvent } from './events';
import { notify } from './notify';

interface BookingState {
  id: string;
  regionId: string;
  status: BookingStatus;
  statusReason?: string | null;
}

const partyOf = (role: string): CancellingParty =>
  role.startsWith('school') || role === 'teacher'
    ? 'school'
    : role.startsWith('company')
      ? 'company'
      : role.startsWith('bureau')
        ? 'bureau'
        : 'system';

/**
 * Which message a booking's status change sends, if any. Cancellations that come with a
 * cancelled session are told once per school by `session.cancelled`, not per booking.
 */
export function bookingEventOf(
  before: BookingStatus | null,
  after: BookingState,
  action: string,
  actorRole: string,
): NotificationEvent | null {
  const ids = { regionId: after.regionId, bookingId: after.id };
  if (before === after.status) return null;
  switch (after.status) {
    case 'confirmed':
      return before === 'waitlisted'
        ? { kind: 'booking.promoted', ...ids }
        : { kind: 'booking.confirmed', ...ids };
    case 'requested':
      return before === 'waitlisted' ? { kind: 'booking.promoted', ...ids } : null;
    case 'waitlisted':
      return before === null ? { kind: 'booking.waitlisted', ...ids } : null;
    case 'declined':
      return { kind: 'booking.declined', ...ids, reason: after.statusReason ?? null };
    case 'cancelled':
      if (action === 'booking.cancelled_with_session') return null;
      return {
        kind: 'booking.cancelled',
        ...ids,
        by: partyOf(actorRole),
        reason: after.statusReason ?? null,
      };
    default:
      return null;
  }
}

/** The bookings module's hook: a new booking (`before` null) or a status change. */
export async function notifyBookingChange(
  tx: Transaction,
  actorRole: string,
  before: BookingStatus | null,
  after: BookingState,
  action: string,
): Promise<void> {
  const event = bookingEventOf(before, after, action, actorRole);
  if (event) await notify(tx, event);
}
