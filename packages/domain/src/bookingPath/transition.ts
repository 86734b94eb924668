import type { Transition } from '../booking';
import { bookingEventOf } from '../notifications/bookingEvents';
import type { Party } from '../roles';
import type { BookingStatus } from '../vocabulary';
import { combine, raising, type BookingEffects } from './effects';

/** A booking as a status change sees it. */
export interface ChangingBooking {
  id: string;
  regionId: string;
  sessionId: string;
  offerId: string;
  schoolId: string;
  status: BookingStatus;
  holdExpiresAt: Date | null;
}

/**
 * The side effects of one status change (cancel, approve, promote, expire, no-show…), as
 * data: one audit row, the conflicts the transition raises (with ids the caller chose) and
 * the message it sends. The same for every trigger, like `decideNewBooking`'s effects.
 */
export function transitionEffects(
  booking: ChangingBooking,
  transition: Transition,
  input: { action: string; party: Party; conflictIds: readonly string[] },
): BookingEffects {
  const after = {
    ...booking,
    status: transition.status,
    holdExpiresAt: transition.holdExpiresAt,
    statusReason: transition.reason,
  };
  const event = bookingEventOf(booking.status, after, input.action, input.party);
  return combine(
    {
      audit: [
        {
          entity: 'booking',
          entityId: booking.id,
          action: input.action,
          before: { status: booking.status, holdExpiresAt: booking.holdExpiresAt },
          after: { status: transition.status, holdExpiresAt: transition.holdExpiresAt },
          reason: transition.reason,
        },
      ],
      notifications: event ? [event] : [],
    },
    ...transition.raises.map((type, index) =>
      raising({
        id: input.conflictIds[index]!,
        regionId: booking.regionId,
        type,
        sessionId: booking.sessionId,
        offerId: booking.offerId,
        schoolId: booking.schoolId,
        bookingIds: [booking.id],
        details: { previousStatus: booking.status, reason: transition.reason },
      }),
    ),
  );
}
