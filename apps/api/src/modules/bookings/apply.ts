import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { bookings, type Transaction } from '@stagebureau/db';
import {
  DomainError,
  partyOf,
  transitionEffects,
  type Outcome,
  type Transition,
} from '@stagebureau/domain';
import type { AuditActor } from '../audit/record';
import { requireCompliance } from '../compliance/documents';
import { effectsToSql } from './effectsSql';
import { findOffer, isClassOverlap, releaseSeats, takeSeats, type BookingRow } from './repo';

/** A domain outcome crossing into the service: a refusal becomes a thrown DomainError. */
export function orThrow<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new DomainError(outcome.code, outcome.detail, outcome.meta);
  return outcome.value;
}

/**
 * Persists one status change decided by the domain: the row (sequence bumped for iCal), the
 * session's seat counter, and the change's effects from the domain (`transitionEffects`: one
 * audit row, the conflicts it raises, the message it sends) through `booking_effects()` — all
 * in `tx`, whose caller holds the session lock. A class-overlap violation becomes `class_busy`.
 * A booking that becomes confirmed (an approval, accepted seats, a promotion, an accepted
 * placement) is refused with `compliance_documents_missing` while the offer's company lacks a
 * document the region requires (invariant 9), checked on `now`.
 */
export async function applyTransition(
  tx: Transaction,
  actor: AuditActor,
  booking: BookingRow,
  transition: Transition,
  action: string,
  now: Date = new Date(),
): Promise<BookingRow> {
  if (transition.status === 'confirmed' && booking.status !== 'confirmed') {
    const offer = await findOffer(tx, booking.regionId, booking.offerId);
    if (offer)
      await requireCompliance(
        tx,
        { regionId: booking.regionId, companyId: offer.organisationId, offerType: offer.type },
        now,
      );
  }
  if (transition.seatDelta > 0 && !(await takeSeats(tx, booking.sessionId, transition.seatDelta))) {
    throw new DomainError('session_full');
  }
  if (transition.seatDelta < 0) await releaseSeats(tx, booking.sessionId, -transition.seatDelta);
  let updated: BookingRow | undefined;
  try {
    [updated] = await tx
      .update(bookings)
      .set({
        status: transition.status,
        holdExpiresAt: transition.holdExpiresAt,
        statusReason: transition.reason,
        statusChangedBy: actor.userId,
        sequence: sql`${bookings.sequence} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(bookings.id, booking.id), eq(bookings.status, booking.status)))
      .returning();
  } catch (error) {
    if (isClassOverlap(error)) throw new DomainError('class_busy');
    throw error;
  }
  // The caller locked the row; a changed status here means a caller forgot to.
  if (!updated) throw new DomainError('conflict', 'the booking changed meanwhile');
  const effects = transitionEffects(booking, transition, {
    action,
    party: partyOf(actor.role),
    conflictIds: transition.raises.map(() => randomUUID()),
  });
  await writeEffects(tx, effects, actor);
  return updated;
}

/** A booking row as the domain's state machine sees it. */
export const stateOf = (row: BookingRow) => ({
  status: row.status,
  seats: row.seats,
  holdExpiresAt: row.holdExpiresAt,
  startsAt: row.startsAt,
  endsAt: row.endsAt,
});

/** Writes a decision's audit rows, conflicts and notification events (migration 0007). */
export async function writeEffects(
  tx: Transaction,
  effects: Parameters<typeof effectsToSql>[0],
  actor: AuditActor,
): Promise<void> {
  await tx.execute(
    sql`select booking_effects(${JSON.stringify(effectsToSql(effects, actor))}::jsonb)`,
  );
}
