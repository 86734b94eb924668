/**
 * School holidays 2025-2026 to 2027-2028 per holiday region, as local dates (Europe/Amsterdam),
 * first free Saturday to last free Sunday. Facts published by the Rijksoverheid
 * (rijksoverheid.nl "Overzicht schoolvakanties" pages and opendata.rijksoverheid.nl, CC0):
 * 2025-2026 from the API and the page, 2026-2027 herfst/kerst/voorjaar from an API capture,
 * 2027-2028 from the official page (sources: docs/decisions/015-official-data-imports.md).
 *
 * MEDIUM CONFIDENCE: 2026-2027 Meivakantie (all regions) and Zomervakantie (noord, midden,
 * zuid) were found only in a non-official dataset, not yet on rijksoverheid.nl or in an API
 * response. Verify them against rijksoverheid.nl before relying on them; a later import of the
 * official JSON corrects them in place (same school year, name and region).
 *
 * Only dates are shipped, no third-party file. Shape: the normalised rows `readSchoolHolidays`
 * reads.
 */
const rows: [string, string, string, string, string][] = [
  ['2025-2026', 'Herfstvakantie', 'noord', '2025-10-18', '2025-10-26'],
  ['2025-2026', 'Herfstvakantie', 'midden', '2025-10-18', '2025-10-26'],
  ['2025-2026', 'Herfstvakantie', 'zuid', '2025-10-11', '2025-10-19'],
  ['2025-2026', 'Kerstvakantie', 'noord', '2025-12-20', '2026-01-04'],
  ['2025-2026', 'Kerstvakantie', 'midden', '2025-12-20', '2026-01-04'],
  ['2025-2026', 'Kerstvakantie', 'zuid', '2025-12-20', '2026-01-04'],
  ['2025-2026', 'Voorjaarsvakantie', 'noord', '2026-02-21', '2026-03-01'],
  ['2025-2026', 'Voorjaarsvakantie', 'midden', '2026-02-14', '2026-02-22'],
  ['2025-2026', 'Voorjaarsvakantie', 'zuid', '2026-02-14', '2026-02-22'],
  ['2025-2026', 'Meivakantie', 'noord', '2026-04-25', '2026-05-03'],
  ['2025-2026', 'Meivakantie', 'midden', '2026-04-25', '2026-05-03'],
  ['2025-2026', 'Meivakantie', 'zuid', '2026-04-25', '2026-05-03'],
  ['2025-2026', 'Zomervakantie', 'noord', '2026-07-04', '2026-08-16'],
  ['2025-2026', 'Zomervakantie', 'midden', '2026-07-18', '2026-08-30'],
  ['2025-2026', 'Zomervakantie', 'zuid', '2026-07-11', '2026-08-23'],
  ['2026-2027', 'Herfstvakantie', 'noord', '2026-10-10', '2026-10-18'],
  ['2026-2027', 'Herfstvakantie', 'midden', '2026-10-17', '2026-10-25'],
  ['2026-2027', 'Herfstvakantie', 'zuid', '2026-10-17', '2026-10-25'],
  ['2026-2027', 'Kerstvakantie', 'noord', '2026-12-19', '2027-01-03'],
  ['2026-2027', 'Kerstvakantie', 'midden', '2026-12-19', '2027-01-03'],
  ['2026-2027', 'Kerstvakantie', 'zuid', '2026-12-19', '2027-01-03'],
  ['2026-2027', 'Voorjaarsvakantie', 'noord', '2027-02-20', '2027-02-28'],
  ['2026-2027', 'Voorjaarsvakantie', 'midden', '2027-02-20', '2027-02-28'],
  ['2026-2027', 'Voorjaarsvakantie', 'zuid', '2027-02-13', '2027-02-21'],
  ['2026-2027', 'Meivakantie', 'noord', '2027-04-24', '2027-05-02'], // medium confidence
  ['2026-2027', 'Meivakantie', 'midden', '2027-04-24', '2027-05-02'], // medium confidence
  ['2026-2027', 'Meivakantie', 'zuid', '2027-04-24', '2027-05-02'], // medium confidence
  ['2026-2027', 'Zomervakantie', 'noord', '2027-07-10', '2027-08-22'], // medium confidence
  ['2026-2027', 'Zomervakantie', 'midden', '2027-07-17', '2027-08-29'], // medium confidence
  ['2026-2027', 'Zomervakantie', 'zuid', '2027-07-24', '2027-09-05'], // medium confidence
  ['2027-2028', 'Herfstvakantie', 'noord', '2027-10-16', '2027-10-24'],
  ['2027-2028', 'Herfstvakantie', 'midden', '2027-10-16', '2027-10-24'],
  ['2027-2028', 'Herfstvakantie', 'zuid', '2027-10-23', '2027-10-31'],
  ['2027-2028', 'Kerstvakantie', 'noord', '2027-12-25', '2028-01-09'],
  ['2027-2028', 'Kerstvakantie', 'midden', '2027-12-25', '2028-01-09'],
  ['2027-2028', 'Kerstvakantie', 'zuid', '2027-12-25', '2028-01-09'],
  ['2027-2028', 'Voorjaarsvakantie', 'noord', '2028-02-19', '2028-02-27'],
  ['2027-2028', 'Voorjaarsvakantie', 'midden', '2028-02-26', '2028-03-05'],
  ['2027-2028', 'Voorjaarsvakantie', 'zuid', '2028-02-26', '2028-03-05'],
  ['2027-2028', 'Meivakantie', 'noord', '2028-04-29', '2028-05-07'],
  ['2027-2028', 'Meivakantie', 'midden', '2028-04-29', '2028-05-07'],
  ['2027-2028', 'Meivakantie', 'zuid', '2028-04-29', '2028-05-07'],
  ['2027-2028', 'Zomervakantie', 'noord', '2028-07-15', '2028-08-27'],
  ['2027-2028', 'Zomervakantie', 'midden', '2028-07-08', '2028-08-20'],
  ['2027-2028', 'Zomervakantie', 'zuid', '2028-07-22', '2028-09-03'],
];

export const shippedSchoolHolidays = {
  rows: rows.map(([schoolYear, type, region, startDate, endDate]) => ({
    schoolYear,
    type,
    region,
    startDate,
    endDate,
  })),
};
