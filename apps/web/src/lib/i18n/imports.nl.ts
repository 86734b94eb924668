/** The bureau admin's import wizard for official data (issue 21). */
export const importsNl = {
  'nav.imports': 'Gegevens inlezen',
  'imports.title': 'Gegevens inlezen',
  'imports.intro':
    'Lees scholen, leerlingaantallen en schoolvakanties in uit de bestanden van DUO en de Rijksoverheid, of je eigen lijsten met scholen, bedrijven en klassen (CSV of Excel). Je ziet eerst een voorbeeld; pas als je op Inlezen klikt wordt alles in één keer opgeslagen, of niets.',
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
    'Een CSV-, Excel- (.xlsx) of JSON-bestand van hooguit {mb} MB. Niet nodig voor de meegeleverde vakanties.',
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
  'imports.kind.schools': 'Scholen (CSV of Excel)',
  'imports.kind.schools.help':
    'Een eigen lijst met scholen: kolommen naam;brin;straat;postcode;plaats;e-mail;telefoon. Een school wordt herkend aan haar BRIN-code; nieuwe scholen staan op "in afwachting".',
  'imports.kind.companies': 'Bedrijven (CSV of Excel)',
  'imports.kind.companies.help':
    'Een eigen lijst met bedrijven: kolommen naam;kvk;straat;postcode;plaats;e-mail;telefoon;website;sectoren. Een bedrijf wordt herkend aan zijn KvK-nummer; nieuwe bedrijven staan op "in afwachting". Een leeg vakje laat de opgeslagen waarde staan.',
  'imports.kind.classes': 'Klassen van een school (CSV of Excel)',
  'imports.kind.classes.help':
    'Kolommen naam;niveau;leerjaar;profiel;grootte;locatie. Een klas wordt herkend aan haar naam (hoofdletters maken niet uit); klassen die niet in het bestand staan blijven zoals ze zijn.',
  'imports.school': 'School (alleen voor klassen)',
  'imports.schoolHint': 'De school waarvan je de klassen inleest.',
  'imports.schoolNone': '— Kies een school —',
  'imports.forSchool': 'School: {school}',
  'imports.error.school': 'Kies de school waarvan je de klassen inleest.',
  'imports.examples': 'Voorbeeldbestanden',
  'imports.examplesIntro':
    'Een CSV-bestand met alleen de kopregel. Vul het aan in Excel of een teksteditor, met een puntkomma tussen de kolommen, of sla het op als Excel-bestand (.xlsx).',
  'imports.example': 'Voorbeeld: {kind}',
  'imports.classes.title': 'Klassen inlezen',
  'imports.classes.intro':
    'Lees de klassen van je school in uit een CSV- of Excel-bestand. Je ziet eerst een voorbeeld; pas als je op Inlezen klikt wordt alles in één keer opgeslagen, of niets.',
  'imports.classes.back': 'Terug naar de klassen',
  'imports.classes.link': 'Klassen inlezen uit een bestand',
  'imports.classes.notAllowed': 'Alleen de coördinator van de school kan klassen inlezen.',
  'imports.problem.row_unreadable':
    'Deze regel is niet te lezen: er staat een aanhalingsteken open of tekst achter een aanhalingsteken.',
  'imports.problem.field_count':
    'Deze regel heeft {fields} kolommen; de kopregel heeft er {expected}.',
  'imports.problem.required': 'Dit vakje is leeg, maar moet ingevuld zijn.',
  'imports.problem.too_long': 'Deze waarde is te lang.',
  'imports.problem.duplicate_key': '{key} staat al eerder in het bestand (regel {line}).',
  'imports.problem.not_brin': 'Dit is geen BRIN-code: 2 cijfers en 2 letters, zoals 25CL.',
  'imports.problem.not_location_code': 'Dit is geen vestigingscode, zoals 25CL01.',
  'imports.problem.location_not_of_school':
    'Deze vestigingscode hoort niet bij de BRIN-code van de regel.',
  'imports.problem.not_postcode': 'Dit is geen Nederlandse postcode, zoals 1234 AB.',
  'imports.problem.not_holiday_region': 'De vakantieregio moet Noord, Midden of Zuid zijn.',
  'imports.problem.not_number': 'Dit is geen getal.',
  'imports.problem.not_school_year': 'Dit is geen schooljaar, zoals 2025-2026.',
  'imports.problem.not_kvk': '"{value}" is geen KvK-nummer: dat heeft 8 cijfers.',
  'imports.problem.not_email': '"{value}" is geen e-mailadres.',
  'imports.problem.not_phone': '"{value}" is geen telefoonnummer.',
  'imports.problem.not_url': '"{value}" is geen webadres.',
  'imports.problem.not_education_level': '"{value}" is geen niveau. Kies uit: {allowed}.',
  'imports.problem.not_grade': '"{value}" is geen leerjaar van {min} tot en met {max}.',
  'imports.problem.not_vmbo_profile': '"{value}" is geen vmbo-profiel. Kies uit: {allowed}.',
  'imports.problem.not_class_size':
    '"{value}" is geen klasgrootte van {min} tot en met {max} leerlingen.',
  'imports.problem.unknown_location':
    '"{value}" is geen locatie van deze school (vestigingscode of naam).',
  'imports.problem.unknown_sector': '"{value}" is geen sector van deze regio.',
  'imports.problem.key_of_other_kind':
    '{key} hoort al bij {name}, dat van een andere soort is (school of bedrijf).',
  'imports.fileHintTable': 'Een CSV- of Excel-bestand (.xlsx) van hooguit {mb} MB.',
};
