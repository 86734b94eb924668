import type { roundsNl } from './rounds.nl';

/** English messages for the school's matching round for internship places (issue 16). */
export const roundsEn: Record<keyof typeof roundsNl, string> = {
  'rounds.title': 'Placement matching',
  'rounds.intro':
    'Share internship places fairly among your pupils: choose the places of the round, give each pupil up to 5 preferences and let the lottery set the order. Whoever has the turn gets their highest preference that still has room.',
  'rounds.empty': 'No matching rounds yet.',
  'rounds.pupilCount': '{count:pupil|pupils}',
  'rounds.createdOn': 'Created on {date}',
  'rounds.status.open': 'Entering preferences',
  'rounds.status.run': 'Lottery done',
  'rounds.status.published': 'Proposals sent',

  'rounds.new': 'New matching round',
  'rounds.name': 'Name of the round',
  'rounds.places': 'Internship places in this round',
  'rounds.placesHint': 'Choose the places (at most 50) that have not started yet.',
  'rounds.noPlaces': 'There are no internship places still to start right now.',
  'rounds.create': 'Create round',
  'rounds.created': 'The matching round has been created.',
  'rounds.placeLine': '{title} · {company}',
  'rounds.period': '{from} to {to}',
  'rounds.free': '{free} of {places} places free',
  'rounds.closed': 'Started or cancelled',

  'rounds.back': 'All matching rounds',
  'rounds.placesTitle': 'Internship places',
  'rounds.pupilsTitle': 'Preferences per pupil',
  'rounds.pupilsHint':
    "Put the place the pupil wants most at the top. A pupil without preferences doesn't take part.",
  'rounds.noPupils': 'Your school has not registered any pupils for placements yet.',
  'rounds.preference': 'Preference {rank}',
  'rounds.noPreference': 'No preference',
  'rounds.savePreferences': 'Save preferences',
  'rounds.preferencesSaved': "{name}'s preferences have been saved.",
  'rounds.inRound': 'Taking part',
  'rounds.notInRound': 'Not taking part yet',

  'rounds.run': 'Run the lottery',
  'rounds.runQuestion':
    'After the lottery the preferences can no longer change. Anyone can then check the result. Continue?',
  'rounds.ran': 'The lottery has been run.',
  'rounds.publish': 'Send the proposals to the companies',
  'rounds.publishQuestion':
    'Each placed pupil is now proposed to the company. The company accepts or declines; after a decline the pupil moves to their next preference with room automatically. Continue?',
  'rounds.published': 'The proposals have been sent to the companies.',

  'rounds.resultsTitle': 'Result',
  'rounds.turn': 'Turn {turn} of {of}',
  'rounds.placedAt': 'Placed at: {place}',
  'rounds.notPlaced': 'Not placed',
  'rounds.placement.proposed': 'Proposed to the company',
  'rounds.placement.accepted': 'Accepted by the company',
  'rounds.placement.declined': 'Declined by the company',
  'rounds.placement.signed': 'Agreement signed',
  'rounds.placement.completed': 'Completed',
  'rounds.placement.cancelled': 'Cancelled',

  'rounds.lotteryTitle': 'Check the lottery',
  'rounds.lotteryExplained':
    'When the round was created a secret lottery code was made. Its check code is visible from the start; the lottery code itself only after the lottery. So nobody can make the lottery more favourable afterwards.',
  'rounds.lotteryCode': 'Lottery code',
  'rounds.lotteryCodeHidden': 'Revealed after the lottery.',
  'rounds.checkCode': 'Check code (SHA-256)',
  'rounds.verify': 'Check for yourself that the lottery code matches the check code:',

  'rounds.error.choosePlaces': 'Choose one to 50 places.',
  'rounds.error.places': 'These places cannot be in a round: {places}.',
  'rounds.error.notInRound': 'This place is not in the round.',
  'rounds.error.unfit': 'This place does not suit the pupil (level, year or profile).',
  'rounds.error.duplicate': 'Choose each place only once.',
};
