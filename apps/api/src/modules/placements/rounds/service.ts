import type { Database } from '@stagebureau/db';
import {
  DomainError,
  checkPreferencePlaces,
  checkRoundPlaces,
  decideRoundMove,
  isBureau,
  type Actor,
  type CreatePlacementRound,
  type Language,
  type PlacementPreferencesInput,
} from '@stagebureau/domain';
import { authorise } from '../../../plugins/auth';
import { drawSeed } from '../../allocation/rounds';
import { auditActorOf, recordAudit } from '../../audit/record';
import { orThrow } from '../../bookings';
import {
  deletePreference,
  findPreference,
  findRound,
  insertRound,
  listRounds,
  pupilFacts,
  roundPlaces,
  upsertPreference,
} from './repo';
import { roundDetail, roundEntity, roundFields } from './view';

/**
 * A school's matching round for placements (issue 16, decision 008): its coordinator opens it
 * over places of the region, ranks each pupil's places, runs the seeded draw and publishes
 * the proposals to the companies (run.ts, publish.ts).
 */
export async function createRound(
  db: Database,
  actor: Actor,
  input: CreatePlacementRound,
  language: Language,
  now: Date,
) {
  authorise(actor, 'placementRound.manage', {
    regionId: actor.regionId,
    organisationId: actor.organisationId,
  });
  const found = await roundPlaces(db, actor.regionId, input.placeIds);
  orThrow(
    checkRoundPlaces(
      input.placeIds,
      found.map((place) => ({
        id: place.id,
        startsAt: place.startsAt,
        cancelled: place.sessionStatus === 'cancelled',
        forTeachers: place.type === 'teacher_internship',
      })),
      now,
    ),
  );
  const { seed, seedHash } = drawSeed();
  const round = await db.transaction(async (tx) => {
    const row = await insertRound(tx, {
      regionId: actor.regionId,
      schoolId: actor.organisationId!,
      title: input.title,
      placeIds: input.placeIds,
      seed,
      seedHash,
      createdBy: actor.userId,
    });
    await recordAudit(tx, auditActorOf(actor), {
      entity: roundEntity,
      entityId: row.id,
      action: 'created',
      after: roundFields(row),
    });
    return row;
  });
  return roundDetail(db, actor, round, language, now);
}

/** The bureau reads every round of its region (pupils by pseudonym); a school its own. */
function authoriseRead(actor: Actor, schoolId: string | null) {
  authorise(actor, isBureau(actor.role) ? 'placement.read' : 'pupil.read', {
    regionId: actor.regionId,
    organisationId: schoolId,
  });
}

export async function listRoundsFor(db: Database, actor: Actor) {
  authoriseRead(actor, actor.organisationId);
  const schoolId = isBureau(actor.role) ? undefined : actor.organisationId!;
  const rows = await listRounds(db, actor.regionId, schoolId);
  return rows.map(({ round, pupilCount }) => ({ ...roundFields(round), pupilCount }));
}

async function readableRound(db: Database, actor: Actor, id: string) {
  const round = await findRound(db, actor.regionId, id);
  if (!round) throw new DomainError('not_found');
  authoriseRead(actor, round.schoolId);
  return round;
}

export async function getRound(
  db: Database,
  actor: Actor,
  id: string,
  language: Language,
  now: Date,
) {
  return roundDetail(db, actor, await readableRound(db, actor, id), language, now);
}

/** The round its own coordinator may change (another school's is not found). */
export async function managedRound(db: Database, actor: Actor, id: string) {
  const round = await findRound(db, actor.regionId, id);
  if (!round) throw new DomainError('not_found');
  authorise(actor, 'placementRound.manage', {
    regionId: actor.regionId,
    organisationId: round.schoolId,
  });
  return round;
}

/**
 * One pupil's ranked places while the round is open: the school's own pupils only (another
 * school's is not found), places of the round that suit the pupil, each wrong one named. An
 * empty list takes the pupil out of the round.
 */
export async function setPreferences(
  db: Database,
  actor: Actor,
  id: string,
  input: PlacementPreferencesInput,
  language: Language,
  now: Date,
) {
  const round = await managedRound(db, actor, id);
  orThrow(decideRoundMove(round.status, 'prefer'));
  const pupil = await pupilFacts(db, actor.regionId, input.participantId);
  if (!pupil || pupil.schoolId !== round.schoolId)
    throw new DomainError('not_found', 'pupil not found');
  if (pupil.kind !== 'pupil' || pupil.erasedAt)
    throw new DomainError('validation_failed', 'only a registered pupil takes part in a round', {
      errors: [{ path: 'body.participantId', message: 'not a registered pupil' }],
    });
  const places = await roundPlaces(db, actor.regionId, round.placeIds);
  orThrow(
    checkPreferencePlaces(
      places,
      {
        educationLevel: pupil.educationLevel!,
        schoolYear: pupil.schoolYear!,
        vmboProfile: pupil.vmboProfile,
      },
      input.placeIds,
    ),
  );
  await db.transaction(async (tx) => {
    const locked = (await findRound(tx, actor.regionId, round.id, true))!;
    orThrow(decideRoundMove(locked.status, 'prefer'));
    const audit = auditActorOf(actor);
    const before = await findPreference(tx, round.id, pupil.id);
    if (input.placeIds.length === 0) {
      if (!before) return;
      await deletePreference(tx, before.id);
      await recordAudit(tx, audit, {
        entity: 'placement_preference',
        entityId: before.id,
        action: 'removed',
        before: { roundId: round.id, participantId: pupil.id, placeIds: before.placeIds },
      });
      return;
    }
    const row = await upsertPreference(tx, {
      regionId: actor.regionId,
      roundId: round.id,
      participantId: pupil.id,
      placeIds: input.placeIds,
    });
    await recordAudit(tx, audit, {
      entity: 'placement_preference',
      entityId: row.id,
      action: before ? 'changed' : 'set',
      before: before ? { placeIds: before.placeIds } : undefined,
      after: { roundId: round.id, participantId: pupil.id, placeIds: row.placeIds },
    });
  });
  return roundDetail(db, actor, round, language, now);
}
