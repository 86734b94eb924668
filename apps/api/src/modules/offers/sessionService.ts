import type { Database, Transaction } from '@stagebureau/db';
import {
  DomainError,
  expandSeries,
  isBureau,
  planSessionCancel,
  planSessionChange,
  toLocal,
  type Actor,
  type CreateSession,
  type SessionSeries,
  type UpdateSession,
} from '@stagebureau/domain';
import { authorise } from '../../plugins/auth';
import { recordAudit, type AuditActor } from '../audit/record';
import { notify } from '../notifications/notify';
import {
  cancelBookingsOfSession,
  moveBookingsWithSession,
  promoteWaitlist,
  SessionChangeBlocked,
} from '../bookings';
import { raiseConflict } from '../conflicts/raise';
import { toSession } from './present';
import {
  findOffer,
  findSession,
  insertSessions,
  lockOffer,
  lockSession,
  updateSessionIfUnchanged,
} from './repo';
import { blackoutWarnings } from './warnings';

const auditActor = (actor: Actor): AuditActor => ({
  userId: actor.userId,
  role: actor.role,
  regionId: actor.regionId,
});

/** Sessions are added to an offer the actor may edit, that takes fixed sessions and is live. */
async function lockOfferForSessions(tx: Transaction, actor: Actor, offerId: string) {
  const offer = await lockOffer(tx, actor.regionId, offerId);
  if (!offer) throw new DomainError('not_found');
  authorise(actor, 'session.write', {
    regionId: offer.regionId,
    organisationId: offer.organisationId,
  });
  if (offer.bookingMode !== 'fixed_sessions')
    throw new DomainError('wrong_booking_mode', 'on-request offers get sessions from proposals');
  if (offer.status === 'archived')
    throw new DomainError('invalid_transition', 'an archived offer gets no new sessions');
  return offer;
}

async function addSessions(
  db: Database,
  actor: Actor,
  offerId: string,
  times: { startsAt: Date; endsAt: Date }[],
  capacity: number | undefined,
) {
  return db.transaction(async (tx) => {
    const offer = await lockOfferForSessions(tx, actor, offerId);
    const rows = await insertSessions(
      tx,
      times.map((time) => ({
        regionId: offer.regionId,
        offerId: offer.id,
        startsAt: time.startsAt,
        endsAt: time.endsAt,
        capacity: capacity ?? offer.defaultSeats,
      })),
    );
    for (const row of rows)
      await recordAudit(tx, auditActor(actor), {
        entity: 'session',
        entityId: row.id,
        action: 'created',
        after: row,
      });
    return {
      sessions: rows.map(toSession),
      warnings: await blackoutWarnings(tx, offer.regionId, rows),
    };
  });
}

export async function createSession(
  db: Database,
  actor: Actor,
  offerId: string,
  input: CreateSession,
) {
  const time = { startsAt: new Date(input.startsAt), endsAt: new Date(input.endsAt) };
  const { sessions, warnings } = await addSessions(db, actor, offerId, [time], input.capacity);
  return { session: sessions[0]!, warnings };
}

function expand(series: SessionSeries) {
  const outcome = expandSeries(series);
  if (!outcome.ok) throw new DomainError(outcome.code, outcome.detail, outcome.meta);
  return outcome.value;
}

export async function createSeries(
  db: Database,
  actor: Actor,
  offerId: string,
  series: SessionSeries,
) {
  return addSessions(db, actor, offerId, expand(series), series.capacity);
}

/** The session planner's preview: the dates a series would create, nothing saved. */
export async function previewSeries(
  db: Database,
  actor: Actor,
  offerId: string,
  series: SessionSeries,
) {
  const offer = await findOffer(db, actor.regionId, offerId);
  if (!offer) throw new DomainError('not_found');
  authorise(actor, 'session.write', {
    regionId: actor.regionId,
    organisationId: offer.offer.organisationId,
  });
  const occurrences = expand(series);
  return {
    occurrences: occurrences.map((o) => ({
      startsAt: o.startsAt.toISOString(),
      endsAt: o.endsAt.toISOString(),
      localDate: o.localDate,
      localStartTime: toLocal(o.startsAt).time,
      localEndTime: toLocal(o.endsAt).time,
      timeZone: 'Europe/Amsterdam' as const,
    })),
    warnings: await blackoutWarnings(db, actor.regionId, occurrences),
  };
}

/** Locks the session and checks the actor may change it (through its offer's owner). */
async function lockSessionForWrite(tx: Transaction, actor: Actor, sessionId: string) {
  const session = await lockSession(tx, actor.regionId, sessionId);
  if (!session) throw new DomainError('not_found');
  const found = await findOffer(tx, actor.regionId, session.offerId);
  authorise(actor, 'session.write', {
    regionId: session.regionId,
    organisationId: found!.offer.organisationId,
  });
  return { session, offer: found!.offer };
}

const noEffects = { promotedBookingIds: [] as string[], cancelledBookingIds: [] as string[] };

/**
 * A company (or the bureau) changes a session's time or capacity. A new time at which a booked
 * class is elsewhere is refused with `session_change_blocked` — naming no other school — and
 * the bureau gets a `session_change_blocked` conflict listing the clashes, so it can talk to
 * both sides.
 */
export async function changeSession(
  db: Database,
  actor: Actor,
  sessionId: string,
  change: UpdateSession,
  now: Date,
) {
  try {
    return await applySessionChange(db, actor, sessionId, change, now);
  } catch (error) {
    if (error instanceof SessionChangeBlocked)
      await reportBlockedChange(db, actor, sessionId, change, error);
    throw error;
  }
}

async function reportBlockedChange(
  db: Database,
  actor: Actor,
  sessionId: string,
  change: UpdateSession,
  blocked: SessionChangeBlocked,
) {
  const session = await findSession(db, actor.regionId, sessionId);
  await db.transaction((tx) =>
    raiseConflict(tx, {
      regionId: actor.regionId,
      type: 'session_change_blocked',
      sessionId,
      offerId: session?.offerId ?? null,
      bookingIds: [...new Set(blocked.clashes.map((clash) => clash.bookingId))],
      details: {
        requested: { startsAt: change.startsAt ?? null, endsAt: change.endsAt ?? null },
        by: actor.userId,
        reason: change.reason ?? null,
        clashes: blocked.clashes,
      },
    }),
  );
}

async function applySessionChange(
  db: Database,
  actor: Actor,
  sessionId: string,
  change: UpdateSession,
  now: Date,
) {
  return db.transaction(async (tx) => {
    const { session: before, offer } = await lockSessionForWrite(tx, actor, sessionId);
    const outcome = planSessionChange(
      before,
      {
        startsAt: change.startsAt ? new Date(change.startsAt) : undefined,
        endsAt: change.endsAt ? new Date(change.endsAt) : undefined,
        capacity: change.capacity,
        expectedSequence: change.expectedSequence,
      },
      { bureau: isBureau(actor.role) },
    );
    if (!outcome.ok) throw new DomainError(outcome.code, outcome.detail, outcome.meta);
    const plan = outcome.value;
    if (!plan.changed) return { session: toSession(before), ...noEffects, conflictId: null };
    const after = await updateSessionIfUnchanged(
      tx,
      actor.regionId,
      sessionId,
      before.sequence,
      plan.next,
    );
    if (!after) throw new DomainError('conflict', 'the session was changed meanwhile; reload it');
    await recordAudit(tx, auditActor(actor), {
      entity: 'session',
      entityId: sessionId,
      action: plan.moved ? 'moved' : 'capacity_changed',
      before,
      after,
      reason: change.reason ?? null,
    });
    if (plan.moved) await moveBookingsWithSession(tx, auditActor(actor), after);
    if (plan.moved)
      await notify(tx, {
        kind: 'session.changed',
        regionId: actor.regionId,
        sessionId,
        previous: { startsAt: before.startsAt.toISOString(), endsAt: before.endsAt.toISOString() },
        reason: change.reason ?? null,
      });
    const promotedBookingIds = plan.capacityRaised
      ? await promoteWaitlist(tx, auditActor(actor), after, now)
      : [];
    const conflictId = plan.reducedBelowBooked
      ? await raiseConflict(tx, {
          regionId: actor.regionId,
          type: 'capacity_reduced_below_booked',
          sessionId,
          offerId: offer.id,
          details: {
            capacity: after.capacity,
            bookedSeats: after.bookedSeats,
            by: actor.userId,
            reason: change.reason ?? null,
          },
        })
      : null;
    const current = await findSession(tx, actor.regionId, sessionId);
    return {
      session: toSession(current!),
      promotedBookingIds,
      cancelledBookingIds: [],
      conflictId,
    };
  });
}

export async function cancelSession(
  db: Database,
  actor: Actor,
  sessionId: string,
  reason: string,
  now: Date,
) {
  return db.transaction((tx) => cancelSessionIn(tx, actor, sessionId, reason, now));
}

/** Cancel a session inside the caller's transaction (a withdrawn sign-up cancels its sessions). */
export async function cancelSessionIn(
  tx: Transaction,
  actor: Actor,
  sessionId: string,
  reason: string,
  now: Date,
) {
  const { session: before, offer } = await lockSessionForWrite(tx, actor, sessionId);
  const outcome = planSessionCancel(before);
  if (!outcome.ok) throw new DomainError(outcome.code, outcome.detail, outcome.meta);
  const after = await updateSessionIfUnchanged(tx, actor.regionId, sessionId, before.sequence, {
    status: 'cancelled',
    cancelReason: reason,
    cancelledAt: now,
  });
  if (!after) throw new DomainError('conflict', 'the session was changed meanwhile; reload it');
  await recordAudit(tx, auditActor(actor), {
    entity: 'session',
    entityId: sessionId,
    action: 'cancelled',
    before,
    after,
    reason,
  });
  const { cancelledBookingIds, affectedBookingIds } = await cancelBookingsOfSession(
    tx,
    auditActor(actor),
    after,
    reason,
    now,
  );
  await notify(tx, {
    kind: 'session.cancelled',
    regionId: actor.regionId,
    sessionId,
    reason,
    bookingIds: cancelledBookingIds,
  });
  const conflictId =
    affectedBookingIds.length > 0
      ? await raiseConflict(tx, {
          regionId: actor.regionId,
          type: 'session_cancelled_with_bookings',
          sessionId,
          offerId: offer.id,
          bookingIds: affectedBookingIds,
          details: { reason, startsAt: after.startsAt.toISOString() },
        })
      : null;
  const current = await findSession(tx, actor.regionId, sessionId);
  return {
    session: toSession(current!),
    promotedBookingIds: [],
    cancelledBookingIds,
    conflictId,
  };
}
