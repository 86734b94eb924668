/** The bureau admin's import wizard for official data (issue 21). */
export const importsNl = {
  'nav.imports': 'Gegevens inlezen',
  'imports.title': 'Officiële gegevens inlezen',
  'imports.intro':
    'Lees scholen, leerlingaantallen en schoolvakanties in uit de bestanden van DUO en de Rijksoverheid. Je ziet eerst een voorbeeld; pas als je op Inlezen klikt wordt alles in één keer opgeslagen, of niets.',
  'imports.adminOnly': 'Alleen de beheerder van het stagebureau kan gegevens inlezen.',
  'imports.kind': 'Wat lees je in?',
  'imports.kind.duo-locations': 'DUO: alle vestigingen vo',
  'imports.kind.duo-locations.help':
    'Het bestand "02.-alle-vestigingen-vo.csv" van DUO (duo.nl › Open onderwijsdata › Voortgezet onderwijs › Adressen). Maakt scholen (nieuwe staan op "in afwachting") en hun locaties aan met adres en vakantieregio, en werkt bestaande locaties bij.',
  'imports.kind.duo-pupil-counts': 'DUO: leerlingen vo per vestiging',
  'imports.kind.duo-pupil-counts.help':
    'Het bestand "03.-leerlingen-vo-per-vestiging-en-bestuur-(vavo-apart)-JJJJ.csv" van DUO (duo.nl › Open onderwijsdata › Voortgezet onderwijs › Leerlingen). Slaat het aantal leerlingen per locatie en schooljaar op. Lees eerst de vestigingen in.',
  'imports.kind.school-holidays': 'Schoolvakanties van de Rijksoverheid',
  'imports.kind.school-holidays.help':
    'Het JSON-bestand van de dataset "Schoolvakanties" op opendata.rijksoverheid.nl. Elke vakantie wordt een blokkade voor de vakantieregio’s van jouw scholen, van zaterdag tot en met zondag.',
  'imports.kind.shipped-school-holidays': 'Meegeleverde schoolvakanties 2025–2028',
  'imports.kind.shipped-school-holidays.help':
    'De vakantiedata die Stagebureau zelf meelevert. Hiervoor heb je geen bestand nodig.',
  'imports.file': 'Bestand',
  'imports.fileHint':
    'Een CSV- of JSON-bestand van hooguit {mb} MB. Niet nodig voor de meegeleverde vakanties.',
  'imports.schoolYear': 'Schooljaar (alleen voor leerlingaantallen)',
  'imports.schoolYearHint':
    'Bijvoorbeeld 2025-2026. Leeg laten: het jaar uit de bestandsnaam ("Leerlingen 2025" is 2025-2026).',
  'imports.preview': 'Voorbeeld bekijken',
  'imports.previewTitle': 'Voorbeeld',
  'imports.previewOf': '{kind} · {file}',
  'imports.nothingWritten': 'Dit is een voorbeeld: er is nog niets opgeslagen.',
  'imports.totals': 'Totalen',
  'imports.count.create': 'nieuw',
  'imports.count.update': 'bijgewerkt',
  'imports.count.unchanged': 'ongewijzigd',
  'imports.count.skip': 'overgeslagen',
  'imports.count.error': 'fouten',
  'imports.outcome.error': 'Fout',
  'imports.outcome.create': 'Nieuw',
  'imports.outcome.update': 'Bijgewerkt',
  'imports.outcome.unchanged': 'Ongewijzigd',
  'imports.outcome.skip': 'Overgeslagen',
  'imports.rows': 'Regels',
  'imports.table.line': 'Regel',
  'imports.table.outcome': 'Uitkomst',
  'imports.table.row': 'Wat en waarom',
  'imports.changed': 'Verandert: {fields}',
  'imports.hiddenRows':
    'Hier staan de eerste {shown} regels; {hidden} andere staan niet in de lijst. De totalen tellen alles.',
  'imports.fixErrors':
    'Het bestand heeft fouten. Verbeter de regels met een fout en bekijk het voorbeeld opnieuw: zolang er fouten zijn wordt er niets ingelezen.',
  'imports.apply': 'Inlezen',
  'imports.applyTitle': 'Inlezen',
  'imports.applyWithFile':
    'Kies hetzelfde bestand ({file}) nog een keer en klik op Inlezen. Je browser stuurt het dan opnieuw; de server bewaart geen kopie.',
  'imports.applyWithoutFile': 'Klik op Inlezen om deze vakanties op te slaan.',
  'imports.applyFile': 'Hetzelfde bestand',
  'imports.applied':
    'Ingelezen: {created} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd, {skipped} overgeslagen.',
  'imports.appliedNothingChanged': 'Er is niets veranderd: alles stond er al zo.',
  'imports.auditLink': 'Bekijk de vastlegging in de auditlog',
  'imports.another': 'Nog een bestand inlezen',
  'imports.error.kind': 'Kies wat je inleest.',
  'imports.error.file': 'Kies een bestand.',
  'imports.error.otherFile':
    'Dit is een ander bestand dan dat van het voorbeeld. Bekijk eerst het voorbeeld van dit bestand.',
  'imports.refusal.title': 'Het inlezen is niet gelukt',
  'imports.refusal.header': 'De kolommen van het bestand zijn niet die van dit soort bestand.',
  'imports.refusal.missing': 'Deze kolommen ontbreken: {columns}.',
  'imports.refusal.missingWithHeader':
    'Deze kolommen ontbreken: {columns}. Verwachte kopregel: {header}',
  'imports.refusal.empty': 'Het bestand bevat geen gegevens.',
  'imports.refusal.notThisKind':
    'Dit bestand is niet het soort bestand dat je koos. Controleer de keuze en het bestand.',
  'imports.refusal.rows':
    'Sommige regels hebben fouten; er is niets ingelezen. De fouten staan hieronder.',
  'imports.refusal.invalid': 'Controleer de gemarkeerde velden.',
  'imports.encoding': 'Tekenset: {encoding}',
  'imports.schoolYearShown': 'Schooljaar: {schoolYear}',
};
