import {
  bookingListSchema,
  cancellationDeadlineOf,
  heldSeats,
  isLateCancellation,
  offerSchema,
  type Booking,
} from '@stagebureau/domain';
import { bookingStateOf } from '$lib/bookingState';

export interface BookingRow extends Booking {
  /**
   * Until when the school may cancel without it counting as late; null when unknown, or when
   * cancelling can never be late (a waiting class holds no seats).
   */
  cancelDeadline: string | null;
  /** Whether the school cancelling now would be late (the domain's rule, as the API applies it). */
  lateCancellation: boolean;
}

/** The caller's bookings (the API scopes them), with each offer's cancellation deadline. */
export async function loadBookings(
  locals: App.Locals,
  query: Record<string, string | number> = {},
): Promise<BookingRow[]> {
  const { items } = await locals.api.get('/bookings', bookingListSchema, {
    query: { limit: 200, ...query },
  });
  const offerIds = [...new Set(items.map((booking) => booking.offerId))];
  const deadlines = new Map<string, number>();
  await Promise.all(
    offerIds.map(async (id) => {
      const offer = await locals.api.get(`/offers/${id}`, offerSchema.loose()).catch(() => null);
      if (offer) deadlines.set(id, offer.cancellationDeadlineHours);
    }),
  );
  const now = new Date();
  return items
    .map((booking) => {
      const deadlineHours = deadlines.get(booking.offerId);
      const state = bookingStateOf(booking);
      if (deadlineHours === undefined || heldSeats(state) === 0)
        return { ...booking, cancelDeadline: null, lateCancellation: false };
      return {
        ...booking,
        cancelDeadline: cancellationDeadlineOf(state.startsAt, deadlineHours).toISOString(),
        lateCancellation: isLateCancellation(state, { by: 'school', deadlineHours, now }),
      };
    })
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}
