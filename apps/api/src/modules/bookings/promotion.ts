import {
  DomainError,
  promote,
  promotionModeFor,
  selectPromotions,
  unheldSeatsOf,
} from '@stagebureau/domain';
import type { Transaction } from '@stagebureau/db';
import type { AuditActor } from '../audit/record';
import { applyTransition, orThrow, stateOf } from './apply';
import { loadRegionWithSettings } from '../region/service';
import { findOffer, lockSession, waitingBookings } from './repo';

/**
 * Promotes waiting bookings into the session's free seats, in arrival order (invariant 5).
 * Runs in the transaction that freed the seats; it (re)locks the session row and reads the
 * counter after the caller's own changes.
 * A waiting class that meanwhile got a confirmed booking elsewhere at that time is skipped
 * (it stays waiting), as is every waiting booking while the offer's company lacks a required
 * compliance document — each attempt runs in a savepoint so the skip leaves no trace.
 */
export async function promoteInLockedSession(
  tx: Transaction,
  actor: AuditActor,
  target: { id: string; regionId: string },
  now: Date,
): Promise<string[]> {
  const session = await lockSession(tx, target.regionId, target.id);
  if (!session || session.status !== 'scheduled' || now.getTime() >= session.startsAt.getTime())
    return [];
  const offer = await findOffer(tx, session.regionId, session.offerId);
  const region = await loadRegionWithSettings(tx, session.regionId);
  if (!offer || !region) return [];
  const mode = promotionModeFor(region.settings, offer);
  let free = unheldSeatsOf(session);
  let waiting = await waitingBookings(tx, session.id);
  const promoted: string[] = [];
  for (;;) {
    const next = selectPromotions(waiting, free)[0];
    if (!next) break;
    waiting = waiting.filter((booking) => booking.id !== next.id);
    const transition = orThrow(
      promote(stateOf(next), {
        mode,
        requiresApproval: offer.requiresApproval,
        holdHours: region.settings.holdHours,
        now,
      }),
    );
    try {
      await tx.transaction((savepoint) =>
        applyTransition(savepoint, actor, next, transition, 'booking.promoted', now),
      );
    } catch (error) {
      if (error instanceof DomainError && error.code === 'class_busy') continue;
      // Nobody can be confirmed into this offer now; a later promotion tries again.
      if (error instanceof DomainError && error.code === 'compliance_documents_missing') break;
      throw error;
    }
    promoted.push(next.id);
    free -= next.seats;
  }
  return promoted;
}
