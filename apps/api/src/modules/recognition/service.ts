import type { Database } from '@stagebureau/db';
import {
  DomainError,
  isBureau,
  recognitionCriteria,
  recognitionRanking,
  schoolYearOf,
  schoolYearRange,
  type Actor,
  type AwardInput,
  type Recognition,
} from '@stagebureau/domain';
import { authorise } from '../../plugins/auth';
import { auditActorOf, recordAudit } from '../audit/record';
import { confirmedPlacementStarts } from '../placements/readModels';
import { coFinancingFor, companyInRegion, engagementFor } from '../reports/service';
import { isUniqueViolation } from '../shared';
import { awardById, awardOfYear, deleteAward, insertAward } from './repo';

const bureauOnly = (actor: Actor) =>
  authorise(actor, 'recognition.award', { regionId: actor.regionId });

/**
 * The "leerbedrijf van het jaar" ranking of a school year (default: the current one), from the
 * figures the reports already count: engagement (sessions held and cancelled, ratings),
 * co-financing (in-kind hours) and placements. The bureau only.
 */
export async function recognitionFor(
  db: Database,
  actor: Actor,
  schoolYear: string | undefined,
  now: Date,
): Promise<Recognition> {
  bureauOnly(actor);
  const year = schoolYear ?? schoolYearOf(now);
  const [engagement, coFinancing, placed, award] = await Promise.all([
    engagementFor(db, actor.regionId, { schoolYear: year }, now),
    coFinancingFor(db, actor.regionId, { schoolYear: year }),
    confirmedPlacementStarts(db, actor.regionId, schoolYearRange(year)),
    awardOfYear(db, actor.regionId, year),
  ]);
  const hoursOf = new Map(coFinancing.byCompany.map((row) => [row.companyId, row.hours]));
  const placementsOf = new Map<string, number>();
  for (const row of placed)
    placementsOf.set(row.companyId, (placementsOf.get(row.companyId) ?? 0) + 1);
  const candidates = recognitionRanking(
    engagement.companies.map((company) => ({
      companyId: company.companyId,
      companyName: company.companyName,
      heldSessions: company.heldSessions,
      cancelledSessions: company.cancelledSessions,
      placements: placementsOf.get(company.companyId) ?? 0,
      inKindHours: hoursOf.get(company.companyId) ?? 0,
      averageRating: company.averageRating,
      ratings: company.ratings,
    })),
  );
  return { schoolYear: year, criteria: [...recognitionCriteria], candidates, award };
}

/** Awards the year's title to a company of the region; a year has one (409 `duplicate`). */
export async function awardCompany(
  db: Database,
  actor: Actor,
  schoolYear: string,
  input: AwardInput,
) {
  bureauOnly(actor);
  const company = await companyInRegion(db, actor.regionId, input.companyId);
  if (!company) throw new DomainError('not_found', 'no such company in this region');
  try {
    const id = await db.transaction(async (tx) => {
      const awardId = await insertAward(tx, {
        regionId: actor.regionId,
        companyId: company.id,
        schoolYear,
        citation: input.citation,
        awardedBy: actor.userId,
      });
      await recordAudit(tx, auditActorOf(actor), {
        entity: 'recognition',
        entityId: awardId,
        action: 'create',
        after: { companyId: company.id, schoolYear, citation: input.citation },
      });
      return awardId;
    });
    return (await awardById(db, actor.regionId, id))!;
  } catch (error) {
    if (isUniqueViolation(error))
      throw new DomainError('duplicate', `${schoolYear} already has its leerbedrijf van het jaar`);
    throw error;
  }
}

/** Withdraws a year's award (to give it to another company, say). */
export async function withdrawAward(db: Database, actor: Actor, schoolYear: string) {
  bureauOnly(actor);
  await db.transaction(async (tx) => {
    const removed = await deleteAward(tx, actor.regionId, schoolYear);
    if (!removed) throw new DomainError('not_found');
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'recognition',
      entityId: removed.id,
      action: 'delete',
      before: { companyId: removed.companyId, schoolYear, citation: removed.citation },
    });
  });
}

/** An award for its certificate: the bureau any of its region's, a company only its own. */
export async function awardForCertificate(db: Database, actor: Actor, id: string) {
  const award = await awardById(db, actor.regionId, id);
  if (!award) throw new DomainError('not_found');
  if (!isBureau(actor.role) && actor.organisationId !== award.companyId)
    throw new DomainError('not_found');
  return award;
}
