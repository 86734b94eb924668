import type { Database, Transaction } from '@stagebureau/db';
import {
  DomainError,
  approve,
  cancel,
  decidePlacementMove,
  decline,
  fitsAudience,
  isBureau,
  localDateOf,
  partyOf,
  retainUntil,
  type Actor,
  type PlacementMove,
  type PlacementStatus,
  type PlacementView,
} from '@stagebureau/domain';
import { authorise } from '../../plugins/auth';
import { auditActorOf, recordAudit } from '../audit/record';
import {
  applyTransition,
  findBooking,
  lockSession,
  orThrow,
  placeParticipantIn,
  promoteInLockedSession,
  stateOf,
} from '../bookings';
import { loadRegionWithSettings } from '../region/service';
import { teacherParticipant } from './participants/service';
import { findParticipant, findParticipants, userNameOf } from './participants/repo';
import { findPlace, type PlaceWithOffer } from './places/repo';
import { presentPlacements } from './present';
import { insertPlacement, lockPlacement, updatePlacement, type PlacementRow } from './repo';

export { presentPlacements } from './present';

/**
 * A school proposes one of its pupils for a place (issue 16). The placement's booking — one
 * seat of the place's period, `requested` until the company decides — goes through the one
 * booking path (source `placement`): the last place is taken once (`place_full`), a pupil is
 * never in two overlapping placements (`participant_busy`), both under concurrency.
 */
export async function proposePlacement(
  db: Database,
  actor: Actor,
  input: { placeId: string; participantId: string },
  now: Date,
  extra: { roundId?: string; preferenceRank?: number } = {},
): Promise<PlacementView> {
  const id = await db.transaction((tx) => proposePlacementIn(tx, actor, input, now, extra));
  return (await presentPlacements(db, actor, { ids: [id] }, now))[0]!;
}

/**
 * `proposePlacement` inside the caller's transaction (a matching round's publish and its
 * decline hook); returns the new placement's id.
 */
export async function proposePlacementIn(
  tx: Transaction,
  actor: Actor,
  input: { placeId: string; participantId: string },
  now: Date,
  extra: { roundId?: string; preferenceRank?: number } = {},
): Promise<string> {
  const participant = await findParticipant(tx, actor.regionId, input.participantId);
  if (!participant) throw new DomainError('not_found', 'pupil not found');
  authorise(actor, 'placement.propose', {
    regionId: actor.regionId,
    organisationId: participant.schoolId,
  });
  if (participant.erasedAt) throw new DomainError('validation_failed', 'this pupil is erased');
  if (participant.kind !== 'pupil')
    throw new DomainError('validation_failed', 'a teacher places themself');
  const place = await openPlace(tx, actor, input.placeId, now);
  if (place.offer.type === 'teacher_internship')
    throw new DomainError('audience_mismatch', 'a teacher internship is for teachers');
  orThrow(
    fitsAudience(place.offer, {
      educationLevel: participant.educationLevel!,
      schoolYear: participant.schoolYear!,
      vmboProfile: participant.vmboProfile,
    }),
  );
  return bookAndRecord(tx, actor, place, participant, now, extra);
}

/** A teacher books a teacher-internship place for themself: an adult participant, no class. */
export async function placeSelf(
  db: Database,
  actor: Actor,
  input: { placeId: string },
  now: Date,
): Promise<PlacementView> {
  authorise(actor, 'placement.selfBook', {
    regionId: actor.regionId,
    organisationId: actor.organisationId,
  });
  const id = await db.transaction(async (tx) => {
    const place = await openPlace(tx, actor, input.placeId, now);
    if (place.offer.type !== 'teacher_internship')
      throw new DomainError('audience_mismatch', 'this place is for pupils');
    const name = (await userNameOf(tx, actor.regionId, actor.userId)) ?? 'Docent';
    const participantId = await teacherParticipant(tx, actor, { name });
    const participant = (await findParticipant(tx, actor.regionId, participantId))!;
    return bookAndRecord(tx, actor, place, participant, now, {});
  });
  return (await presentPlacements(db, actor, { ids: [id] }, now))[0]!;
}

async function openPlace(tx: Transaction, actor: Actor, placeId: string, now: Date) {
  const place = await findPlace(tx, actor.regionId, placeId);
  if (!place) throw new DomainError('not_found', 'place not found');
  if (place.session.status === 'cancelled' || place.session.startsAt <= now)
    throw new DomainError('booking_window_closed', 'this place has started or is cancelled', {
      opensAt: null,
    });
  return place;
}

async function bookAndRecord(
  tx: Transaction,
  actor: Actor,
  place: PlaceWithOffer,
  participant: { id: string; schoolId: string },
  now: Date,
  extra: { roundId?: string; preferenceRank?: number },
): Promise<string> {
  const booking = await placeParticipantIn(
    tx,
    {
      source: 'placement',
      actor: auditActorOf(actor),
      sessionId: place.session.id,
      participantId: participant.id,
      request: {
        status: 'requested',
        context: { source: 'placement', placeId: place.place.id, roundId: extra.roundId ?? null },
      },
    },
    now,
  ).catch((error: unknown) => {
    if (error instanceof DomainError && error.code === 'session_full')
      throw new DomainError('place_full', 'every place of this period is taken');
    throw error;
  });
  const region = (await loadRegionWithSettings(tx, actor.regionId))!;
  const startsOn = localDateOf(place.session.startsAt);
  const endsOn = localDateOf(place.session.endsAt);
  const row = await insertPlacement(tx, {
    regionId: actor.regionId,
    placeId: place.place.id,
    participantId: participant.id,
    schoolId: participant.schoolId,
    companyId: place.place.companyId,
    bookingId: booking.id,
    status: 'proposed',
    roundId: extra.roundId ?? null,
    preferenceRank: extra.preferenceRank ?? null,
    startsOn,
    endsOn,
    retainUntil: retainUntil(endsOn, region.settings.placementRetentionMonths),
    createdBy: actor.userId,
  });
  await recordAudit(tx, auditActorOf(actor), {
    entity: 'placement',
    entityId: row.id,
    action: 'proposed',
    after: { placeId: place.place.id, participantId: participant.id, bookingId: booking.id },
  });
  return row.id;
}

/** Hooks other parts of the placement chain attach to a status change (agreement, rounds). */
export type PlacementHook = (
  tx: Transaction,
  actor: Actor,
  placement: PlacementRow,
  now: Date,
) => Promise<void>;
export const placementHooks: Partial<Record<PlacementMove, PlacementHook[]>> = {};

/**
 * The host company accepts or declines (with a reason); the school (or the company) cancels.
 * The booking moves with it through the booking module's transition, under the session lock;
 * freed places are the booking module's to hand on.
 */
export async function movePlacement(
  db: Database,
  actor: Actor,
  id: string,
  move: Extract<PlacementMove, 'accept' | 'decline' | 'cancel'>,
  reason: string | null,
  now: Date,
): Promise<PlacementView> {
  await db.transaction(async (tx) => {
    const locked = await lockPlacement(tx, actor.regionId, id);
    if (!locked) throw new DomainError('not_found');
    authoriseMove(actor, locked, move);
    const next = orThrow(decidePlacementMove(locked.status, move));
    const booking = await findBookingLocked(tx, actor, locked);
    const state = stateOf(booking);
    const transition = orThrow(
      move === 'accept'
        ? approve(state, now)
        : move === 'decline'
          ? decline(state, reason ?? '')
          : cancel(state, { by: partyOf(actor.role), reason: reason ?? '', deadlineHours: 0, now }),
    );
    const audit = auditActorOf(actor);
    await applyTransition(tx, audit, booking, transition, `placement.${next}`, now);
    if (transition.seatDelta < 0)
      await promoteInLockedSession(
        tx,
        audit,
        { id: booking.sessionId, regionId: actor.regionId },
        now,
      );
    await updatePlacement(tx, id, {
      status: next,
      declineReason: move === 'decline' ? reason : locked.declineReason,
    });
    await recordAudit(tx, audit, {
      entity: 'placement',
      entityId: id,
      action: next,
      before: { status: locked.status },
      after: { status: next },
      reason,
    });
    for (const hook of placementHooks[move] ?? [])
      await hook(tx, actor, { ...locked, status: next }, now);
  });
  return (await presentPlacements(db, actor, { ids: [id] }, now))[0]!;
}

function authoriseMove(actor: Actor, placement: PlacementRow, move: PlacementMove) {
  const resource = { regionId: actor.regionId };
  if (move === 'cancel') {
    const side = partyOf(actor.role);
    const owner = side === 'company' ? placement.companyId : placement.schoolId;
    authorise(actor, side === 'company' ? 'placement.decide' : 'placement.propose', {
      ...resource,
      organisationId: owner,
    });
    return;
  }
  authorise(actor, 'placement.decide', { ...resource, organisationId: placement.companyId });
}

async function findBookingLocked(tx: Transaction, actor: Actor, placement: PlacementRow) {
  const unlocked = await findBooking(tx, actor.regionId, placement.bookingId);
  if (!unlocked) throw new DomainError('not_found');
  await lockSession(tx, actor.regionId, unlocked.sessionId);
  return (await findBooking(tx, actor.regionId, placement.bookingId, true))!;
}

/** A school its placements, a company those in its places, the bureau all (by pseudonym). */
export async function listPlacements(
  db: Database,
  actor: Actor,
  query: { placeId?: string; participantId?: string; status?: PlacementStatus; mine?: string },
  now: Date,
): Promise<PlacementView[]> {
  authorise(actor, 'placement.read', { regionId: actor.regionId, organisationId: null });
  const side = isBureau(actor.role) ? 'bureau' : partyOf(actor.role);
  const own = actor.organisationId ?? undefined;
  const { mine, ...filter } = query;
  if (mine === 'true') {
    const [self] = await findParticipants(db, actor.regionId, { userId: actor.userId });
    if (!self) return [];
    filter.participantId = self.id;
  }
  return presentPlacements(
    db,
    actor,
    {
      ...filter,
      schoolId: side === 'school' ? own : undefined,
      companyId: side === 'company' ? own : undefined,
    },
    now,
  );
}

export async function getPlacement(db: Database, actor: Actor, id: string, now: Date) {
  const [view] = await listPlacementsById(db, actor, id, now);
  if (!view) throw new DomainError('not_found');
  return view;
}

async function listPlacementsById(db: Database, actor: Actor, id: string, now: Date) {
  const side = isBureau(actor.role) ? 'bureau' : partyOf(actor.role);
  const own = actor.organisationId ?? undefined;
  return presentPlacements(
    db,
    actor,
    {
      ids: [id],
      schoolId: side === 'school' ? own : undefined,
      companyId: side === 'company' ? own : undefined,
    },
    now,
  );
}
