import { and, eq, sql } from 'drizzle-orm';
import { classes, conflicts, type Database, type Transaction } from '@stagebureau/db';
import {
  availabilityOf,
  bookingOpensAt,
  capsFor,
  checkCaps,
  checkConflictAction,
  DomainError,
  fitsAudience,
  placeBooking,
  seasonOf,
  type Actor,
  type CapExceptionRequest,
  type ConflictType,
} from '@stagebureau/domain';
import { authorise } from '../../plugins/auth';
import { auditActorOf, recordAudit } from '../audit/record';
import { orThrow } from '../bookings/apply';
import {
  findSessionWithOffer,
  loadRegion,
  lockSchool,
  lockSession,
  schoolUsage,
  takeSeats,
} from '../bookings/repo';
import { insertBooking } from './newBooking';
import { raiseConflict } from './raise';
import { closeConflictRow, lockConflict } from './repo';
import { getConflict } from './service';

/** The class and session of a cap exception, as the booking rules need them. */
async function loadPlacement(
  tx: Transaction,
  regionId: string,
  input: { sessionId: string; classId: string },
) {
  const [schoolClass] = await tx
    .select()
    .from(classes)
    .where(and(eq(classes.regionId, regionId), eq(classes.id, input.classId)));
  if (!schoolClass) throw new DomainError('not_found', 'class not found');
  const found = await findSessionWithOffer(tx, regionId, input.sessionId);
  if (!found || found.offer.status === 'draft')
    throw new DomainError('not_found', 'session not found');
  if (found.session.schoolId && found.session.schoolId !== schoolClass.organisationId)
    throw new DomainError('not_found', 'session not found');
  if (schoolClass.archivedAt) throw new DomainError('validation_failed', 'the class is archived');
  orThrow(fitsAudience(found.offer, schoolClass));
  return { schoolClass, ...found };
}

/** The school's cap check for this class in this session: the refusal it would get. */
async function capCheck(
  tx: Transaction,
  regionId: string,
  placement: Awaited<ReturnType<typeof loadPlacement>>,
) {
  const { schoolClass, session, offer } = placement;
  const region = (await loadRegion(tx, regionId))!;
  const usage = await schoolUsage(
    tx,
    { regionId, schoolId: schoolClass.organisationId, sessionId: session.id, offerId: offer.id },
    seasonOf(session.startsAt),
  );
  return { region, check: checkCaps(capsFor(region.settings, offer), usage, schoolClass.size) };
}

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
    const placement = await loadPlacement(tx, actor.regionId, input);
    const schoolId = placement.schoolClass.organisationId;
    authorise(actor, 'booking.create', { regionId: actor.regionId, organisationId: schoolId });
    if (!(await lockSchool(tx, actor.regionId, schoolId))) throw new DomainError('not_found');
    const { check } = await capCheck(tx, actor.regionId, placement);
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
      sessionId: placement.session.id,
      offerId: placement.offer.id,
      schoolId,
      details: {
        classId: placement.schoolClass.id,
        className: placement.schoolClass.name,
        seats: placement.schoolClass.size,
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
 * with the reason and the cap it exceeds (DESIGN §5.3) — and the conflict is resolved.
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
    const placement = await loadPlacement(tx, regionId, { sessionId: conflict.sessionId, classId });
    const { schoolClass, offer } = placement;
    const schoolId = schoolClass.organisationId;
    await lockSchool(tx, regionId, schoolId);
    const { region, check } = await capCheck(tx, regionId, placement);
    const session = (await lockSession(tx, regionId, placement.session.id))!;
    const opensAt = bookingOpensAt(offer, region.settings, session);
    if (offer.status !== 'published') {
      throw new DomainError('booking_window_closed', 'the offer is archived', { opensAt: null });
    }
    const rules = { opensAt, waitlistEnabled: offer.waitlistEnabled };
    const seats = schoolClass.size;
    const status = orThrow(
      placeBooking(availabilityOf(session, rules, now, seats), offer, opensAt),
    );
    if (status !== 'waitlisted' && !(await takeSeats(tx, session.id, seats))) {
      throw new DomainError('session_full');
    }
    const booking = await insertBooking(tx, {
      regionId,
      sessionId: session.id,
      offerId: offer.id,
      schoolId,
      classId,
      seats,
      teachers: [],
      note: '',
      status,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      statusReason: null,
      createdBy: actor.userId,
    });
    const audit = auditActorOf(actor);
    const capOverride = check.ok ? null : (check.meta ?? {});
    await recordAudit(tx, audit, {
      entity: 'booking',
      entityId: booking.id,
      action: 'booking.created',
      after: { status, seats, sessionId: session.id, classId, capOverride, conflictId },
      reason: `cap exception: ${reason}`,
    });
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
