import type { importsNl } from './imports.nl';

/** English messages for the import wizard (issue 21). */
export const importsEn: Record<keyof typeof importsNl, string> = {
  'nav.imports': 'Import data',
  'imports.title': 'Import data',
  'imports.intro':
    'Import schools, pupil counts and school holidays from the files of DUO and the Dutch government, or your own lists of schools, companies and classes (CSV or Excel). You see a preview first; only when you click Import is everything saved at once, or nothing.',
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
  'imports.fileHint':
    'A CSV, Excel (.xlsx) or JSON file of at most {mb} MB. Not needed for the shipped holidays.',
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
  'imports.kind.schools': 'Schools (CSV or Excel)',
  'imports.kind.schools.help':
    'Your own list of schools: columns naam;brin;straat;postcode;plaats;e-mail;telefoon. A school is recognised by its BRIN code; new schools are "pending".',
  'imports.kind.companies': 'Companies (CSV or Excel)',
  'imports.kind.companies.help':
    'Your own list of companies: columns naam;kvk;straat;postcode;plaats;e-mail;telefoon;website;sectoren. A company is recognised by its KvK number; new companies are "pending". An empty cell keeps the stored value.',
  'imports.kind.classes': 'Classes of a school (CSV or Excel)',
  'imports.kind.classes.help':
    'Columns naam;niveau;leerjaar;profiel;grootte;locatie. A class is recognised by its name (case does not matter); classes not in the file stay as they are.',
  'imports.school': 'School (classes only)',
  'imports.schoolHint': 'The school whose classes you import.',
  'imports.schoolNone': '— Choose a school —',
  'imports.forSchool': 'School: {school}',
  'imports.error.school': 'Choose the school whose classes you import.',
  'imports.examples': 'Example files',
  'imports.examplesIntro':
    'A CSV file with just the header. Fill it in with Excel or a text editor, with a semicolon between columns, or save it as an Excel file (.xlsx).',
  'imports.example': 'Example: {kind}',
  'imports.classes.title': 'Import classes',
  'imports.classes.intro':
    "Import your school's classes from a CSV or Excel file. You see a preview first; only when you click Import is everything saved at once, or nothing.",
  'imports.classes.back': 'Back to the classes',
  'imports.classes.link': 'Import classes from a file',
  'imports.classes.notAllowed': "Only the school's coordinator can import classes.",
  'imports.problem.row_unreadable':
    'This line cannot be read: a quote is left open or text follows a closing quote.',
  'imports.problem.field_count': 'This line has {fields} columns; the header has {expected}.',
  'imports.problem.required': 'This cell is empty but is required.',
  'imports.problem.too_long': 'This value is too long.',
  'imports.problem.duplicate_key': '{key} already appears earlier in the file (line {line}).',
  'imports.problem.not_brin': 'This is not a BRIN code: 2 digits and 2 letters, like 25CL.',
  'imports.problem.not_location_code': 'This is not a location code, like 25CL01.',
  'imports.problem.location_not_of_school':
    "This location code does not belong to the line's BRIN code.",
  'imports.problem.not_postcode': 'This is not a Dutch postcode, like 1234 AB.',
  'imports.problem.not_holiday_region': 'The holiday region must be Noord, Midden or Zuid.',
  'imports.problem.not_number': 'This is not a number.',
  'imports.problem.not_school_year': 'This is not a school year, like 2025-2026.',
  'imports.problem.not_kvk': '"{value}" is not a KvK number: it has 8 digits.',
  'imports.problem.not_email': '"{value}" is not an e-mail address.',
  'imports.problem.not_phone': '"{value}" is not a phone number.',
  'imports.problem.not_url': '"{value}" is not a web address.',
  'imports.problem.not_education_level': '"{value}" is not a level. Choose from: {allowed}.',
  'imports.problem.not_grade': '"{value}" is not a grade from {min} to {max}.',
  'imports.problem.not_vmbo_profile': '"{value}" is not a vmbo profile. Choose from: {allowed}.',
  'imports.problem.not_class_size': '"{value}" is not a class size from {min} to {max} pupils.',
  'imports.problem.unknown_location':
    '"{value}" is not a location of this school (location code or name).',
  'imports.problem.unknown_sector': '"{value}" is not a sector of this region.',
  'imports.problem.key_of_other_kind':
    '{key} already belongs to {name}, which is of the other kind (school or company).',
  'imports.fileHintTable': 'A CSV or Excel (.xlsx) file of at most {mb} MB.',
};
