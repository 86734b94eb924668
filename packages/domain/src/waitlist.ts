import type { PromotionMode } from './vocabulary';

export interface WaitingBooking {
  id: string;
  seats: number;
  /** Arrival order (or allocation rank). */
  queueNo: number;
}

/**
 * Which waiting bookings to promote into `freeSeats`: in arrival order, each one that still
 * fits (a class is one unit, so a larger class further up may be skipped for a smaller one).
 */
export function selectPromotions<T extends WaitingBooking>(
  waiting: readonly T[],
  freeSeats: number,
): T[] {
  const ordered = [...waiting].sort((a, b) => a.queueNo - b.queueNo);
  const promoted: T[] = [];
  let left = freeSeats;
  for (const booking of ordered) {
    if (booking.seats <= left) {
      promoted.push(booking);
      left -= booking.seats;
    }
  }
  return promoted;
}

/** 1-based positions in arrival order. */
export function waitlistPositions(waiting: readonly WaitingBooking[]): Map<string, number> {
  const ordered = [...waiting].sort((a, b) => a.queueNo - b.queueNo);
  return new Map(ordered.map((booking, index) => [booking.id, index + 1]));
}

/** The offer's promotion mode overrides the region's. */
export const promotionModeFor = (
  region: { promotionMode: PromotionMode },
  offer: { promotionMode: PromotionMode | null },
): PromotionMode => offer.promotionMode ?? region.promotionMode;
