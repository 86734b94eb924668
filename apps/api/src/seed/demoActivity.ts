import type { Transaction } from '@stagebureau/db';

/**
 * Offers, sessions and bookings for the demo region. Filled by the booking core, which owns
 * the rules a booking must satisfy.
 */
export async function seedDemoActivity(
  _tx: Transaction,
  _regionId: string,
  _now: Date,
): Promise<void> {}
