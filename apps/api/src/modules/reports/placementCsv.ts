import {
  offerTypeLabels,
  renderCsv,
  type CsvCell,
  type CsvDialect,
  type InternshipPlacesReport,
  type PlacementCoverageReport,
} from '@stagebureau/domain';

/** One row per school, level and profile, then a total per school (`niveau` empty). */
export function placementCoverageCsv(report: PlacementCoverageReport, dialect: CsvDialect) {
  const rows: CsvCell[][] = [
    ...report.bySchoolAndProfile.map((row): CsvCell[] => [
      report.schoolYear,
      row.name,
      row.educationLevel ?? '',
      row.vmboProfile ?? '',
      row.pupils,
      null,
      null,
    ]),
    ...report.bySchool.map((row): CsvCell[] => [
      report.schoolYear,
      row.name,
      '',
      '',
      row.pupils,
      row.placements,
      row.teachers,
    ]),
  ];
  return renderCsv(
    ['schooljaar', 'school', 'niveau', 'vmbo_profiel', 'leerlingen', 'plaatsingen', 'docenten'],
    rows,
    dialect,
  );
}

/** One row per place type and the total: this year, last year and the change. */
export function internshipPlacesCsv(report: InternshipPlacesReport, dialect: CsvDialect) {
  const line = (type: string, counts: InternshipPlacesReport['total']): CsvCell[] => [
    type,
    counts.current.offered,
    counts.current.filled,
    counts.previous.offered,
    counts.previous.filled,
    counts.change.offered,
    counts.change.filled,
  ];
  return renderCsv(
    [
      'soort',
      `aangeboden_${report.schoolYear}`,
      `bezet_${report.schoolYear}`,
      `aangeboden_${report.previousSchoolYear}`,
      `bezet_${report.previousSchoolYear}`,
      'verschil_aangeboden',
      'verschil_bezet',
    ],
    [
      ...report.byType.map((row) => line(offerTypeLabels[row.type].nl, row)),
      line('totaal', report.total),
    ],
    dialect,
  );
}
