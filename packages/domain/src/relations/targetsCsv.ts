import { tableOf, type ExportCell, type ExportTable } from '../exports/table';
import type { SectorCoverage, TargetRow } from './targets';
import type { TargetMeasure } from './vocabulary';

/** The measures' Dutch names, as the subsidy report prints them. */
export const targetMeasureLabels: Record<TargetMeasure, string> = {
  internship_places: 'Bevestigde stageplaatsen',
  internship_places_growth: 'Groei stageplaatsen t.o.v. vorig schooljaar',
  active_companies: 'Actieve bedrijven',
  co_financing_percent: 'Cofinanciering in natura (% van subsidie)',
  sectors_covered: 'Sectoren met een actief bedrijf',
};

const percent = (value: number | null): ExportCell =>
  value === null ? null : { decimal: value * 100, fractionDigits: 1 };

/**
 * The targets of a school year for the subsidy report: one line per measure (target, actual,
 * last year's actual, progress %), then one line per sector with its active companies.
 */
export function targetsTable(report: {
  schoolYear: string;
  measures: readonly TargetRow[];
  sectors: readonly (SectorCoverage & { previousActiveCompanies: number })[];
}): ExportTable {
  const header = [
    'schooljaar',
    'maat',
    'code',
    'doel',
    'realisatie',
    'vorig_schooljaar',
    'voortgang_procent',
  ];
  const measureRows: ExportCell[][] = report.measures.map((row) => [
    report.schoolYear,
    targetMeasureLabels[row.measure],
    row.measure,
    row.target,
    row.actual,
    row.previousActual,
    percent(row.progress),
  ]);
  const sectorRows: ExportCell[][] = report.sectors.map((sector) => [
    report.schoolYear,
    `Actieve bedrijven in sector ${sector.label}`,
    `sector:${sector.code}`,
    null,
    sector.activeCompanies,
    sector.previousActiveCompanies,
    null,
  ]);
  return tableOf(`Doelen ${report.schoolYear}`, header, [...measureRows, ...sectorRows]);
}
