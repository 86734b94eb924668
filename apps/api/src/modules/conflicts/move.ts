import {
  cancel,
  checkConflictAction,
  conflictLogOf,
  DomainError,
  formatDateTime,
  isMovable,
  isLive,
  type Actor,
  type ConflictType,
  type MoveBooking,
} from '@stagebureau/domain';
import type { Database } from '@stagebureau/db';
import { authorise } from '../../plugins/auth';
import { auditActorOf, recordAudit } from '../audit/record';
import {
  applyTransition,
  findBooking,
  findSessionWithOffer,
  lockSchool,
  lockSession,
  noteMovedTo,
  orThrow,
  placeBookingIn,
  promoteInLockedSession,
  stateOf,
} from '../bookings';
import { lockConflict, saveConflictLog } from './repo';
import { getConflict } from './service';

/**
 * The bureau moves one of a conflict's bookings to another session, in one transaction.
 * History is kept by never re-pointing a booking: the old one ends `cancelled` with the reason
 * "verplaatst naar …" (or, already cancelled with its session, gets that reason) and a NEW
 * confirmed booking is created on the target; the audit trail and the conflict's log link
 * them. Locks: school (caps), then both sessions in id order, then the booking row.
 * Every invariant is re-checked: seats by the conditional update, overlap by the exclusion
 * constraint, caps against the school's settled usage, the audience of the target offer.
 */
export async function moveBooking(
  db: Database,
  actor: Actor,
  conflictId: string,
  input: MoveBooking,
  now: Date,
) {
  authorise(actor, 'conflict.manage', { regionId: actor.regionId });
  const regionId = actor.regionId;
  const result = await db.transaction(async (tx) => {
    const conflict = await lockConflict(tx, regionId, conflictId);
    if (!conflict) throw new DomainError('not_found');
    const type = conflict.type as ConflictType;
    orThrow(checkConflictAction({ type, status: conflict.status }, 'move_booking'));
    const seen = await findBooking(tx, regionId, input.bookingId);
    const involved =
      seen &&
      (conflict.bookingIds.includes(seen.id) ||
        (conflict.sessionId !== null && seen.sessionId === conflict.sessionId));
    if (!seen || !involved) throw new DomainError('not_found', 'booking not in this conflict');
    const target = await findSessionWithOffer(tx, regionId, input.toSessionId);
    if (!target) throw new DomainError('not_found', 'target session not found');
    if (target.session.id === seen.sessionId) {
      throw new DomainError('validation_failed', 'the booking is already in that session', {
        errors: [{ path: 'body.toSessionId', message: 'choose another session' }],
      });
    }

    await lockSchool(tx, regionId, seen.schoolId);
    for (const sessionId of [seen.sessionId, target.session.id].sort()) {
      await lockSession(tx, regionId, sessionId);
    }
    const booking = (await findBooking(tx, regionId, seen.id, true))!;
    const log = conflictLogOf(conflict.details);
    const moved = new Set(log.moves.map((move) => move.bookingId));
    if (!isMovable(type, booking, moved)) {
      throw new DomainError('invalid_transition', `a ${booking.status} booking cannot be moved`);
    }
    const { session: toSession, offer: toOffer } = (await findSessionWithOffer(
      tx,
      regionId,
      target.session.id,
    ))!;
    if (toSession.status !== 'scheduled' || toSession.startsAt.getTime() <= now.getTime()) {
      throw new DomainError('invalid_transition', 'the target session is cancelled or has started');
    }
    if (toOffer.status !== 'published') throw new DomainError('not_found', 'offer not published');

    const audit = auditActorOf(actor);
    const reason = `verplaatst naar ${toOffer.title}, ${formatDateTime(toSession.startsAt.toISOString(), 'nl')}: ${input.reason}`;
    const freedSeats = isLive(booking.status);
    if (freedSeats) {
      const transition = orThrow(
        cancel(stateOf(booking), { by: 'bureau', reason, deadlineHours: 0, now }),
      );
      await applyTransition(tx, audit, booking, transition, 'booking.moved_away');
    } else {
      await noteMovedTo(tx, booking, reason, actor.userId);
    }

    if (!booking.classId || booking.participantId)
      throw new DomainError('wrong_booking_mode', 'a placement is moved by its school, not here');
    const created = await placeBookingIn(
      tx,
      {
        source: 'bureau_move',
        actor,
        sessionId: toSession.id,
        classId: booking.classId,
        request: {
          teachers: booking.teachers,
          note: booking.note,
          statusReason: `verplaatst door het stagebureau: ${input.reason}`,
          reason: input.reason,
          context: { movedFrom: booking.id, conflictId },
        },
      },
      now,
    );
    await recordAudit(tx, audit, {
      entity: 'booking',
      entityId: booking.id,
      action: 'booking.moved',
      before: { sessionId: booking.sessionId, status: booking.status },
      after: { movedTo: created.id, sessionId: toSession.id, conflictId },
      reason: input.reason,
    });
    log.moves.push({
      bookingId: booking.id,
      newBookingId: created.id,
      toSessionId: toSession.id,
      by: actor.userId,
      at: now.toISOString(),
      reason: input.reason,
    });
    await saveConflictLog(tx, conflict, log);
    await recordAudit(tx, audit, {
      entity: 'conflict',
      entityId: conflictId,
      action: 'conflict.booking_moved',
      after: { bookingId: booking.id, newBookingId: created.id, toSessionId: toSession.id },
      reason: input.reason,
    });
    const promotedBookingIds = freedSeats
      ? await promoteInLockedSession(tx, audit, { id: booking.sessionId, regionId }, now)
      : [];
    return { movedBookingId: booking.id, newBookingId: created.id, promotedBookingIds };
  });
  return { ...result, conflict: await getConflict(db, actor, conflictId, now) };
}
