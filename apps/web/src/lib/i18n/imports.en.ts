import type { importsNl } from './imports.nl';

/** English messages for the import wizard (issue 21). */
export const importsEn: Record<keyof typeof importsNl, string> = {
  'nav.imports': 'Import data',
  'imports.title': 'Import official data',
  'imports.intro':
    'Import schools, pupil counts and school holidays from the files of DUO and the Dutch government. You see a preview first; only when you click Import is everything saved at once, or nothing.',
  'imports.adminOnly': 'Only the bureau administrator can import data.',
  'imports.kind': 'What are you importing?',
  'imports.kind.duo-locations': 'DUO: all secondary school locations',
  'imports.kind.duo-locations.help':
    'The file "02.-alle-vestigingen-vo.csv" from DUO (duo.nl › Open onderwijsdata › Voortgezet onderwijs › Adressen). Creates schools (new ones pending) and their locations with address and holiday region, and updates existing locations.',
  'imports.kind.duo-pupil-counts': 'DUO: pupils per secondary school location',
  'imports.kind.duo-pupil-counts.help':
    'The file "03.-leerlingen-vo-per-vestiging-en-bestuur-(vavo-apart)-YYYY.csv" from DUO (duo.nl › Open onderwijsdata › Voortgezet onderwijs › Leerlingen). Stores the pupils per location and school year. Import the locations first.',
  'imports.kind.school-holidays': 'School holidays from the Dutch government',
  'imports.kind.school-holidays.help':
    'The JSON file of the "Schoolvakanties" dataset on opendata.rijksoverheid.nl. Each holiday becomes a blackout for the holiday regions of your schools, Saturday to Sunday.',
  'imports.kind.shipped-school-holidays': 'Shipped school holidays 2025–2028',
  'imports.kind.shipped-school-holidays.help':
    'The holiday dates Stagebureau ships with. No file is needed.',
  'imports.file': 'File',
  'imports.fileHint': 'A CSV or JSON file of at most {mb} MB. Not needed for the shipped holidays.',
  'imports.schoolYear': 'School year (pupil counts only)',
  'imports.schoolYearHint':
    'For example 2025-2026. Left empty: the year in the file name ("Leerlingen 2025" is 2025-2026).',
  'imports.preview': 'Preview',
  'imports.previewTitle': 'Preview',
  'imports.previewOf': '{kind} · {file}',
  'imports.nothingWritten': 'This is a preview: nothing has been saved yet.',
  'imports.totals': 'Totals',
  'imports.count.create': 'new',
  'imports.count.update': 'updated',
  'imports.count.unchanged': 'unchanged',
  'imports.count.skip': 'skipped',
  'imports.count.error': 'errors',
  'imports.outcome.error': 'Error',
  'imports.outcome.create': 'New',
  'imports.outcome.update': 'Updated',
  'imports.outcome.unchanged': 'Unchanged',
  'imports.outcome.skip': 'Skipped',
  'imports.rows': 'Rows',
  'imports.table.line': 'Line',
  'imports.table.outcome': 'Outcome',
  'imports.table.row': 'What and why',
  'imports.changed': 'Changes: {fields}',
  'imports.hiddenRows':
    'These are the first {shown} rows; {hidden} others are not listed. The totals count everything.',
  'imports.fixErrors':
    'The file has errors. Fix the rows with an error and preview again: nothing is imported while there are errors.',
  'imports.apply': 'Import',
  'imports.applyTitle': 'Import',
  'imports.applyWithFile':
    'Choose the same file ({file}) once more and click Import. Your browser sends it again; the server keeps no copy.',
  'imports.applyWithoutFile': 'Click Import to save these holidays.',
  'imports.applyFile': 'The same file',
  'imports.applied':
    'Imported: {created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped.',
  'imports.appliedNothingChanged': 'Nothing changed: everything was already there.',
  'imports.auditLink': 'See the entry in the audit log',
  'imports.another': 'Import another file',
  'imports.error.kind': 'Choose what you are importing.',
  'imports.error.file': 'Choose a file.',
  'imports.error.otherFile': 'This is not the file you previewed. Preview this file first.',
  'imports.refusal.title': 'The import did not succeed',
  'imports.refusal.header': 'The columns of the file are not those of this kind of file.',
  'imports.refusal.missing': 'These columns are missing: {columns}.',
  'imports.refusal.missingWithHeader':
    'These columns are missing: {columns}. Expected header: {header}',
  'imports.refusal.empty': 'The file holds no data.',
  'imports.refusal.notThisKind':
    'This file is not the kind of file you chose. Check the choice and the file.',
  'imports.refusal.rows': 'Some rows have errors; nothing was imported. The errors are below.',
  'imports.refusal.invalid': 'Check the marked fields.',
  'imports.encoding': 'Encoding: {encoding}',
  'imports.schoolYearShown': 'School year: {schoolYear}',
};
