import { and, eq } from 'drizzle-orm';
import { offers, type Database, type Transaction } from '@stagebureau/db';
import {
  actionKindsFor,
  checkConflictAction,
  closeConflict as decideClose,
  conflictLogOf,
  conflictStatuses,
  conflictTypes,
  DomainError,
  suggestActions,
  type Actor,
  type ConflictDetail,
  type ConflictListQuery,
  type ConflictType,
  type SuggestedAction,
} from '@stagebureau/domain';
import { authorise } from '../../plugins/auth';
import { auditActorOf, recordAudit } from '../audit/record';
import { orThrow } from '../bookings/apply';
import { toConflict } from './present';
import {
  candidateSessions,
  classCommitments,
  closeConflictRow,
  countConflicts,
  findConflictWithNames,
  involvedBookings,
  listConflicts as listConflictRows,
  lockConflict,
  saveConflictLog,
  type ConflictRow,
} from './repo';

type Db = Database | Transaction;

/** Conflicts about a whole session also involve that session's live bookings. */
const aboutWholeSession = (type: ConflictType) =>
  type === 'capacity_reduced_below_booked' || type === 'oversubscribed';

export async function listConflicts(
  db: Database,
  actor: Actor,
  query: ConflictListQuery,
  now: Date,
) {
  authorise(actor, 'conflict.read', { regionId: actor.regionId });
  const { items, total } = await listConflictRows(db, actor.regionId, query);
  const zero = <T extends string>(keys: readonly T[]) =>
    Object.fromEntries(keys.map((key) => [key, 0])) as Record<T, number>;
  const counts = {
    byType: zero(conflictTypes),
    byStatus: zero(conflictStatuses),
    openByType: zero(conflictTypes),
    open: 0,
  };
  for (const row of await countConflicts(db, actor.regionId)) {
    const type = row.type as ConflictType;
    if (type in counts.byType) counts.byType[type] += row.n;
    counts.byStatus[row.status] += row.n;
    if (row.status === 'open') {
      if (type in counts.openByType) counts.openByType[type] += row.n;
      counts.open += row.n;
    }
  }
  return { items: items.map((row) => toConflict(row, now)), total, counts };
}

/** One conflict with its bookings, what was done so far and the actions suggested now. */
export async function getConflict(
  db: Db,
  actor: Actor,
  id: string,
  now: Date,
): Promise<ConflictDetail> {
  authorise(actor, 'conflict.read', { regionId: actor.regionId });
  const row = await findConflictWithNames(db, actor.regionId, id);
  if (!row) throw new DomainError('not_found');
  const conflict = row.conflict;
  const type = conflict.type as ConflictType;
  const log = conflictLogOf(conflict.details);
  const moved = new Map(log.moves.map((move) => [move.bookingId, move]));
  const involved = await involvedBookings(db, conflict, aboutWholeSession(type));
  const suggested = await suggestionsFor(db, conflict, involved, new Set(moved.keys()), now);
  return {
    ...toConflict(row, now),
    bookings: involved.map(({ booking, className, schoolName, offerTitle }) => {
      const move = moved.get(booking.id);
      return {
        id: booking.id,
        status: booking.status,
        seats: booking.seats,
        startsAt: booking.startsAt.toISOString(),
        school: { id: booking.schoolId, name: schoolName },
        class: { id: booking.classId!, name: className },
        offer: { id: booking.offerId, title: offerTitle },
        movedTo: move ? { bookingId: move.newBookingId, sessionId: move.toSessionId } : null,
      };
    }),
    allowedActions: conflict.status === 'open' ? [...actionKindsFor[type]] : [],
    suggestedActions: suggested.map(toWire),
    log,
  };
}

async function suggestionsFor(
  db: Db,
  conflict: ConflictRow,
  involved: Awaited<ReturnType<typeof involvedBookings>>,
  movedBookingIds: Set<string>,
  now: Date,
): Promise<SuggestedAction[]> {
  const type = conflict.type as ConflictType;
  const [offer] = conflict.offerId
    ? await db
        .select()
        .from(offers)
        .where(and(eq(offers.regionId, conflict.regionId), eq(offers.id, conflict.offerId)))
    : [];
  const bookings = involved.map(({ booking, classProfile }) => ({
    ...booking,
    // Joined on the class (conflicts/repo involvedBookings): never null here.
    classId: booking.classId!,
    class: classProfile,
  }));
  const needsTargets =
    conflict.status === 'open' && offer && actionKindsFor[type].includes('move_booking');
  const candidates =
    needsTargets && bookings.length > 0
      ? await candidateSessions(db, {
          regionId: conflict.regionId,
          offerId: offer.id,
          offerType: offer.type,
          now,
          around: bookings[0]!.startsAt,
          minSeats: Math.min(...bookings.map((booking) => booking.seats)),
        })
      : [];
  const commitments =
    candidates.length > 0
      ? await classCommitments(
          db,
          conflict.regionId,
          [...new Set(bookings.flatMap((booking) => booking.classId ?? []))],
          now,
        )
      : [];
  return suggestActions({
    conflict: {
      type,
      status: conflict.status,
      sessionId: conflict.sessionId,
      offerId: conflict.offerId,
      schoolId: conflict.schoolId,
      details: conflict.details as Record<string, unknown>,
    },
    offer: offer ?? null,
    bookings,
    candidates: candidates.map(({ session, offer: candidateOffer }) => ({
      ...session,
      offer: candidateOffer,
    })),
    commitments,
    movedBookingIds,
    now,
  });
}

const toWire = (action: SuggestedAction): ConflictDetail['suggestedActions'][number] =>
  action.kind === 'move_booking'
    ? { ...action, startsAt: action.startsAt.toISOString(), endsAt: action.endsAt.toISOString() }
    : action;

/** Resolve or dismiss an open conflict with a note; a closed one answers `invalid_transition`. */
export async function closeConflict(
  db: Database,
  actor: Actor,
  id: string,
  to: 'resolved' | 'dismissed',
  note: string,
  now: Date,
): Promise<ConflictDetail> {
  authorise(actor, 'conflict.manage', { regionId: actor.regionId });
  return db.transaction(async (tx) => {
    const conflict = await lockConflict(tx, actor.regionId, id);
    if (!conflict) throw new DomainError('not_found');
    orThrow(decideClose({ type: conflict.type as ConflictType, status: conflict.status }, to));
    const closed = await closeConflictRow(tx, conflict, {
      status: to,
      by: actor.userId,
      note,
      at: now,
    });
    if (!closed) throw new DomainError('invalid_transition', 'the conflict was closed meanwhile');
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'conflict',
      entityId: id,
      action: `conflict.${to}`,
      before: { status: conflict.status },
      after: { status: to },
      reason: note,
    });
    return getConflict(tx, actor, id, now);
  });
}

/** Records that the bureau asked the offering company for an extra session. */
export async function requestExtraSession(
  db: Database,
  actor: Actor,
  id: string,
  message: string,
  now: Date,
): Promise<ConflictDetail> {
  authorise(actor, 'conflict.manage', { regionId: actor.regionId });
  return db.transaction(async (tx) => {
    const conflict = await lockConflict(tx, actor.regionId, id);
    if (!conflict) throw new DomainError('not_found');
    orThrow(
      checkConflictAction(
        { type: conflict.type as ConflictType, status: conflict.status },
        'request_extra_session',
      ),
    );
    const log = conflictLogOf(conflict.details);
    log.extraSessionRequests.push({ message, by: actor.userId, at: now.toISOString() });
    await saveConflictLog(tx, conflict, log);
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'conflict',
      entityId: id,
      action: 'conflict.extra_session_requested',
      after: { offerId: conflict.offerId, message },
      reason: message,
    });
    return getConflict(tx, actor, id, now);
  });
}
