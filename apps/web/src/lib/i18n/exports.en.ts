import type { exportsNl } from './exports.nl';

/** English messages for the spreadsheet downloads. */
export const exportsEn: Record<keyof typeof exportsNl, string> = {
  'exports.title': 'Download',
  'exports.intro': 'School year {year}, for Excel or as CSV.',
  'exports.kind.boekingen': 'Bookings',
  'exports.kind.plaatsingen': 'Placements',
  'exports.kind.jaarplanning': 'Year plan',
  'exports.xlsx': 'Excel (.xlsx)',
  'exports.csv': 'CSV',
  'exports.linkLabel': 'Download {what} as {format}',
};
