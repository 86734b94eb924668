import { createHash, randomBytes } from 'node:crypto';
import { allocationRequests, allocationRounds, type Database } from '@stagebureau/db';
import {
  DomainError,
  canChangeRequests,
  isBureau,
  type Actor,
  type CreateAllocationRound,
} from '@stagebureau/domain';
import type { z } from 'zod';
import { and, eq, sql } from 'drizzle-orm';
import type {
  updateAllocationRequestSchema,
  createAllocationRequestSchema,
} from '@stagebureau/domain';
import { authorise } from '../../plugins/auth';
import { auditActorOf, recordAudit } from '../audit/record';
import { orThrow } from '../bookings/apply';
import { findClass, findRequest, findRound, listRequests, sessionsWithOffers } from './repo';
import { requestView, roundView, statusOf } from './view';

/** Commitment to a fresh seed: SHA-256 of its hex text (anyone can check it after the run). */
export function drawSeed(): { seed: string; seedHash: string } {
  const seed = randomBytes(32).toString('hex');
  return { seed, seedHash: createHash('sha256').update(seed, 'utf8').digest('hex') };
}

export async function createRound(
  db: Database,
  actor: Actor,
  body: CreateAllocationRound,
  now: Date,
) {
  authorise(actor, 'allocationRound.manage', { regionId: actor.regionId });
  const found = await sessionsWithOffers(db, actor.regionId, body.sessionIds);
  if (
    found.length !== body.sessionIds.length ||
    found.some((row) => row.session.status !== 'scheduled')
  )
    throw new DomainError(
      'validation_failed',
      'every session must be a scheduled session of the region',
      {
        errors: [{ path: 'body.sessionIds', message: 'unknown or cancelled session' }],
      },
    );
  const { seed, seedHash } = drawSeed();
  return db.transaction(async (tx) => {
    const [round] = await tx
      .insert(allocationRounds)
      .values({
        regionId: actor.regionId,
        name: body.name,
        requestWindowOpensAt: new Date(body.requestWindow.opensAt),
        requestWindowClosesAt: new Date(body.requestWindow.closesAt),
        sessionIds: body.sessionIds,
        policy: body.policy,
        seed,
        seedHash,
        createdBy: actor.userId,
      })
      .returning();
    const view = roundView(round!, now);
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'allocation_round',
      entityId: round!.id,
      action: 'create',
      after: view,
    });
    return view;
  });
}

/** Schools and the bureau see the rounds of their region; companies none. */
export async function readRound(db: Database, actor: Actor, id: string) {
  const round = await findRound(db, actor.regionId, id);
  if (!round) throw new DomainError('not_found');
  authorise(actor, 'allocationRound.read', { regionId: round.regionId });
  return round;
}

type NewRequest = z.infer<typeof createAllocationRequestSchema>;
type RequestChange = z.infer<typeof updateAllocationRequestSchema>;

function checkPreferences(sessionIds: string[], preferences: string[] | undefined) {
  if (preferences?.some((id) => !sessionIds.includes(id)))
    throw new DomainError('validation_failed', 'preferences must be sessions of the round', {
      errors: [{ path: 'body.preferences', message: 'not a session of this round' }],
    });
}

export async function submitRequest(
  db: Database,
  actor: Actor,
  roundId: string,
  body: NewRequest,
  now: Date,
) {
  const round = await readRound(db, actor, roundId);
  const schoolClass = await findClass(db, actor.regionId, body.classId);
  if (!schoolClass || schoolClass.archivedAt) throw new DomainError('not_found', 'class not found');
  authorise(actor, 'allocationRequest.write', {
    regionId: actor.regionId,
    organisationId: schoolClass.organisationId,
  });
  orThrow(canChangeRequests(statusOf(round, now)));
  if (body.seats !== schoolClass.size)
    throw new DomainError(
      'validation_failed',
      `a class is booked as one unit: seats must be ${schoolClass.size}`,
      {
        errors: [{ path: 'body.seats', message: `must equal the class size ${schoolClass.size}` }],
      },
    );
  checkPreferences(round.sessionIds, body.preferences);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(allocationRequests)
      .values({
        regionId: actor.regionId,
        roundId,
        schoolId: schoolClass.organisationId,
        classId: schoolClass.id,
        seats: body.seats,
        preferences: body.preferences,
        createdBy: actor.userId,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new DomainError('duplicate', 'this class already has a request in this round');
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'allocation_request',
      entityId: row.id,
      action: 'create',
      after: requestView(row),
    });
    return requestView(row);
  });
}

async function ownRequest(
  db: Database,
  actor: Actor,
  roundId: string,
  requestId: string,
  now: Date,
) {
  const round = await readRound(db, actor, roundId);
  const request = await findRequest(db, actor.regionId, roundId, requestId);
  if (!request) throw new DomainError('not_found');
  authorise(actor, 'allocationRequest.write', {
    regionId: actor.regionId,
    organisationId: request.schoolId,
  });
  orThrow(canChangeRequests(statusOf(round, now)));
  return { round, request };
}

export async function changeRequest(
  db: Database,
  actor: Actor,
  ids: { id: string; requestId: string },
  body: RequestChange,
  now: Date,
) {
  const { round, request } = await ownRequest(db, actor, ids.id, ids.requestId, now);
  checkPreferences(round.sessionIds, body.preferences);
  if (body.seats !== undefined && body.seats !== request.seats)
    throw new DomainError(
      'validation_failed',
      'a class is booked as one unit: seats follow the class size',
    );
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(allocationRequests)
      .set({ ...body, updatedAt: sql`now()` })
      .where(
        and(eq(allocationRequests.id, request.id), eq(allocationRequests.regionId, actor.regionId)),
      )
      .returning();
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'allocation_request',
      entityId: request.id,
      action: 'update',
      before: requestView(request),
      after: requestView(row!),
    });
    return requestView(row!);
  });
}

export async function withdrawRequest(
  db: Database,
  actor: Actor,
  ids: { id: string; requestId: string },
  now: Date,
) {
  const { request } = await ownRequest(db, actor, ids.id, ids.requestId, now);
  await db.transaction(async (tx) => {
    await tx
      .delete(allocationRequests)
      .where(
        and(eq(allocationRequests.id, request.id), eq(allocationRequests.regionId, actor.regionId)),
      );
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'allocation_request',
      entityId: request.id,
      action: 'withdraw',
      before: requestView(request),
    });
  });
}

/** The bureau sees every request; a school only its own. */
export async function requestsVisibleTo(db: Database, actor: Actor, roundId: string) {
  const round = await readRound(db, actor, roundId);
  authorise(actor, 'allocationRequest.read', { regionId: round.regionId });
  const rows = await listRequests(
    db,
    actor.regionId,
    roundId,
    isBureau(actor.role) ? undefined : (actor.organisationId ?? 'none'),
  );
  return rows.map(requestView);
}
