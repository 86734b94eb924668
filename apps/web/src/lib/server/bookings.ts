import {
  bookingListSchema,
  cancellationDeadlineOf,
  heldSeats,
  isLateCancellation,
  type Booking,
} from '@stagebureau/domain';
import { bookingStateOf } from '$lib/bookingState';
import { readAllPages } from './allPages';

export interface BookingRow extends Booking {
  /**
   * Until when the school may cancel without it counting as late; null when cancelling can
   * never be late (a waiting class holds no seats).
   */
  cancelDeadline: string | null;
  /** Whether the school cancelling now would be late (the domain's rule, as the API applies it). */
  lateCancellation: boolean;
}

/** The caller's bookings, each with its cancellation deadline, in the order they start. */
export async function loadBookings(
  locals: App.Locals,
  query: Record<string, string | number> = {},
): Promise<BookingRow[]> {
  const now = new Date();
  return (await readAllPages(locals, '/bookings', bookingListSchema, { query, pageSize: 500 }))
    .map((booking) => {
      const deadlineHours = booking.cancellationDeadlineHours;
      const state = bookingStateOf(booking);
      if (heldSeats(state) === 0)
        return { ...booking, cancelDeadline: null, lateCancellation: false };
      return {
        ...booking,
        cancelDeadline: cancellationDeadlineOf(state.startsAt, deadlineHours).toISOString(),
        lateCancellation: isLateCancellation(state, { by: 'school', deadlineHours, now }),
      };
    })
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}
