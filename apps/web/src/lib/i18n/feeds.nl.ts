/** Dutch messages for calendar subscriptions, the year calendar and month views. */
export const feedsNl = {
  'feeds.title': 'Agenda-abonnementen',
  'feeds.intro':
    'Zet boekingen automatisch in je eigen agenda. Een abonnement is een geheime link: wie de link heeft, ziet deze agenda. Deel hem alleen met collega’s.',
  'feeds.new': 'Nieuw abonnement',
  'feeds.scopeLabel': 'Agenda van',
  'feeds.create': 'Abonnement maken',
  'feeds.scope.school': 'Hele school: {name}',
  'feeds.scope.class': 'Klas {name}',
  'feeds.scope.company': 'Hele bedrijf: {name}',
  'feeds.scope.offer': 'Aanbod: {name}',
  'feeds.scope.region': 'Regio: {name}',
  'feeds.unknownTarget': 'niet meer beschikbaar',
  'feeds.existing': 'Je abonnementen',
  'feeds.none': 'Je hebt nog geen agenda-abonnement.',
  'feeds.createdAt': 'Gemaakt op {when}',
  'feeds.issuedTitle': 'Bewaar deze link',
  'feeds.issuedText':
    'Je ziet deze link maar één keer. Kopieer hem nu en voeg hem toe aan je agenda. Link kwijt? Vernieuw hem, dan krijg je een nieuwe.',
  'feeds.urlLabel': 'Abonnementslink',
  'feeds.copy': 'Link kopiëren',
  'feeds.copied': 'Gekopieerd naar het klembord.',
  'feeds.copyFailed': 'Kopiëren lukte niet; selecteer de link en kopieer hem zelf.',
  'feeds.rotate': 'Link vernieuwen',
  'feeds.rotateQuestion':
    'De oude link werkt daarna niet meer; agenda’s die hem gebruiken moet je opnieuw instellen. Doorgaan?',
  'feeds.revoke': 'Opzeggen',
  'feeds.revokeQuestion': 'Het abonnement stopt en de link werkt niet meer. Doorgaan?',
  'feeds.created': 'Het abonnement is gemaakt.',
  'feeds.rotated': 'De link is vernieuwd.',
  'feeds.revoked': 'Het abonnement is opgezegd.',
  'feeds.howTo': 'Zo voeg je de link toe aan je agenda',
  'feeds.outlook': 'Outlook',
  'feeds.outlookSteps':
    'Open Outlook (web of app) → Agenda → Agenda toevoegen → Abonneren vanaf internet. Plak de link, geef de agenda een naam en kies Importeren.',
  'feeds.google': 'Google Agenda',
  'feeds.googleSteps':
    'Open Google Agenda op een computer → bij ‘Andere agenda’s’ op + → Via URL. Plak de link en kies Agenda toevoegen. De agenda verschijnt ook op je telefoon.',
  'feeds.apple': 'Apple Agenda',
  'feeds.appleSteps':
    'Mac: Agenda → Archief → Nieuw agenda-abonnement, plak de link. iPhone of iPad: Instellingen → Agenda → Accounts → Voeg account toe → Andere → Voeg agenda-abonnement toe.',
  'feeds.refreshNote':
    'Agenda-apps halen wijzigingen zelf op; een nieuwe of gewijzigde boeking kan er een paar uur over doen.',
  'feeds.addToCalendar': 'In mijn agenda',
  'feeds.addToCalendarLabel': 'Zet {offer} in mijn agenda (.ics-bestand)',

  'calendar.previous': 'Vorige maand',
  'calendar.next': 'Volgende maand',
  'calendar.empty': 'Niets gepland in deze maand.',
  'calendar.monthNav': 'Maand kiezen',
  'calendar.free': '{free} vrij',
  'calendar.full': 'vol',

  'yearCalendar.title': 'Jaarkalender',
  'yearCalendar.intro':
    'Alle komende activiteiten van bedrijven in de regio, per maand, met het aantal vrije plaatsen.',
  'yearCalendar.subscribe': 'Jaarkalender in je eigen agenda (.ics)',
  'yearCalendar.subscribeHint':
    'Abonneer je in je agenda-app op deze link om de jaarkalender automatisch bij te houden.',
} as const;
