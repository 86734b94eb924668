import type { Booking, BookingState } from '@stagebureau/domain';

/** A booking as the API answers it, as the domain's rules read it (instants as dates). */
export const bookingStateOf = (booking: Booking): BookingState => ({
  status: booking.status,
  seats: booking.seats,
  holdExpiresAt: booking.holdExpiresAt ? new Date(booking.holdExpiresAt) : null,
  startsAt: new Date(booking.startsAt),
  endsAt: new Date(booking.endsAt),
});
