import type { Database } from '@stagebureau/db';
import {
  activeCompaniesOf,
  coFinancingReport,
  previousSchoolYear,
  schoolYearRange,
  sectorCoverage,
  targetMeasures,
  targetRows,
  type Actor,
  type PutTargets,
  type RegionSettings,
  type TargetMeasure,
  type TargetReport,
} from '@stagebureau/domain';
import { authorise } from '../../plugins/auth';
import { yearRecords, type YearRecords } from '../agreements/records';
import { auditActorOf, recordAudit } from '../audit/record';
import { companiesOfRegion } from '../organisations/service';
import { confirmedPlacementStarts } from '../placements/readModels';
import { sectorsOf } from '../region/service';
import { regionForReport } from '../reports/service';
import { deleteTargets, findTargets, upsertTargets } from './repo';

const authoriseTargets = (actor: Actor) =>
  authorise(actor, 'target.manage', { regionId: actor.regionId });

/** A year's region-wide figures: placements, active companies, in-kind value (the report's). */
function figuresOf(year: YearRecords, settings: RegionSettings) {
  return {
    confirmedPlacements: year.placements.length,
    activeCompanyIds: activeCompaniesOf(
      year.held.map((row) => row.companyId),
      year.placements.map((row) => row.companyId),
    ),
    inKindCents: coFinancingReport([...year.held, ...year.supervision], settings).total.amountCents,
  };
}

/** The year's targets against its actuals and last year's, with the spread over sectors. */
export async function targetReport(
  db: Database,
  actor: Actor,
  schoolYear: string,
): Promise<TargetReport> {
  authoriseTargets(actor);
  const regionId = actor.regionId;
  const lastYear = previousSchoolYear(schoolYear);
  const [region, thisRecords, lastRecords, twoYearsAgo, companies, sectors, targets] =
    await Promise.all([
      regionForReport(db, regionId),
      yearRecords(db, regionId, schoolYear),
      yearRecords(db, regionId, lastYear),
      confirmedPlacementStarts(db, regionId, schoolYearRange(previousSchoolYear(lastYear))),
      companiesOfRegion(db, regionId),
      sectorsOf(db, regionId),
      findTargets(db, regionId, schoolYear),
    ]);
  const { settings } = region;
  const thisFigures = figuresOf(thisRecords, settings);
  const lastFigures = figuresOf(lastRecords, settings);
  const thisSectors = sectorCoverage(sectors, companies, thisFigures.activeCompanyIds);
  const lastSectors = sectorCoverage(sectors, companies, lastFigures.activeCompanyIds);
  const measures = targetRows({
    thisYear: { ...thisFigures, sectors: thisSectors },
    lastYear: { ...lastFigures, sectors: lastSectors },
    placementsTwoYearsAgo: twoYearsAgo.length,
    subsidyAmountEuro: settings.subsidyAmountEuro,
    targets,
  });
  return {
    schoolYear,
    previousSchoolYear: lastYear,
    subsidyAmountEuro: settings.subsidyAmountEuro,
    inKindCents: thisFigures.inKindCents,
    measures,
    sectors: thisSectors.map((sector, index) => ({
      ...sector,
      previousActiveCompanies: lastSectors[index]!.activeCompanies,
    })),
  };
}

/** Sets the year's targets: those given (not null) are kept, the others removed; audited. */
export async function putTargets(
  db: Database,
  actor: Actor,
  schoolYear: string,
  input: PutTargets,
): Promise<TargetReport> {
  authoriseTargets(actor);
  const wanted = Object.fromEntries(
    targetMeasures.flatMap((measure) => {
      const value = input.targets[measure];
      return value === null || value === undefined ? [] : [[measure, value]];
    }),
  ) as Partial<Record<TargetMeasure, number>>;
  await db.transaction(async (tx) => {
    const before = await findTargets(tx, actor.regionId, schoolYear, true);
    const same = targetMeasures.every((measure) => before[measure] === wanted[measure]);
    if (same) return;
    await deleteTargets(
      tx,
      actor.regionId,
      schoolYear,
      targetMeasures.filter((measure) => before[measure] !== undefined && !(measure in wanted)),
    );
    await upsertTargets(
      tx,
      { regionId: actor.regionId, schoolYear, updatedBy: actor.userId },
      Object.entries(wanted) as [TargetMeasure, number][],
    );
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'region_targets',
      entityId: actor.regionId,
      action: 'updated',
      before: { schoolYear, targets: before },
      after: { schoolYear, targets: wanted },
    });
  });
  return targetReport(db, actor, schoolYear);
}
