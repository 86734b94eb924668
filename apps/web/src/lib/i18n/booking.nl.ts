/** Dutch messages for booking a class into a session (the offer page's booking form). */
export const bookingNl = {
  'book.title': 'Boek voor een klas',
  'book.class': 'Klas',
  'book.session': 'Sessie',
  'book.teachers': 'Begeleidende docenten',
  'book.teachersHint': 'Eén naam per regel',
  'book.note': 'Opmerking voor het bedrijf',
  'book.submitWaitlist': 'Op de wachtlijst zetten',
  'book.submit': 'Boeken',
  'book.noFittingClasses': 'Geen van je klassen past bij dit aanbod.',
  'book.unfitTitle': 'Niet in de lijst, omdat het aanbod niet voor hen is:',
  'book.unfit.level': 'ander niveau',
  'book.unfit.schoolYear': 'ander leerjaar',
  'book.unfit.vmboProfile': 'ander profiel',
  'book.capException.intro':
    'Toch nodig? Vraag het stagebureau om deze klas boven het maximum van je school te boeken. Het stagebureau beslist en je hoort het in je inbox.',
  'book.capException.reason': 'Waarom is deze klas toch nodig?',
  'book.capException.submit': 'Uitzondering aanvragen',
  'book.capException.sent':
    'Je vraag om een uitzondering is bij het stagebureau. Je hoort het in je inbox.',
  'book.noClasses': 'Je school heeft nog geen klassen. Voeg eerst een klas toe.',
  'book.addClass': 'Klas toevoegen',
  'book.noSessions': 'Er zijn geen sessies om te boeken.',
  'book.classOption': '{name} ({size} leerlingen)',
  'book.confirmed': 'Geboekt: {offer} voor {class_}.',
  'book.waitlisted': 'De sessie is vol: {class_} staat op de wachtlijst (plaats {position}).',
  'book.requested': 'Aangevraagd: het bedrijf moet de boeking nog goedkeuren.',
  'book.error.session_full': 'Deze sessie is vol en heeft geen wachtlijst. Kies een andere sessie.',
  'book.error.class_busy':
    'Deze klas heeft op dat moment al een boeking. Kies een andere sessie of klas.',
  'book.error.school_cap_reached':
    'Het maximum voor jullie school is bereikt ({used} van {limit}).',
  'book.error.booking_window_closed': 'Boeken voor dit aanbod is nog niet open.',
  'book.error.booking_window_opens': 'Boeken kan vanaf {when}.',
  'book.error.audience_mismatch': 'Dit aanbod past niet bij deze klas.',
} as const;
