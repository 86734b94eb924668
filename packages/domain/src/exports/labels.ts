import type { PlacementStatus } from '../placements/vocabulary';
import type { BookingStatus } from '../vocabulary';

/**
 * Status names as an export shows them; the web's `bookingStatus.*` and `placements.phase.*`
 * texts say the same (a web test holds them equal).
 */
export const bookingStatusLabels: Record<BookingStatus, { nl: string; en: string }> = {
  requested: { nl: 'Aangevraagd', en: 'Requested' },
  confirmed: { nl: 'Bevestigd', en: 'Confirmed' },
  waitlisted: { nl: 'Op de wachtlijst', en: 'Waitlisted' },
  declined: { nl: 'Afgewezen', en: 'Declined' },
  cancelled: { nl: 'Geannuleerd', en: 'Cancelled' },
  completed: { nl: 'Afgerond', en: 'Completed' },
  no_show: { nl: 'Niet verschenen', en: 'No-show' },
};

export const placementStatusLabels: Record<PlacementStatus, { nl: string; en: string }> = {
  proposed: { nl: 'Voorgesteld', en: 'Proposed' },
  accepted: { nl: 'Geaccepteerd', en: 'Accepted' },
  declined: { nl: 'Afgewezen', en: 'Declined' },
  signed: { nl: 'Ondertekend', en: 'Signed' },
  completed: { nl: 'Afgerond', en: 'Completed' },
  cancelled: { nl: 'Geannuleerd', en: 'Cancelled' },
};
