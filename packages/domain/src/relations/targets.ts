import { euroToCents, type Cents } from '../reports/money';
import { targetMeasures, type TargetMeasure } from './vocabulary';

/**
 * The region's goals per school year against what happened (issue 17): pure, from rows the
 * reports and owning modules read. Funders ask for these figures in the subsidy report.
 */

/** What one school year looked like, region-wide. */
export interface RegionYearFigures {
  /** Confirmed placements (accepted, signed, completed) starting in the year. */
  confirmedPlacements: number;
  /** Companies with a held session or a confirmed placement in the year. */
  activeCompanyIds: ReadonlySet<string>;
  /** The in-kind value of the year (the co-financing report's total), in cents. */
  inKindCents: Cents;
}

/** The companies active in a year: a held session or a confirmed placement. */
export const activeCompaniesOf = (
  heldCompanyIds: Iterable<string>,
  placementCompanyIds: Iterable<string>,
): Set<string> => new Set([...heldCompanyIds, ...placementCompanyIds]);

export interface SectorCoverage {
  code: string;
  label: string;
  activeCompanies: number;
}

/** Per sector term of the region: how many active companies carry its tag. */
export function sectorCoverage(
  sectors: readonly { code: string; label: string }[],
  companies: readonly { id: string; sectorTags: readonly string[] }[],
  activeIds: ReadonlySet<string>,
): SectorCoverage[] {
  const active = companies.filter((company) => activeIds.has(company.id));
  return sectors.map((sector) => ({
    code: sector.code,
    label: sector.label,
    activeCompanies: active.filter((company) => company.sectorTags.includes(sector.code)).length,
  }));
}

/** In-kind value as a percentage of the subsidy, two decimals; null without a subsidy amount. */
export function coFinancingPercent(
  inKindCents: Cents,
  subsidyAmountEuro: number | null,
): number | null {
  if (subsidyAmountEuro === null || subsidyAmountEuro <= 0) return null;
  return Math.round((inKindCents / euroToCents(subsidyAmountEuro)) * 10000) / 100;
}

export interface TargetRow {
  measure: TargetMeasure;
  target: number | null;
  actual: number | null;
  previousActual: number | null;
  /** actual ÷ target; null without a (positive) target or an actual. */
  progress: number | null;
}

export interface TargetInputs {
  thisYear: RegionYearFigures & { sectors: SectorCoverage[] };
  lastYear: RegionYearFigures & { sectors: SectorCoverage[] };
  /** Confirmed placements the year before last, for last year's growth. */
  placementsTwoYearsAgo: number;
  subsidyAmountEuro: number | null;
  targets: Partial<Record<TargetMeasure, number>>;
}

const covered = (sectors: readonly SectorCoverage[]) =>
  sectors.filter((sector) => sector.activeCompanies > 0).length;

function actualsOf(
  year: TargetInputs['thisYear'],
  placementsYearBefore: number,
  subsidyAmountEuro: number | null,
): Record<TargetMeasure, number | null> {
  return {
    internship_places: year.confirmedPlacements,
    internship_places_growth: year.confirmedPlacements - placementsYearBefore,
    active_companies: year.activeCompanyIds.size,
    co_financing_percent: coFinancingPercent(year.inKindCents, subsidyAmountEuro),
    sectors_covered: covered(year.sectors),
  };
}

/** Each measure: its target (or null), this year's actual, last year's, and the progress. */
export function targetRows(inputs: TargetInputs): TargetRow[] {
  const now = actualsOf(
    inputs.thisYear,
    inputs.lastYear.confirmedPlacements,
    inputs.subsidyAmountEuro,
  );
  const before = actualsOf(inputs.lastYear, inputs.placementsTwoYearsAgo, inputs.subsidyAmountEuro);
  return targetMeasures.map((measure) => {
    const target = inputs.targets[measure] ?? null;
    const actual = now[measure];
    return {
      measure,
      target,
      actual,
      previousActual: before[measure],
      progress: target !== null && target > 0 && actual !== null ? actual / target : null,
    };
  });
}
