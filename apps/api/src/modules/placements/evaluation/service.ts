import type { Database, Transaction } from '@stagebureau/db';
import {
  DomainError,
  checkEvaluation,
  decidePlacementMove,
  evaluationRanking,
  evaluationScore,
  localDateOf,
  schoolYearRange,
  type Actor,
  type EvaluationBody,
  type EvaluationCriterion,
  type EvaluationView,
  type PublicEvaluation,
} from '@stagebureau/domain';
import { authorise } from '../../../plugins/auth';
import { auditActorOf, recordAudit, type AuditActor } from '../../audit/record';
import { orThrow } from '../../bookings';
import { loadRegionWithSettings } from '../../region/service';
import {
  authoriseHost,
  authoriseReader,
  confirmedHoursByCompany,
  findAttendancePlacement,
  participantNameOf,
  tokenHashOf,
  supervisorActor,
  type AttendancePlacement,
} from '../attendance';
import { updatePlacement } from '../repo';
import {
  findByToken,
  findOfPlacement,
  storeSubmission,
  submittedEvaluations,
  type EvaluationRow,
} from './repo';

const dead = () => new DomainError('signing_link_invalid');

async function criteriaOf(db: Database | Transaction, regionId: string) {
  return (await loadRegionWithSettings(db, regionId))!.settings.evaluationCriteria;
}

/** The stored ratings in the region's order (jsonb keeps its own); a retired criterion last. */
function evaluationView(
  criteria: readonly EvaluationCriterion[],
  row: EvaluationRow,
): EvaluationView {
  const current = criteria.filter((criterion) => criterion.key in row.ratings);
  const retired = Object.keys(row.ratings)
    .filter((key) => !current.some((criterion) => criterion.key === key))
    .sort()
    .map((key) => ({ key, label: key }));
  const ordered = [...current, ...retired];
  return {
    placementId: row.placementId,
    criteria: ordered.map(({ key, label }) => ({ key, label })),
    ratings: Object.fromEntries(ordered.map(({ key }) => [key, row.ratings[key]!])),
    score: evaluationScore(row.ratings),
    comment: row.comment,
    submittedAt: row.submittedAt!.toISOString(),
  };
}

/** The form behind the supervisor's link: the region's criteria and whom it is about. */
export async function readEvaluationByToken(
  db: Database,
  token: string,
): Promise<PublicEvaluation> {
  const row = await findByToken(db, tokenHashOf(token));
  if (!row || row.submittedAt) throw dead();
  const { regionId } = row;
  const loaded = await findAttendancePlacement(db, regionId, row.placementId);
  if (!loaded || loaded.placement.status !== 'signed') throw dead();
  await recordAudit(db, supervisorActor(regionId), {
    entity: 'participant',
    entityId: loaded.placement.participantId,
    action: 'read',
    after: { reader: 'supervisor', named: loaded.participant.erasedAt === null },
  });
  return {
    placeTitle: loaded.placeTitle,
    companyName: loaded.companyName,
    participantName: participantNameOf(loaded),
    startsOn: loaded.placement.startsOn,
    endsOn: loaded.placement.endsOn,
    criteria: await criteriaOf(db, regionId),
  };
}

/** The supervisor submits by the link, once; the placement is then completed. */
export async function submitEvaluationByToken(
  db: Database,
  token: string,
  input: EvaluationBody,
  now: Date,
) {
  const tokenHash = tokenHashOf(token);
  return db.transaction(async (tx) => {
    // Lock order as everywhere: the placement, then its evaluation.
    const found = await findByToken(tx, tokenHash);
    if (!found) throw dead();
    const { regionId } = found;
    const loaded = await findAttendancePlacement(tx, regionId, found.placementId, 'update');
    const row = await findByToken(tx, tokenHash, true);
    if (!loaded || !row || row.submittedAt || loaded.placement.status !== 'signed') throw dead();
    return submit(tx, supervisorActor(regionId), loaded, input, now);
  });
}

/** The host company fills the form itself (logged in). */
export async function submitEvaluation(
  db: Database,
  actor: Actor,
  placementId: string,
  input: EvaluationBody,
  now: Date,
) {
  return db.transaction(async (tx) => {
    const loaded = await findAttendancePlacement(tx, actor.regionId, placementId, 'update');
    if (!loaded) throw new DomainError('not_found');
    authoriseHost(actor, loaded.placement);
    return submit(tx, auditActorOf(actor), loaded, input, now);
  });
}

/**
 * The one way an evaluation is stored: the placement must be signed and its last day reached;
 * the ratings exactly the region's criteria, 1–5. The placement becomes `completed` in the
 * same transaction. The audit keeps the ratings, not the comment's text.
 */
async function submit(
  tx: Transaction,
  actor: AuditActor,
  loaded: AttendancePlacement,
  input: EvaluationBody,
  now: Date,
): Promise<EvaluationView> {
  const { placement } = loaded;
  const next = orThrow(decidePlacementMove(placement.status, 'complete'));
  if (localDateOf(now) < placement.endsOn)
    throw new DomainError('invalid_transition', 'the placement has not ended yet', {
      from: placement.status,
      move: 'complete',
    });
  const criteria = await criteriaOf(tx, placement.regionId);
  const checked = orThrow(checkEvaluation(criteria, input));
  const row = await storeSubmission(tx, {
    regionId: placement.regionId,
    placementId: placement.id,
    ...checked,
    submittedAt: now,
    submittedBy: actor.userId,
  });
  await updatePlacement(tx, placement.id, { status: next });
  await recordAudit(tx, actor, {
    entity: 'placement_evaluation',
    entityId: row.id,
    action: 'submitted',
    after: {
      placementId: placement.id,
      ratings: checked.ratings,
      commentLength: checked.comment.length,
    },
  });
  await recordAudit(tx, actor, {
    entity: 'placement',
    entityId: placement.id,
    action: next,
    before: { status: placement.status },
    after: { status: next },
  });
  return evaluationView(criteria, row);
}

/** The school (and the host company) read the evaluation; anyone else 404, as before it is in. */
export async function getEvaluation(db: Database, actor: Actor, placementId: string) {
  const loaded = await findAttendancePlacement(db, actor.regionId, placementId);
  if (!loaded) throw new DomainError('not_found');
  authoriseReader(actor, loaded.placement);
  const row = await findOfPlacement(db, actor.regionId, placementId);
  if (!row?.submittedAt) throw new DomainError('not_found');
  return evaluationView(await criteriaOf(db, actor.regionId), row);
}

/** "Leerbedrijf van het jaar": per company its average score, evaluations and confirmed hours. */
export async function evaluationRankingFor(
  db: Database,
  actor: Actor,
  query: { schoolYear?: string },
) {
  authorise(actor, 'report.read', { regionId: actor.regionId });
  const period = query.schoolYear ? schoolYearRange(query.schoolYear) : { from: null, until: null };
  const [evaluations, hours] = await Promise.all([
    submittedEvaluations(db, actor.regionId, period),
    confirmedHoursByCompany(db, actor.regionId, period),
  ]);
  return {
    schoolYear: query.schoolYear ?? null,
    items: evaluationRanking(evaluations, hours),
  };
}
