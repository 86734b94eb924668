/**
 * Every tag an operation may carry, declared once at the top of `/openapi.json` so that
 * integrators' tools group the operations (Dutch first, then English). A route's `tags` must
 * name one of these; `pnpm lint:openapi` fails on any other.
 */
export const openapiTags = [
  ['health', 'Gezondheid van de dienst. — Liveness and readiness of the service.'],
  ['auth', 'Inloggen, sessies en het eigen account. — Login, sessions and your own account.'],
  [
    'platform',
    'Platformbeheer: regio’s aanmaken en inrichten. — Platform administration: creating and configuring regions.',
  ],
  ['invitations', 'Uitnodigingen voor nieuwe gebruikers. — Invitations for new users.'],
  [
    'registrations',
    'Aanmeldingen van bedrijven en hun beoordeling. — Company self-registrations and their review.',
  ],
  [
    'recognition',
    'Leerbedrijf van het jaar: ranglijst, toekenning en certificaat. — Company of the year: ranking, award and certificate.',
  ],
  [
    'relations',
    'Relatiebeheer: contactpersonen, contactmomenten en actiepunten. — Relationship management: contacts, contact moments and follow-ups.',
  ],
  [
    'organisations',
    'Scholen, bedrijven en hun locaties. — Schools, companies and their locations.',
  ],
  ['region', 'De regio en haar instellingen. — The region and its settings.'],
  [
    'taxonomy',
    'Sectoren en vmbo-profielen van de regio. — The region’s sector tags and vmbo profiles.',
  ],
  ['classes', 'Klassen van een school. — A school’s classes.'],
  [
    'pupils',
    'Leerlingen en docenten voor stages. — Pupils and teachers registered for placements.',
  ],
  [
    'privacy',
    'Inzage en verwijdering van persoonsgegevens. — Access to and erasure of personal data.',
  ],
  ['audit', 'Het auditlogboek. — The audit log.'],
  ['notifications', 'Postvak en meldingsvoorkeuren. — Inbox and notification preferences.'],
  ['feeds', 'Agenda-abonnementen (iCal). — Calendar subscriptions (iCal).'],
  ['offers', 'Aanbod van bedrijven. — Offers published by companies.'],
  [
    'sessions',
    'Momenten van een aanbod, met datum en plaatsen. — Sessions of an offer: dates and seats.',
  ],
  ['catalogue', 'De catalogus waaruit scholen kiezen. — The catalogue schools choose from.'],
  ['blackouts', 'Schoolvakanties en toetsweken. — School holidays and exam weeks.'],
  [
    'proposals',
    'Voorstellen van scholen voor aanbod op aanvraag. — Schools’ proposals for offers on request.',
  ],
  ['requests', 'Aanvragen van scholen en menukaarten. — Requests from schools and menu cards.'],
  ['bookings', 'Boekingen van momenten. — Bookings of sessions.'],
  ['feedback', 'Terugkoppeling op boekingen. — Feedback on bookings.'],
  ['conflicts', 'Botsingen in de planning. — Scheduling conflicts.'],
  ['allocation', 'Verdeelrondes van schaarse plaatsen. — Allocation rounds for scarce seats.'],
  ['year-plans', 'Jaarplanning van scholen en bedrijven. — Year plans of schools and companies.'],
  ['reports', 'Rapportages en overzichten. — Reports and statements.'],
  [
    'exports',
    'Exports van boekingen, plaatsingen en jaarplanning (xlsx, CSV). — Spreadsheet exports.',
  ],
  ['places', 'Stageplaatsen van bedrijven. — Internship places offered by companies.'],
  ['placements', 'Stageplaatsingen en overeenkomsten. — Internship placements and agreements.'],
  ['placement rounds', 'Plaatsingsrondes voor stages. — Placement rounds for internships.'],
  ['attendance', 'Aanwezigheid tijdens de stage. — Attendance during an internship.'],
  ['evaluations', 'Beoordelingen van stages. — Internship evaluations.'],
  [
    'compliance',
    'Verplichte documenten van bedrijven (VOG, verzekering). — Companies’ required documents.',
  ],
  [
    'materials',
    'Gedeeld lesmateriaal en de bibliotheek. — Shared teaching materials and the library.',
  ],
  ['files', 'Downloaden via ondertekende links. — Downloads through signed links.'],
  [
    'imports',
    'Inlezen van officiële gegevens (DUO, schoolvakanties). — Imports of official data (DUO, school holidays).',
  ],
  [
    'agreements',
    'Afspraken met bedrijven en hun realisatie. — Company agreements and their fulfilment.',
  ],
  ['targets', 'Regionale doelen per schooljaar. — Regional targets per school year.'],
].map(([name, description]) => ({ name: name!, description: description! }));
