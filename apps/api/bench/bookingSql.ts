import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Database } from '@stagebureau/db';
import { createBookingSchema, DomainError } from '@stagebureau/domain';
import { loadActiveActor } from '../src/modules/auth/service';
import { bookOnce as bookOnceInProduct, requestHashOf } from '../src/modules/bookings/idempotency';
import { problemFor } from '../src/plugins/errors';
import type { Attempt } from './seed/bookingWorld';

/**
 * The school's `POST /bookings` without HTTP: the product's own functions on a pool like the
 * API's — the auth lookup (plugins/auth → `loadActiveActor`), then `bookOnce` of
 * bookings/idempotency.ts, which loads the facts in one prepared statement, decides with the
 * domain and runs `booking_place()` (docs/decisions/005-one-booking-path.md). What is left out
 * is exactly Fastify: routing, JWT, JSON parsing and validation of the request, serialising
 * the answer. So the flash crowd's ratio to this row is the price of the HTTP layer.
 */
export interface Actor {
  userId: string;
  regionId: string;
  schoolId: string;
}

/** The body the flash crowd posts, as the route sees it after validation. */
const bodyOf = (attempt: Attempt) =>
  createBookingSchema.parse({ sessionId: attempt.sessionId, classId: attempt.classId });

/** The route's problem+json body for a refusal (plugins/errors.ts, Dutch). */
const problemOf = (error: DomainError) => {
  const problem = problemFor(
    { url: '/api/v1/bookings', headers: {} } as FastifyRequest,
    error.code,
    error.detail,
    undefined,
    error.meta,
  );
  return { status: problem.status, body: problem };
};

/**
 * One booking attempt with a fresh idempotency key. Returns the outcome: the booking's status,
 * or the refusal's code.
 */
export async function bookOnce(db: Database, actor: Actor, attempt: Attempt): Promise<string> {
  const who = await loadActiveActor(db, actor.userId, actor.regionId);
  if (!who) throw new DomainError('unauthenticated');
  const body = bodyOf(attempt);
  const answer = await bookOnceInProduct(
    db,
    who,
    {
      body,
      key: randomUUID(),
      requestHash: requestHashOf('POST /bookings', body),
      now: new Date(),
    },
    problemOf,
  );
  const view = answer.body as { status?: string; code?: string };
  return view.code ?? view.status ?? String(answer.status);
}
