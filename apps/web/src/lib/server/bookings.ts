import { bookingListSchema, offerSchema, type Booking } from '@stagebureau/domain';

export interface BookingRow extends Booking {
  /** Until when the school may cancel without it counting as late; null when unknown. */
  cancelDeadline: string | null;
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
  return items
    .map((booking) => {
      const hours = deadlines.get(booking.offerId);
      const cancelDeadline =
        hours === undefined
          ? null
          : new Date(Date.parse(booking.startsAt) - hours * 3_600_000).toISOString();
      return { ...booking, cancelDeadline };
    })
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}
