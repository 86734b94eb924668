import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { Database, Transaction } from '@stagebureau/db';
import {
  checkCaps,
  decideNewBooking,
  DomainError,
  heldSeats,
  type BookingPlan,
  type BookingStatus,
  type ErrorCode,
  type NewBookingFacts,
} from '@stagebureau/domain';
import { effectsToSql } from './effectsSql';
import {
  loadBookingFacts,
  loadParticipantFacts,
  type LoadedFacts,
  type ParticipantFacts,
} from './facts';
import { bookingRowOf } from './read';
import type { BookingRow } from './repo';

/**
 * THE booking path (architecture §5.8, docs/decisions/005-one-booking-path.md): every booking that
 * comes to exist — a school's, a cap exception, a bureau move, an allocation result, an
 * accepted proposal, the demo seed — is decided by the domain's `decideNewBooking` and
 * inserted by `booking_place()` (migration 0007), the only insert into `bookings`. Load the
 * facts (no locks) → decide (pure) → one statement that locks, re-checks what can change
 * concurrently, writes the booking with its audit, conflicts and notification events.
 */
export interface NewBooking {
  source: NewBookingFacts['source'];
  actor: NewBookingFacts['actor'];
  sessionId: string;
  classId: string;
  request: NewBookingFacts['request'];
}

export interface Idempotency {
  userId: string;
  key: string;
  requestHash: string;
}

export interface StoredAnswer {
  requestHash: string;
  responseStatus: number | null;
  responseBody: unknown;
  bookingId: string | null;
  refusal: Refusal | null;
}

export type Placement =
  | { kind: 'placed'; booking: BookingRow; waitlistPosition: number | null; facts: LoadedFacts }
  | { kind: 'refused'; error: DomainError }
  | { kind: 'replayed'; answer: StoredAnswer };

/** A refusal as `booking_place()` stores it: the domain's, or one found under the locks. */
interface Refusal {
  code: ErrorCode;
  detail?: string;
  meta?: Record<string, unknown>;
  usage?: { session: number; offer: number; season: number };
  /** With `usage`: the caps and seats it was checked against, to word the refusal again. */
  caps?: SqlCaps;
  seats?: number;
  availability?: 'cancelled' | 'full';
}

/**
 * Places a booking in its own single-statement transaction (the school's hot path): the
 * locks live only while PostgreSQL runs `booking_place()`. A refusal is returned, and stored
 * with the idempotency key when one is given.
 */
export async function placeBooking(
  db: Database,
  input: NewBooking,
  now: Date,
  options: { idempotency?: Idempotency; check?: (facts: LoadedFacts) => void } = {},
): Promise<Placement> {
  const facts = await loadBookingFacts(db, input.actor.regionId, input, input.actor.userId);
  options.check?.(facts);
  const { plan } = planFor(input, facts, now, options.idempotency);
  return placementOf(await execute(db, plan), facts);
}

/** The HTTP status of a new booking's answer: 201 when confirmed, 202 when it waits. */
export const createdStatusCode = (status: BookingStatus) => (status === 'confirmed' ? 201 : 202);

/**
 * The decision and what `booking_place()` receives for it: the plan, or the domain's refusal
 * (stored with the idempotency key like any other answer). Exported for the benchmark's
 * replay of the product's SQL.
 */
export function planFor(
  input: NewBooking | NewParticipantBooking,
  facts: LoadedFacts | ParticipantFacts,
  now: Date,
  idempotency?: Idempotency,
) {
  const decided = decide(input, facts, now);
  const decision = decided.ok
    ? sqlPlanOf(decided.value, input.actor)
    : { refusal: { code: decided.code, detail: decided.detail, meta: decided.meta } };
  const key = idempotency && {
    user_id: idempotency.userId,
    key: idempotency.key,
    request_hash: idempotency.requestHash,
    region_id: input.actor.regionId,
  };
  return { decided, plan: { ...decision, idempotency: key ?? null } };
}

/**
 * Places a booking inside the caller's transaction (bureau move, cap exception, allocation,
 * proposal, seed): a refusal is thrown so the caller's whole transaction rolls back.
 */
export async function placeBookingIn(
  tx: Transaction,
  input: NewBooking,
  now: Date,
  check?: (facts: LoadedFacts) => void,
): Promise<{ id: string; status: BookingStatus }> {
  const facts = await loadBookingFacts(tx, input.actor.regionId, input);
  check?.(facts);
  return placeWithFactsIn(tx, input, facts, now);
}

/** A placement's booking: one participant (pupil or teacher), one seat (issue 16). */
export interface NewParticipantBooking {
  source: 'placement';
  actor: NewBookingFacts['actor'];
  sessionId: string;
  participantId: string;
  request: NewBookingFacts['request'];
}

/**
 * Places a participant's booking inside the caller's transaction (source `placement`): the
 * same decision and the same `booking_place()`, with the participant's own time as the
 * constraint (`participant_busy`) and one seat of the place (`session_full`).
 */
export async function placeParticipantIn(
  tx: Transaction,
  input: NewParticipantBooking,
  now: Date,
): Promise<{ id: string; status: BookingStatus }> {
  const facts = await loadParticipantFacts(tx, input.actor.regionId, input);
  return placeWithFactsIn(tx, input, facts, now);
}

async function placeWithFactsIn(
  tx: Transaction,
  input: NewBooking | NewParticipantBooking,
  facts: LoadedFacts | ParticipantFacts,
  now: Date,
): Promise<{ id: string; status: BookingStatus }> {
  const { plan, decided } = planFor(input, facts, now);
  if (!decided.ok) throw new DomainError(decided.code, decided.detail, decided.meta);
  const result = await execute(tx, plan);
  if (result.outcome === 'refused') throw refusalError(result.refusal);
  if (result.outcome !== 'placed') throw new DomainError('internal_error');
  const booking = bookingRowOf(result.booking);
  return { id: booking.id, status: booking.status };
}

/**
 * The one call of `booking_place()`. On the pool it is a statement prepared by name (planned
 * once per connection); in a caller's transaction it goes through that transaction.
 */
async function execute(db: Database | Transaction, plan: object): Promise<SqlResult> {
  const json = JSON.stringify(plan);
  const { rows } =
    '$client' in db && db.$client instanceof pg.Pool
      ? await db.$client.query<{ r: SqlResult }>({
          name: 'booking_place',
          text: 'select booking_place($1::jsonb) as r',
          values: [json],
        })
      : await db.execute<{ r: SqlResult }>(sql`select booking_place(${json}::jsonb) as r`);
  return rows[0]!.r;
}

function decide(
  input: NewBooking | NewParticipantBooking,
  facts: LoadedFacts | ParticipantFacts,
  now: Date,
) {
  return decideNewBooking({
    ...facts,
    source: input.source,
    actor: input.actor,
    now,
    request: input.request,
    ids: {
      booking: randomUUID(),
      blackoutConflict: randomUUID(),
      oversubscribedConflict: randomUUID(),
    },
  });
}

function sqlPlanOf(plan: BookingPlan, actor: NewBooking['actor']) {
  const { booking } = plan;
  const branch = (status: BookingStatus, effects: BookingPlan['fits']['effects']) => ({
    status,
    holds_seats: heldSeats({ status, seats: booking.seats, holdExpiresAt: null }) > 0,
    response_status: createdStatusCode(status),
    effects: effectsToSql(effects, actor),
  });
  return {
    booking: {
      id: booking.id,
      region_id: booking.regionId,
      session_id: booking.sessionId,
      offer_id: booking.offerId,
      school_id: booking.schoolId,
      class_id: booking.classId,
      participant_id: booking.participantId,
      seats: booking.seats,
      teachers: booking.teachers,
      note: booking.note,
      starts_at: booking.startsAt,
      ends_at: booking.endsAt,
      status_reason: booking.statusReason,
      created_by: booking.createdBy,
    },
    refusal: null,
    lock_school: plan.lockSchool,
    caps: plan.caps && {
      per_session: plan.caps.perSession,
      per_offer: plan.caps.perOffer,
      per_season: plan.caps.perSeason,
      season_from: plan.caps.season.from,
      season_until: plan.caps.season.until,
    },
    live_statuses: plan.liveStatuses,
    fits: branch(plan.fits.status, plan.fits.effects),
    full: plan.full && branch(plan.full.status, plan.full.effects),
    oversubscribed: plan.oversubscribed && {
      above_seats: plan.oversubscribed.aboveSeats,
      effects: effectsToSql(plan.oversubscribed.effects, actor),
    },
  };
}

interface SqlCaps {
  per_session: number | null;
  per_offer: number | null;
  per_season: number | null;
}

type SqlResult =
  | { outcome: 'placed'; booking: Record<string, unknown>; waitlist_position: number | null }
  | { outcome: 'refused'; refusal: Refusal }
  | {
      outcome: 'replayed';
      request_hash: string;
      response_status: number | null;
      response_body: unknown;
      booking_id: string | null;
      refusal: Refusal | null;
    };

function placementOf(result: SqlResult, facts: LoadedFacts): Placement {
  switch (result.outcome) {
    case 'placed':
      return {
        kind: 'placed',
        booking: bookingRowOf(result.booking),
        waitlistPosition: result.waitlist_position,
        facts,
      };
    case 'refused':
      return { kind: 'refused', error: refusalError(result.refusal) };
    case 'replayed':
      return {
        kind: 'replayed',
        answer: {
          requestHash: result.request_hash,
          responseStatus: result.response_status,
          responseBody: result.response_body,
          bookingId: result.booking_id,
          refusal: result.refusal,
        },
      };
  }
}

/** The error a refusal means; the domain words it (the database only found the fact). */
export function refusalError(refusal: Refusal): DomainError {
  if (refusal.usage && refusal.caps && refusal.seats) {
    const caps = {
      perSession: refusal.caps.per_session,
      perOffer: refusal.caps.per_offer,
      perSeason: refusal.caps.per_season,
    };
    const check = checkCaps(caps, refusal.usage, refusal.seats);
    if (!check.ok) return new DomainError(check.code, check.detail, check.meta);
  }
  if (refusal.availability === 'cancelled')
    return new DomainError('booking_window_closed', 'the session is cancelled', { opensAt: null });
  return new DomainError(refusal.code, refusal.detail, refusal.meta);
}
