import { createHash } from 'node:crypto';
import type { Database } from '@stagebureau/db';
import { DomainError, type Actor, type Booking, type CreateBooking } from '@stagebureau/domain';
import { authorise } from '../../plugins/auth';
import { createdStatusCode, placeBooking, refusalError, type StoredAnswer } from './path';
import { bookingFor, newBookingView } from './read';

export interface Answer {
  status: number;
  body: unknown;
  replayed: boolean;
}

/** Stable JSON (sorted keys) so the same body always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const requestHashOf = (route: string, body: unknown) =>
  createHash('sha256')
    .update(`${route}\n${canonical(body)}`)
    .digest('hex');

/**
 * A school's `POST /bookings`, at most once per (user, key) (invariant 4). `booking_place()`
 * takes an advisory lock on the key, returns the stored outcome to a retry, and stores the
 * new outcome — the booking with its answer's status code, or a business refusal — in the
 * booking's own statement, so nothing is written after commit (decision 005). Contention and
 * 5xx store nothing, so the retry runs again.
 */
export async function bookOnce(
  db: Database,
  actor: Actor,
  input: { body: CreateBooking; key: string; requestHash: string; now: Date },
  problemOf: (error: DomainError) => { status: number; body: unknown },
): Promise<Answer> {
  const { body, key, requestHash } = input;
  const placement = await placeBooking(
    db,
    {
      source: 'school',
      actor,
      sessionId: body.sessionId,
      classId: body.classId,
      request: {
        seats: body.seats,
        teachers: body.teachers,
        note: body.note,
        overrideCaps: body.overrideCaps,
      },
    },
    input.now,
    {
      idempotency: { userId: actor.userId, key, requestHash },
      check: ({ schoolClass }) =>
        authorise(actor, 'booking.create', {
          regionId: actor.regionId,
          organisationId: schoolClass.organisationId,
        }),
    },
  );
  switch (placement.kind) {
    case 'replayed':
      return replay(db, actor, placement.answer, requestHash, problemOf);
    case 'refused':
      return { ...problemOf(placement.error), replayed: false };
    case 'placed': {
      const { booking, facts, waitlistPosition } = placement;
      const body = newBookingView(booking, facts, waitlistPosition);
      return { status: createdStatusCode(booking.status), body, replayed: false };
    }
  }
}

/**
 * A retry gets the first answer's status code with the booking it created as it is now, or
 * the same refusal. (Rows from before decision 005 carry the rendered body itself.)
 */
async function replay(
  db: Database,
  actor: Actor,
  stored: StoredAnswer,
  requestHash: string,
  problemOf: (error: DomainError) => { status: number; body: unknown },
): Promise<Answer> {
  if (stored.requestHash !== requestHash) throw new DomainError('idempotency_key_reused');
  if (stored.responseBody !== null && stored.responseStatus !== null)
    return { status: stored.responseStatus, body: stored.responseBody, replayed: true };
  if (!stored.bookingId) return { ...problemOf(refusalError(stored.refusal!)), replayed: true };
  const view = (await bookingFor(db, actor, stored.bookingId)) as Booking;
  const status = stored.responseStatus ?? createdStatusCode(view.status);
  return { status, body: view, replayed: true };
}
