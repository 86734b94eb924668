import type { Transaction } from '@stagebureau/db';
import { bookingEventOf, partyOf, type BookingStatus } from '@stagebureau/domain';
import { notify } from './notify';

interface BookingState {
  id: string;
  regionId: string;
  status: BookingStatus;
  statusReason?: string | null;
  holdExpiresAt?: Date | null;
}

/**
 * The bookings module's hook: a new booking (`before` null) or a status change. Which message
 * it sends is the domain's `bookingEventOf`; who acted is the domain's `partyOf`.
 */
export async function notifyBookingChange(
  tx: Transaction,
  actorRole: string,
  before: BookingStatus | null,
  after: BookingState,
  action: string,
): Promise<void> {
  const changed = {
    ...after,
    statusReason: after.statusReason ?? null,
    holdExpiresAt: after.holdExpiresAt ?? null,
  };
  const event = bookingEventOf(before, changed, action, partyOf(actorRole));
  if (event) await notify(tx, event);
}
