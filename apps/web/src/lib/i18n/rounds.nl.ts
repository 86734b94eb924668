/** Dutch messages for the school's matching round for internship places (issue 16). */
export const roundsNl = {
  'rounds.title': 'Stagematching',
  'rounds.intro':
    'Verdeel stageplaatsen eerlijk over je leerlingen: kies de stageplaatsen van de ronde, geef per leerling maximaal 5 voorkeuren op en laat de loting de volgorde bepalen. Wie aan de beurt is, krijgt de hoogste voorkeur waar nog plek is.',
  'rounds.empty': 'Nog geen matchingrondes.',
  'rounds.pupilCount': '{count:leerling|leerlingen}',
  'rounds.createdOn': 'Aangemaakt op {date}',
  'rounds.status.open': 'Voorkeuren invullen',
  'rounds.status.run': 'Loting gedaan',
  'rounds.status.published': 'Voorstellen verstuurd',

  'rounds.new': 'Nieuwe matchingronde',
  'rounds.name': 'Naam van de ronde',
  'rounds.places': 'Stageplaatsen in deze ronde',
  'rounds.placesHint': 'Kies de stageplaatsen (maximaal 50) die nog niet zijn begonnen.',
  'rounds.noPlaces': 'Er zijn nu geen stageplaatsen die nog moeten beginnen.',
  'rounds.create': 'Ronde aanmaken',
  'rounds.created': 'De matchingronde is aangemaakt.',
  'rounds.placeLine': '{title} · {company}',
  'rounds.period': '{from} t/m {to}',
  'rounds.free': '{free} van {places} plaatsen vrij',
  'rounds.closed': 'Begonnen of vervallen',

  'rounds.back': 'Alle matchingrondes',
  'rounds.placesTitle': 'Stageplaatsen',
  'rounds.pupilsTitle': 'Voorkeuren per leerling',
  'rounds.pupilsHint':
    'Zet de stageplaats die de leerling het liefst wil bovenaan. Een leerling zonder voorkeuren doet niet mee.',
  'rounds.noPupils': 'Je school heeft nog geen leerlingen ingeschreven voor stages.',
  'rounds.preference': 'Voorkeur {rank}',
  'rounds.noPreference': 'Geen voorkeur',
  'rounds.savePreferences': 'Voorkeuren opslaan',
  'rounds.preferencesSaved': 'De voorkeuren van {name} zijn opgeslagen.',
  'rounds.inRound': 'Doet mee',
  'rounds.notInRound': 'Doet nog niet mee',

  'rounds.run': 'Loting uitvoeren',
  'rounds.runQuestion':
    'Na de loting kun je de voorkeuren niet meer wijzigen. De uitslag is daarna voor iedereen na te rekenen. Doorgaan?',
  'rounds.ran': 'De loting is gedaan.',
  'rounds.publish': 'Voorstellen versturen naar de bedrijven',
  'rounds.publishQuestion':
    'Elke geplaatste leerling wordt nu aan het bedrijf voorgesteld. Het bedrijf accepteert of wijst af; bij afwijzen gaat de leerling automatisch naar de volgende voorkeur met plek. Doorgaan?',
  'rounds.published': 'De voorstellen zijn verstuurd naar de bedrijven.',

  'rounds.resultsTitle': 'Uitslag',
  'rounds.turn': 'Beurt {turn} van {of}',
  'rounds.placedAt': 'Geplaatst bij: {place}',
  'rounds.notPlaced': 'Niet geplaatst',
  'rounds.placement.proposed': 'Voorgesteld aan het bedrijf',
  'rounds.placement.accepted': 'Geaccepteerd door het bedrijf',
  'rounds.placement.declined': 'Afgewezen door het bedrijf',
  'rounds.placement.signed': 'Overeenkomst getekend',
  'rounds.placement.completed': 'Afgerond',
  'rounds.placement.cancelled': 'Geannuleerd',

  'rounds.lotteryTitle': 'Loting controleren',
  'rounds.lotteryExplained':
    'Bij het aanmaken van de ronde is een geheime lotingscode gemaakt. De controlecode ervan is vanaf het begin zichtbaar; de lotingscode zelf pas na de loting. Zo kan niemand de loting achteraf gunstiger maken.',
  'rounds.lotteryCode': 'Lotingscode',
  'rounds.lotteryCodeHidden': 'Wordt bekend na de loting.',
  'rounds.checkCode': 'Controlecode (SHA-256)',
  'rounds.verify': 'Controleer zelf dat de lotingscode bij de controlecode hoort:',

  'rounds.error.choosePlaces': 'Kies één tot 50 stageplaatsen.',
  'rounds.error.places': 'Deze stageplaatsen kunnen niet in een ronde: {places}.',
  'rounds.error.notInRound': 'Deze stageplaats hoort niet bij de ronde.',
  'rounds.error.unfit': 'Deze stageplaats past niet bij de leerling (niveau, leerjaar of profiel).',
  'rounds.error.duplicate': 'Kies elke stageplaats maar één keer.',
} as const;
