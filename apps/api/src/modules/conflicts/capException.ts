import { and, eq, sql } from 'drizzle-orm';
import { conflicts, type Database } from '@stagebureau/db';
import {
  checkConflictAction,
  DomainError,
  type Actor,
  type CapExceptionRequest,
  type ConflictType,
} from '@stagebureau/domain';
import { authorise } from '../../plugins/auth';
import { auditActorOf, recordAudit } from '../audit/record';
import { orThrow, placeBookingIn, schoolCapCheck } from '../bookings';
import { raiseConflict } from './raise';
import { closeConflictRow, lockConflict } from './repo';
import { getConflict } from './service';

/**
 * A school asks the bureau to book a class beyond its cap: raises `cap_exception_requested`
 * (one open request per class and session). Only when a cap is actually in the way.
 */
export async function requestCapException(
  db: Database,
  actor: Actor,
  input: CapExceptionRequest,
): Promise<string> {
  return db.transaction(async (tx) => {
    const { facts, check } = await schoolCapCheck(tx, actor.regionId, input, ({ schoolClass }) =>
      authorise(actor, 'booking.create', {
        regionId: actor.regionId,
        organisationId: schoolClass.organisationId,
      }),
    );
    const schoolId = facts.schoolClass.organisationId;
    if (check.ok) {
      throw new DomainError('conflict', 'no cap stands in the way: book the session directly');
    }
    const [open] = await tx
      .select({ id: conflicts.id })
      .from(conflicts)
      .where(
        and(
          eq(conflicts.regionId, actor.regionId),
          eq(conflicts.sessionId, input.sessionId),
          eq(conflicts.type, 'cap_exception_requested'),
          eq(conflicts.status, 'open'),
          sql`${conflicts.details}->>'classId' = ${input.classId}`,
        ),
      );
    if (open) throw new DomainError('duplicate', 'an exception for this class is already asked');
    const conflictId = await raiseConflict(tx, {
      regionId: actor.regionId,
      type: 'cap_exception_requested',
      sessionId: facts.session.id,
      offerId: facts.offer.id,
      schoolId,
      details: {
        classId: facts.schoolClass.id,
        className: facts.schoolClass.name,
        seats: facts.schoolClass.size,
        reason: input.reason,
        requestedBy: actor.userId,
        cap: check.meta ?? null,
      },
    });
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'conflict',
      entityId: conflictId,
      action: 'conflict.cap_exception_requested',
      after: { sessionId: input.sessionId, classId: input.classId },
      reason: input.reason,
    });
    return conflictId;
  });
}

/**
 * The bureau grants a requested cap exception: the class is placed by the normal booking
 * ladder (window, seats, waitlist, approval) with only the school caps overridden — logged
 * with the reason and the cap it exceeds (architecture §5.3) — and the conflict is resolved.
 */
export async function grantCapException(
  db: Database,
  actor: Actor,
  conflictId: string,
  reason: string,
  now: Date,
) {
  authorise(actor, 'conflict.manage', { regionId: actor.regionId });
  const regionId = actor.regionId;
  const placed = await db.transaction(async (tx) => {
    const conflict = await lockConflict(tx, regionId, conflictId);
    if (!conflict) throw new DomainError('not_found');
    const type = conflict.type as ConflictType;
    orThrow(checkConflictAction({ type, status: conflict.status }, 'grant_cap_exception'));
    const classId = (conflict.details as { classId?: unknown }).classId;
    if (typeof classId !== 'string' || !conflict.sessionId) {
      throw new DomainError('conflict', 'the request names no class or session');
    }
    const target = { sessionId: conflict.sessionId, classId };
    const { check } = await schoolCapCheck(tx, regionId, target);
    const capOverride = check.ok ? null : (check.meta ?? {});
    const booking = await placeBookingIn(
      tx,
      {
        source: 'cap_exception',
        actor,
        ...target,
        request: { reason: `cap exception: ${reason}`, context: { capOverride, conflictId } },
      },
      now,
    );
    const audit = auditActorOf(actor);
    await recordAudit(tx, audit, {
      entity: 'conflict',
      entityId: conflictId,
      action: 'conflict.cap_exception_granted',
      before: { status: conflict.status },
      after: { status: 'resolved', bookingId: booking.id, capOverride },
      reason,
    });
    await closeConflictRow(tx, conflict, {
      status: 'resolved',
      by: actor.userId,
      note: reason,
      at: now,
    });
    return booking;
  });
  return {
    conflict: await getConflict(db, actor, conflictId, now),
    bookingId: placed.id,
    bookingStatus: placed.status,
  };
}
