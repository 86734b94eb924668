/** Dutch messages for compliance documents: the company's papers, the bureau's review (issue 18). */
export const complianceNl = {
  'nav.documents': 'Documenten',
  'upload.file': 'Bestand',
  'upload.fileHint':
    'PDF, afbeelding, Office- of OpenDocument-bestand of tekst, hoogstens {mb} MB.',
  'upload.fileRequired': 'Kies een bestand.',
  'upload.refusal.title': 'Dit bestand is niet geüpload',
  'upload.refusal.tooLarge':
    'Het bestand is te groot. Verklein het (bijvoorbeeld als PDF) en probeer het opnieuw.',
  'upload.refusal.tooLargeLimit':
    'Het bestand is groter dan {mb} MB. Verklein het (bijvoorbeeld als PDF) en probeer het opnieuw.',
  'upload.refusal.typeNotAllowed':
    'Dit soort bestand kan niet worden geüpload. Gebruik een PDF, afbeelding, Office- of OpenDocument-bestand of platte tekst.',
  'upload.refusal.contentMismatch':
    'De inhoud van het bestand past niet bij de naam: is de extensie veranderd? Sla het opnieuw op in het juiste formaat.',
  'upload.download': 'Downloaden',
  'upload.size': '{size} kB',

  'compliance.company.title': 'Documenten',
  'compliance.company.intro':
    'Scholen moeten weten dat je verzekerd bent en dat leerlingen veilig bij je zijn. Upload je documenten hier één keer: het stagebureau keurt ze goed en elke school ziet dat je in orde bent.',
  'compliance.required.title': 'Wat de regio vraagt',
  'compliance.required.intro':
    'Zonder deze goedgekeurde documenten kun je dit soort aanbod niet publiceren en geen boekingen bevestigen.',
  'compliance.required.none': 'De regio vraagt (nog) geen documenten.',
  'compliance.required.for': 'Nodig voor',
  'compliance.yours.valid': 'In orde, geldig t/m {date}',
  'compliance.yours.waiting': 'Wacht op beoordeling',
  'compliance.yours.missing': 'Ontbreekt',
  'compliance.list.title': 'Je documenten',
  'compliance.list.empty': 'Je hebt nog geen documenten geüpload.',
  'compliance.validity': 'Geldig van {from} t/m {until}',
  'compliance.subject': 'Voor: {name}',
  'compliance.uploadedAt': 'Geüpload op {date}',
  'compliance.rejectedBecause': 'Afgekeurd: {reason}',
  'compliance.status.submitted': 'Wacht op beoordeling',
  'compliance.status.approved': 'Goedgekeurd',
  'compliance.status.rejected': 'Afgekeurd',
  'compliance.status.expired': 'Verlopen',
  'compliance.status.superseded': 'Vervangen',
  'compliance.upload.title': 'Document uploaden',
  'compliance.upload.intro':
    'Een nieuw document vervangt het oude zodra het stagebureau het goedkeurt.',
  'compliance.upload.kind': 'Soort document',
  'compliance.upload.validFrom': 'Geldig vanaf',
  'compliance.upload.validUntil': 'Geldig tot en met',
  'compliance.upload.subjectName': 'Naam van de begeleider',
  'compliance.upload.subjectNameHint': 'Alleen bij een VOG: voor wie de verklaring is.',
  'compliance.upload.submit': 'Uploaden',
  'compliance.upload.done': '{kind} is geüpload en wacht op beoordeling door het stagebureau.',
  'compliance.upload.untilBeforeFrom': 'De einddatum ligt vóór de begindatum.',

  'compliance.bureau.title': 'Documenten beoordelen',
  'compliance.bureau.intro':
    'Bedrijven uploaden hun verzekering, VOG, RI&E en veiligheidsinstructie één keer voor alle scholen. Bekijk elk document en keur het goed of af.',
  'compliance.queue.title': 'Wachten op beoordeling ({count})',
  'compliance.queue.empty': 'Er wachten geen documenten op beoordeling.',
  'compliance.queue.approve': 'Goedkeuren',
  'compliance.queue.reject': 'Afkeuren',
  'compliance.queue.approved': '{kind} van {company} is goedgekeurd.',
  'compliance.queue.rejected': '{kind} van {company} is afgekeurd.',
  'compliance.settings.title': 'Verplichte documenten',
  'compliance.settings.intro':
    'Per soort activiteit: welke goedgekeurde documenten een bedrijf nodig heeft om te publiceren en boekingen te bevestigen.',
  'compliance.settings.readOnly': 'Alleen een beheerder van het stagebureau kan dit wijzigen.',
  'compliance.settings.ownKinds': 'Eigen soorten documenten',
  'compliance.settings.ownKindsHint':
    'Eén per regel als sleutel: omschrijving, bijvoorbeeld “bhv: BHV-certificaat”. De sleutel bestaat uit kleine letters en _.',
  'compliance.settings.visibleToSchools': 'Scholen mogen goedgekeurde documenten zelf downloaden',
  'compliance.settings.visibleToSchoolsHint':
    'Anders zien scholen alleen of een bedrijf in orde is, niet de documenten.',
  'compliance.settings.uploadMaxMb': 'Grootste upload (MB)',
  'compliance.settings.saved': 'De documentinstellingen zijn opgeslagen.',
  'compliance.settings.badLine': 'Regel {line} klopt niet: gebruik “sleutel: omschrijving”.',

  'compliance.offer.title': 'Documenten van het bedrijf',
  'compliance.offer.intro':
    'Wat de regio vraagt voor deze activiteit ({type}), gecontroleerd door het stagebureau.',
  'compliance.offer.none': 'Voor deze activiteit zijn geen documenten verplicht.',
  'compliance.offer.complete': 'Het bedrijf heeft alle verplichte documenten.',
  'compliance.offer.incomplete': 'Er ontbreekt een verplicht document.',
  'compliance.state.valid': 'Geldig t/m {date}',
  'compliance.state.expiring': 'Verloopt binnenkort ({date})',
  'compliance.state.missing': 'Ontbreekt',
  'compliance.offer.documents': 'Goedgekeurde documenten',
  'compliance.missing.title': 'Er ontbreekt een verplicht document',
  'compliance.missing.intro': 'Het stagebureau moet eerst deze documenten goedkeuren:',
  'compliance.missing.action': 'Naar je documenten',
} as const;
