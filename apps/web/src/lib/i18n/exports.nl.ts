/** Downloads of bookings, placements and year plans as spreadsheets (issue 21). */
export const exportsNl = {
  'exports.title': 'Downloaden',
  'exports.intro': 'Schooljaar {year}, voor Excel of als CSV.',
  'exports.kind.boekingen': 'Boekingen',
  'exports.kind.plaatsingen': 'Stageplaatsingen',
  'exports.kind.jaarplanning': 'Jaarplanning',
  'exports.xlsx': 'Excel (.xlsx)',
  'exports.csv': 'CSV',
  'exports.linkLabel': '{what} downloaden als {format}',
} as const;
