import type { signingNl } from './signing.nl';

/** English messages for the public signing page of an internship agreement (issue 16). */
export const signingEn: Record<keyof typeof signingNl, string> = {
  'signing.title': 'Sign the internship agreement',
  'signing.intro':
    'Read the agreement below. Sign by typing your name and giving your consent. This link works once.',
  'signing.as': 'You sign as: {party}',
  'signing.validUntil': 'This link is valid until {date}.',
  'signing.agreement': 'The agreement (in Dutch)',
  'signing.hash': 'Check value (SHA-256) of this text: {hash}',
  'signing.status': 'Who has signed so far',
  'signing.signed': 'signed',
  'signing.notSigned': 'not signed yet',
  'signing.you': '(you)',
  'signing.form': 'Sign',
  'signing.typedName': 'Your full name',
  'signing.typedNameHint': 'Type your name as you would under a letter.',
  'signing.consent': 'I have read the agreement and I agree. My typed name counts as my signature.',
  'signing.consentRequired': 'Tick the box to agree before signing.',
  'signing.submit': 'Sign the agreement',
  'signing.done': 'Thank you, you have signed the internship agreement.',
  'signing.doneAt': 'Signed on {date} as {party}.',
  'signing.doneComplete':
    'Everyone has signed now: the school and the host company are told and the placement can start.',
  'signing.doneWaiting':
    'The school receives the agreement once every party has signed. There is nothing else you need to do.',
  'signing.invalidTitle': 'This link does not work (any more)',
  'signing.invalid':
    'This signing link has expired, was already used, or the placement is off. Ask the school for a new link if you still need to sign.',
  'signing.party.school': 'the school',
  'signing.party.company': 'the host company',
  'signing.party.pupil': 'the pupil',
  'signing.party.guardian': 'parent or guardian',
  'signing.party.teacher': 'the teacher',
};
