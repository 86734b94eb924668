import type { Database } from '@stagebureau/db';
import {
  DomainError,
  feedbackPartyOf,
  feedbackWindow,
  isBureau,
  type Actor,
  type FeedbackListQuery,
  type GiveFeedback,
} from '@stagebureau/domain';
import { authorise } from '../../plugins/auth';
import { auditActorOf, recordAudit } from '../audit/record';
import { orThrow } from '../bookings/apply';
import {
  bookingForFeedback,
  existingFeedback,
  feedbackView,
  insertFeedback,
  listFeedback,
  updateFeedback,
} from './repo';

/**
 * A school rates the activity of its booking, a company the visit of a booking on its offer,
 * once the session has ended and the booking is completed. A second answer edits the first.
 */
export async function giveFeedback(
  db: Database,
  actor: Actor,
  bookingId: string,
  input: GiveFeedback,
  now: Date,
) {
  const party = feedbackPartyOf(actor.role);
  return db.transaction(async (tx) => {
    const booking = await bookingForFeedback(tx, actor.regionId, bookingId);
    if (!booking) throw new DomainError('not_found');
    const giver = party === 'company' ? booking.companyId : booking.schoolId;
    authorise(actor, 'feedback.give', { regionId: booking.regionId, organisationId: giver });
    if (!party) throw new DomainError('forbidden');
    orThrow(feedbackWindow(booking, now));
    const previous = await existingFeedback(tx, booking.id, party);
    const row = previous
      ? await updateFeedback(tx, previous.id, { ...input, authorId: actor.userId })
      : await insertFeedback(tx, {
          regionId: booking.regionId,
          bookingId: booking.id,
          offerId: booking.offerId,
          party,
          organisationId: giver,
          rating: input.rating,
          comment: input.comment,
          authorId: actor.userId,
        });
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'feedback',
      entityId: row.id,
      action: previous ? 'feedback.updated' : 'feedback.given',
      before: previous ? { rating: previous.rating, comment: previous.comment } : undefined,
      after: { bookingId: booking.id, party, rating: row.rating, comment: row.comment },
    });
    return { created: !previous, feedback: await feedbackView(tx, row.id) };
  });
}

/** Feedback on the bookings the caller is part of; the bureau sees its region's. */
export function feedbackFor(db: Database, actor: Actor, query: FeedbackListQuery) {
  authorise(actor, 'feedback.read', { regionId: actor.regionId });
  if (isBureau(actor.role)) return listFeedback(db, actor.regionId, {}, query);
  const own = actor.organisationId ?? undefined;
  const scope = feedbackPartyOf(actor.role) === 'company' ? { companyId: own } : { schoolId: own };
  return listFeedback(db, actor.regionId, scope, query);
}
