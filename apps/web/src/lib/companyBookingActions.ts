import {
  approve,
  decline,
  noShowReportableUntil,
  reportNoShow,
  type Booking,
} from '@stagebureau/domain';
import { bookingStateOf } from './bookingState';

/**
 * What the company may do now with a booking on one of its sessions: the domain's transitions
 * decide, so the page offers exactly what the API accepts (a no-show also after the sweep
 * completed the booking, within the domain's window). `noShowUntil` says until when, so the
 * company knows the report is not open for ever.
 */
export function companyBookingActions(booking: Booking, now: Date) {
  const state = bookingStateOf(booking);
  const noShow = reportNoShow(state, now, '').ok;
  return {
    approve: approve(state, now).ok,
    decline: decline(state, '').ok,
    noShow,
    noShowUntil: noShow ? noShowReportableUntil(state.endsAt).toISOString() : null,
    feedback: booking.status === 'completed',
  };
}
