/** Dutch messages for the public signing page of an internship agreement (issue 16). */
export const signingNl = {
  'signing.title': 'Stageovereenkomst ondertekenen',
  'signing.intro':
    'Lees de overeenkomst hieronder. Onderteken door je naam te typen en akkoord te geven. Deze link werkt één keer.',
  'signing.as': 'Je ondertekent als: {party}',
  'signing.validUntil': 'Deze link is geldig tot {date}.',
  'signing.agreement': 'De overeenkomst',
  'signing.hash': 'Controlegetal (SHA-256) van deze tekst: {hash}',
  'signing.status': 'Wie heeft al ondertekend',
  'signing.signed': 'ondertekend',
  'signing.notSigned': 'nog niet ondertekend',
  'signing.you': '(jij)',
  'signing.form': 'Ondertekenen',
  'signing.typedName': 'Je volledige naam',
  'signing.typedNameHint': 'Typ je naam zoals je die onder een brief zou zetten.',
  'signing.consent':
    'Ik heb de overeenkomst gelezen en ga akkoord. Mijn getypte naam geldt als mijn handtekening.',
  'signing.consentRequired': 'Vink aan dat je akkoord gaat om te ondertekenen.',
  'signing.submit': 'Onderteken de overeenkomst',
  'signing.done': 'Bedankt, je hebt de stageovereenkomst ondertekend.',
  'signing.doneAt': 'Ondertekend op {date} als {party}.',
  'signing.doneComplete':
    'Iedereen heeft nu getekend: de school en het leerbedrijf krijgen bericht en de stage kan beginnen.',
  'signing.doneWaiting':
    'De school ontvangt de overeenkomst zodra alle partijen hebben getekend. Je hoeft verder niets te doen.',
  'signing.invalidTitle': 'Deze link werkt niet (meer)',
  'signing.invalid':
    'Deze ondertekenlink is verlopen, al gebruikt, of de stage gaat niet door. Vraag de school om een nieuwe link als je nog moet ondertekenen.',
  'signing.party.school': 'de school',
  'signing.party.company': 'het leerbedrijf',
  'signing.party.pupil': 'de leerling',
  'signing.party.guardian': 'ouder of verzorger',
  'signing.party.teacher': 'de docent',
} as const;
