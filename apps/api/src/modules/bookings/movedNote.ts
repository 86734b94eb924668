import { and, eq, sql } from 'drizzle-orm';
import { bookings, type Transaction } from '@stagebureau/db';
import type { BookingRow } from './repo';

/** Notes on an already-closed booking where it went; its iCal sequence moves on. */
export async function noteMovedTo(
  tx: Transaction,
  booking: BookingRow,
  reason: string,
  by: string,
): Promise<void> {
  await tx
    .update(bookings)
    .set({
      statusReason: reason,
      statusChangedBy: by,
      sequence: sql`${bookings.sequence} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(bookings.id, booking.id), eq(bookings.status, booking.status)));
}
