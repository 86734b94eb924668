import { and, eq, sql } from 'drizzle-orm';
import { bookings, type Transaction } from '@stagebureau/db';
import { DomainError, type BookingStatus } from '@stagebureau/domain';
import { isClassOverlap, type BookingRow } from '../bookings/repo';

/**
 * Inserts a booking whose seats the caller already took (or that waits); the exclusion
 * constraint keeps the class out of two overlapping confirmed sessions: `class_busy`.
 */
export async function insertBooking(
  tx: Transaction,
  values: {
    regionId: string;
    sessionId: string;
    offerId: string;
    schoolId: string;
    classId: string;
    seats: number;
    teachers: string[];
    note: string;
    status: BookingStatus;
    startsAt: Date;
    endsAt: Date;
    statusReason: string | null;
    createdBy: string;
  },
): Promise<BookingRow> {
  try {
    const [row] = await tx
      .insert(bookings)
      .values({ ...values, statusChangedBy: values.createdBy })
      .returning();
    return row!;
  } catch (error) {
    if (isClassOverlap(error)) throw new DomainError('class_busy');
    throw error;
  }
}

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
