import {
  offerTypeLabels,
  tableOf,
  type ExportCell,
  type InternshipPlacesReport,
  type PlacementCoverageReport,
} from '@stagebureau/domain';

/** One row per school, level and profile, then a total per school (`niveau` empty). */
export function placementCoverageTable(report: PlacementCoverageReport) {
  const rows: ExportCell[][] = [
    ...report.bySchoolAndProfile.map((row): ExportCell[] => [
      report.schoolYear,
      row.name,
      row.educationLevel ?? '',
      row.vmboProfile ?? '',
      row.pupils,
      null,
      null,
    ]),
    ...report.bySchool.map((row): ExportCell[] => [
      report.schoolYear,
      row.name,
      '',
      '',
      row.pupils,
      row.placements,
      row.teachers,
    ]),
  ];
  return tableOf(
    `Stagedekking ${report.schoolYear}`,
    ['schooljaar', 'school', 'niveau', 'vmbo_profiel', 'leerlingen', 'plaatsingen', 'docenten'],
    rows,
  );
}

/** One row per place type and the total: this year, last year and the change. */
export function internshipPlacesTable(report: InternshipPlacesReport) {
  const line = (type: string, counts: InternshipPlacesReport['total']): ExportCell[] => [
    type,
    counts.current.offered,
    counts.current.filled,
    counts.previous.offered,
    counts.previous.filled,
    counts.change.offered,
    counts.change.filled,
  ];
  return tableOf(
    `Stageplaatsen ${report.schoolYear}`,
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
  );
}
