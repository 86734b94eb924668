/** Leerbedrijf van het jaar (issue 17): the bureau's ranking and award, the public badge. */
export const recognitionNl = {
  'nav.recognition': 'Leerbedrijf van het jaar',
  'recognition.title': 'Leerbedrijf van het jaar',
  'recognition.intro':
    'De ranglijst telt wat bedrijven dit schooljaar deden, zoals de rapportages het tellen. Het bureau kent de titel toe; het bedrijf krijgt een certificaat en een badge in de catalogus.',
  'recognition.schoolYear': 'Schooljaar',
  'recognition.show': 'Tonen',
  'recognition.criteria': 'Zo telt de score',
  'recognition.criterion.rating':
    'Waardering ({weight} %): het gemiddelde cijfer van scholen, 1 telt als 0 en 5 als vol.',
  'recognition.criterion.reliability':
    'Betrouwbaarheid ({weight} %): sessies die doorgingen van alle geplande; een geannuleerde sessie telt tegen.',
  'recognition.criterion.volume':
    'Omvang ({weight} %): gehouden sessies plus geplaatste leerlingen, tegen het drukste bedrijf van de regio.',
  'recognition.criterion.hours':
    'Uren ({weight} %): bijdrage in natura in uren, tegen het bedrijf dat de meeste uren gaf.',
  'recognition.ranking': 'Ranglijst',
  'recognition.empty':
    'Nog geen bedrijf deed dit schooljaar iets: er is nog niets te rangschikken.',
  'recognition.rank': 'Plaats',
  'recognition.company': 'Bedrijf',
  'recognition.score': 'Score',
  'recognition.rating': 'Waardering',
  'recognition.reliability': 'Betrouwbaarheid',
  'recognition.volume': 'Omvang',
  'recognition.hours': 'Uren',
  'recognition.noRatings': 'geen cijfers',
  'recognition.hoursOf': '{hours} uur',
  'recognition.ratingOf': '{rating} uit {count:cijfer|cijfers}',
  'recognition.volumeOf': '{sessions:sessie|sessies}, {placements:plaatsing|plaatsingen}',
  'recognition.award': 'Titel toekennen',
  'recognition.awardTo': 'Bedrijf',
  'recognition.citation': 'Motivering (komt op het certificaat)',
  'recognition.awarded': '{name} is leerbedrijf van het jaar {year}.',
  'recognition.awardedTo': 'Toegekend aan {name} op {date}.',
  'recognition.certificate': 'Certificaat (pdf)',
  'recognition.withdraw': 'Toekenning intrekken',
  'recognition.withdrawn': 'De toekenning is ingetrokken.',
  'recognition.badge': 'Leerbedrijf van het jaar {year}',
  'recognition.publicTitle': 'Leerbedrijf van het jaar {year}: {name}',
  'recognition.yourAward': 'Jullie zijn leerbedrijf van het jaar {year}. Gefeliciteerd!',
};
