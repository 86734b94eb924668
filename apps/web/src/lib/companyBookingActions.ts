import { approve, decline, reportNoShow, type Booking } from '@stagebureau/domain';
import { bookingStateOf } from './bookingState';

/**
 * What the company may do now with a booking on one of its sessions: the domain's transitions
 * decide, so the page offers exactly what the API accepts (a no-show also after the sweep
 * completed the booking, within the domain's window).
 */
export function companyBookingActions(booking: Booking, now: Date) {
  const state = bookingStateOf(booking);
  return {
    approve: approve(state, now).ok,
    decline: decline(state, '').ok,
    noShow: reportNoShow(state, now, '').ok,
    feedback: booking.status === 'completed',
  };
}
