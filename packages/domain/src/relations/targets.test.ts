import { describe, expect, it } from 'vitest';
import { activeCompaniesOf, coFinancingPercent, sectorCoverage, targetRows } from './targets';
import { renderCsv } from '../exports/csv';
import { targetsTable } from './targetsCsv';

const sectors = [
  { code: 'tech', label: 'Techniek' },
  { code: 'zorg', label: 'Zorg' },
  { code: 'bouw', label: 'Bouw' },
];
const companies = [
  { id: 'a', sectorTags: ['tech'] },
  { id: 'b', sectorTags: ['tech', 'zorg'] },
  { id: 'c', sectorTags: ['bouw'] },
];

describe('targets', () => {
  it('when in-kind value is € 12.345,67 against a subsidy of € 100.000, then 12,35 %', () => {
    expect(coFinancingPercent(1_234_567, 100_000)).toBe(12.35);
    expect(coFinancingPercent(1_234_567, null)).toBeNull();
    expect(coFinancingPercent(1_234_567, 0)).toBeNull();
  });

  it('when companies are active by a session or a placement, then each counts once and sectors follow their tags', () => {
    const active = activeCompaniesOf(['a', 'a'], ['b']);
    expect([...active].sort()).toEqual(['a', 'b']);
    expect(sectorCoverage(sectors, companies, active)).toEqual([
      { code: 'tech', label: 'Techniek', activeCompanies: 2 },
      { code: 'zorg', label: 'Zorg', activeCompanies: 1 },
      { code: 'bouw', label: 'Bouw', activeCompanies: 0 },
    ]);
  });

  it('when targets are set for some measures, then each row has actual, last year and progress', () => {
    const thisActive = activeCompaniesOf(['a'], ['b']);
    const lastActive = activeCompaniesOf(['c'], []);
    const rows = targetRows({
      thisYear: {
        confirmedPlacements: 12,
        activeCompanyIds: thisActive,
        inKindCents: 500_000,
        sectors: sectorCoverage(sectors, companies, thisActive),
      },
      lastYear: {
        confirmedPlacements: 8,
        activeCompanyIds: lastActive,
        inKindCents: 250_000,
        sectors: sectorCoverage(sectors, companies, lastActive),
      },
      placementsTwoYearsAgo: 5,
      subsidyAmountEuro: 20_000,
      targets: { internship_places: 24, active_companies: 4, co_financing_percent: 50 },
    });
    expect(rows).toEqual([
      { measure: 'internship_places', target: 24, actual: 12, previousActual: 8, progress: 0.5 },
      {
        measure: 'internship_places_growth',
        target: null,
        actual: 4,
        previousActual: 3,
        progress: null,
      },
      { measure: 'active_companies', target: 4, actual: 2, previousActual: 1, progress: 0.5 },
      {
        measure: 'co_financing_percent',
        target: 50,
        actual: 25,
        previousActual: 12.5,
        progress: 0.5,
      },
      { measure: 'sectors_covered', target: null, actual: 2, previousActual: 1, progress: null },
    ]);
    const csv = renderCsv(
      targetsTable({
        schoolYear: '2026-2027',
        measures: rows,
        sectors: [
          { code: 'tech', label: 'Techniek', activeCompanies: 2, previousActiveCompanies: 0 },
        ],
      }),
    );
    expect(csv.split('\r\n')[1]).toBe(
      '2026-2027,Bevestigde stageplaatsen,internship_places,24,12,8,50.0',
    );
    expect(csv).toContain('sector:tech,,2,0,');
  });
});
