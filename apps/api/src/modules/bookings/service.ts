import type { Database } from '@stagebureau/db';
import {
  acceptOffer,
  approve,
  can,
  cancel,
  declineOffer,
  decline,
  DomainError,
  partyOf,
  reportNoShow,
  type Action,
  type Actor,
  type Booking,
  type Outcome,
  type Transition,
} from '@stagebureau/domain';
import { authorise } from '../../plugins/auth';
import { auditActorOf } from '../audit/record';
import { applyTransition, stateOf } from './apply';
import { promoteInLockedSession } from './promotion';
import { bookingFor } from './read';
import { findBooking, findOffer, lockSession, type BookingRow, type OfferRow } from './repo';

export type BookingChange =
  'cancel' | 'approve' | 'decline' | 'acceptOffer' | 'declineOffer' | 'noShow';

interface ChangeContext {
  booking: BookingRow;
  offer: OfferRow;
  actor: Actor;
  reason: string;
  now: Date;
}

const cancelledBy = (actor: Actor) => partyOf(actor.role);

/** Per change: who may do it (policy action and the owning organisation) and the rule. */
const changes: Record<
  BookingChange,
  {
    action: (actor: Actor) => Action;
    owner: (ctx: { booking: BookingRow; offer: OfferRow }) => string;
    decide: (ctx: ChangeContext) => Outcome<Transition>;
  }
> = {
  cancel: {
    action: (actor) => (cancelledBy(actor) === 'company' ? 'booking.decide' : 'booking.cancel'),
    owner: ({ booking, offer }) => booking.schoolId ?? offer.organisationId,
    decide: ({ booking, offer, actor, reason, now }) =>
      cancel(stateOf(booking), {
        by: cancelledBy(actor),
        reason,
        deadlineHours: offer.cancellationDeadlineHours,
        now,
      }),
  },
  approve: {
    action: () => 'booking.decide',
    owner: ({ offer }) => offer.organisationId,
    decide: ({ booking, now }) => approve(stateOf(booking), now),
  },
  decline: {
    action: () => 'booking.decide',
    owner: ({ offer }) => offer.organisationId,
    decide: ({ booking, reason }) => decline(stateOf(booking), reason),
  },
  acceptOffer: {
    action: () => 'booking.create',
    owner: ({ booking }) => booking.schoolId,
    decide: ({ booking, offer, now }) =>
      acceptOffer(stateOf(booking), { requiresApproval: offer.requiresApproval, now }),
  },
  declineOffer: {
    action: () => 'booking.create',
    owner: ({ booking }) => booking.schoolId,
    decide: ({ booking, reason }) => declineOffer(stateOf(booking), reason),
  },
  noShow: {
    action: () => 'booking.decide',
    owner: ({ offer }) => offer.organisationId,
    decide: ({ booking, reason, now }) => reportNoShow(stateOf(booking), now, reason),
  },
};

/**
 * One status change of an existing booking, in one transaction: lock the session, then the
 * booking; decide with the domain; persist with audit and conflicts; promote the waitlist
 * into any seats it freed (invariant 5).
 */
export async function changeBooking(
  db: Database,
  actor: Actor,
  id: string,
  change: BookingChange,
  reason: string,
  now: Date,
): Promise<Booking> {
  const visible = await bookingFor(db, actor, id);
  if (!visible) throw new DomainError('not_found');
  const rule = changes[change];
  await db.transaction(async (tx) => {
    await lockSession(tx, actor.regionId, visible.sessionId);
    const booking = (await findBooking(tx, actor.regionId, id, true))!;
    // A placement's booking moves with its placement (accept, decline, cancel there).
    if (booking.participantId)
      throw new DomainError('wrong_booking_mode', 'change this placement on its placement');
    const offer = (await findOffer(tx, actor.regionId, booking.offerId))!;
    const owner =
      change === 'cancel' && cancelledBy(actor) === 'company'
        ? offer.organisationId
        : rule.owner({ booking, offer });
    const action = rule.action(actor);
    // The booking is visible to the caller, so a role that may never do this gets 403, not 404.
    if (
      can(actor, action, { regionId: actor.regionId, organisationId: actor.organisationId }) ===
      'forbidden'
    ) {
      throw new DomainError('forbidden');
    }
    authorise(actor, action, { regionId: actor.regionId, organisationId: owner });
    const outcome = rule.decide({ booking, offer, actor, reason, now });
    if (!outcome.ok) throw new DomainError(outcome.code, outcome.detail, outcome.meta);
    const audit = auditActorOf(actor);
    await applyTransition(
      tx,
      audit,
      booking,
      outcome.value,
      `booking.${outcome.value.status === booking.status ? change : outcome.value.status}`,
      now,
    );
    if (outcome.value.seatDelta < 0)
      await promoteInLockedSession(
        tx,
        audit,
        { id: booking.sessionId, regionId: booking.regionId },
        now,
      );
  });
  return (await bookingFor(db, actor, id))!;
}
