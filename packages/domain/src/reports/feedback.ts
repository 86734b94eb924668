import type { FeedbackParty } from '../contracts/feedback';
import { fail, ok, type Outcome } from '../outcome';
import { organisationKindOf, type Role } from '../roles';
import type { BookingStatus } from '../vocabulary';

/** The party a role gives feedback as; bureau roles give none. */
export const feedbackPartyOf = (role: Role): FeedbackParty | null => organisationKindOf(role);

/**
 * Feedback opens when the activity is over: the session has ended and the booking is
 * `completed` (a no-show or cancelled booking has no activity to rate).
 */
export function feedbackWindow(
  booking: { status: BookingStatus; endsAt: Date },
  now: Date,
): Outcome<true> {
  if (booking.endsAt.getTime() > now.getTime()) {
    return fail('feedback_not_open', 'the session has not ended yet', { reason: 'not_ended' });
  }
  if (booking.status !== 'completed') {
    return fail('feedback_not_open', `a ${booking.status} booking takes no feedback`, {
      reason: 'not_completed',
    });
  }
  return ok(true);
}
