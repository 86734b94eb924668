import type { BookingStatus } from '../vocabulary';

/**
 * Which bookings a report counts. Co-financing counts only what took place (`completed`);
 * coverage and fairness count seats a school holds or held (`confirmed` or `completed`).
 * Cancelled, declined, waiting and no-show bookings never count.
 */
export const heldBookingStatuses = ['completed'] as const satisfies readonly BookingStatus[];
export const seatBookingStatuses = [
  'confirmed',
  'completed',
] as const satisfies readonly BookingStatus[];
