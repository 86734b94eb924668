import type { recognitionNl } from './recognition.nl';

/** English messages for the company of the year (issue 17). */
export const recognitionEn: Record<keyof typeof recognitionNl, string> = {
  'nav.recognition': 'Company of the year',
  'recognition.title': 'Company of the year',
  'recognition.intro':
    'The ranking counts what companies did this school year, as the reports count it. The bureau awards the title; the company gets a certificate and a badge in the catalogue.',
  'recognition.schoolYear': 'School year',
  'recognition.show': 'Show',
  'recognition.criteria': 'How the score counts',
  'recognition.criterion.rating':
    "Rating ({weight} %): the schools' average rating, 1 counts as nothing and 5 as full.",
  'recognition.criterion.reliability':
    'Reliability ({weight} %): sessions that took place of all planned; a cancelled session counts against.',
  'recognition.criterion.volume':
    "Volume ({weight} %): sessions held plus pupils placed, against the region's busiest company.",
  'recognition.criterion.hours':
    'Hours ({weight} %): in-kind hours, against the company that gave the most.',
  'recognition.ranking': 'Ranking',
  'recognition.empty': 'No company did anything this school year yet: nothing to rank.',
  'recognition.rank': 'Rank',
  'recognition.company': 'Company',
  'recognition.score': 'Score',
  'recognition.rating': 'Rating',
  'recognition.reliability': 'Reliability',
  'recognition.volume': 'Volume',
  'recognition.hours': 'Hours',
  'recognition.noRatings': 'no ratings',
  'recognition.hoursOf': '{hours} hours',
  'recognition.ratingOf': '{rating} from {count:rating|ratings}',
  'recognition.volumeOf': '{sessions:session|sessions}, {placements:placement|placements}',
  'recognition.award': 'Award the title',
  'recognition.awardTo': 'Company',
  'recognition.citation': 'Citation (printed on the certificate)',
  'recognition.awarded': '{name} is company of the year {year}.',
  'recognition.awardedTo': 'Awarded to {name} on {date}.',
  'recognition.certificate': 'Certificate (pdf)',
  'recognition.withdraw': 'Withdraw the award',
  'recognition.withdrawn': 'The award was withdrawn.',
  'recognition.badge': 'Company of the year {year}',
  'recognition.publicTitle': 'Company of the year {year}: {name}',
  'recognition.yourAward': 'You are company of the year {year}. Congratulations!',
};
