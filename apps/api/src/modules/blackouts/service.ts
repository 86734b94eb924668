import type { Database, Transaction } from '@stagebureau/db';
import {
  DomainError,
  blackoutProblems,
  type Actor,
  type Blackout,
  type BlackoutPeriod,
  type CreateBlackout,
  type UpdateBlackout,
} from '@stagebureau/domain';
import { authorise } from '../../plugins/auth';
import { recordAudit } from '../audit/record';
import {
  deleteBlackout,
  findBlackout,
  insertBlackout,
  listBlackouts,
  toBlackoutPeriod,
  updateBlackout,
  type BlackoutRow,
} from './repo';
import { organisations } from '@stagebureau/db';
import { and, eq } from 'drizzle-orm';

export const toBlackout = (row: BlackoutRow): Blackout => ({
  id: row.id,
  kind: row.kind,
  name: row.name,
  holidayRegion: row.holidayRegion as Blackout['holidayRegion'],
  schoolId: row.schoolId,
  startsOn: row.startsOn,
  endsOn: row.endsOn,
  createdAt: row.createdAt.toISOString(),
});

const auditActor = (actor: Actor) => ({
  userId: actor.userId,
  role: actor.role,
  regionId: actor.regionId,
});

async function assertSchoolInRegion(db: Database, regionId: string, schoolId: string | null) {
  if (!schoolId) return;
  const [school] = await db
    .select({ kind: organisations.kind })
    .from(organisations)
    .where(and(eq(organisations.regionId, regionId), eq(organisations.id, schoolId)));
  if (school?.kind !== 'school')
    throw new DomainError('validation_failed', 'no such school in this region', {
      errors: [{ path: 'body.schoolId', message: 'unknown school' }],
    });
}

export async function createBlackout(db: Database, actor: Actor, input: CreateBlackout) {
  authorise(actor, 'blackout.manage', { regionId: actor.regionId });
  await assertSchoolInRegion(db, actor.regionId, input.schoolId);
  return db.transaction(async (tx) => {
    const row = await insertBlackout(tx, { ...input, regionId: actor.regionId });
    await recordAudit(tx, auditActor(actor), {
      entity: 'blackout',
      entityId: row.id,
      action: 'created',
      after: row,
    });
    return toBlackout(row);
  });
}

export async function editBlackout(db: Database, actor: Actor, id: string, change: UpdateBlackout) {
  authorise(actor, 'blackout.manage', { regionId: actor.regionId });
  return db.transaction(async (tx) => {
    const before = await findBlackout(tx, actor.regionId, id);
    if (!before) throw new DomainError('not_found');
    const problems = blackoutProblems({ ...before, ...change });
    if (problems.length > 0)
      throw new DomainError('validation_failed', problems[0]!.message, {
        errors: problems.map((p) => ({ path: `body.${p.path}`, message: p.message })),
      });
    if (change.schoolId) await assertSchoolInRegion(db, actor.regionId, change.schoolId);
    const after = (await updateBlackout(tx, actor.regionId, id, change))!;
    await recordAudit(tx, auditActor(actor), {
      entity: 'blackout',
      entityId: id,
      action: 'updated',
      before,
      after,
    });
    return toBlackout(after);
  });
}

/** Blackouts are planning data, not something a school relied on: they may be deleted. */
export async function removeBlackout(db: Database, actor: Actor, id: string) {
  authorise(actor, 'blackout.manage', { regionId: actor.regionId });
  await db.transaction(async (tx) => {
    const before = await deleteBlackout(tx, actor.regionId, id);
    if (!before) throw new DomainError('not_found');
    await recordAudit(tx, auditActor(actor), {
      entity: 'blackout',
      entityId: id,
      action: 'deleted',
      before,
    });
  });
}

/** The region's blackouts touching the local dates [from, to], as the domain reads them. */
export async function blackoutsAround(
  db: Database | Transaction,
  regionId: string,
  range: { from: string; to: string },
): Promise<BlackoutPeriod[]> {
  return (await listBlackouts(db, regionId, range)).map(toBlackoutPeriod);
}
