/** Dutch messages of the supervisor's attendance and evaluation pages (issue 16). */
export const attendanceNl = {
  'attendance.title': 'Aanwezigheid bevestigen',
  'attendance.intro': '{participant} loopt stage bij {company}: {place}.',
  'attendance.week': 'Week van {date}',
  'attendance.days': 'Aanwezig op',
  'attendance.daysHint':
    'Alle werkdagen staan aangevinkt. Klopt dat, klik dan op Bevestigen. Was de stagiair een dag afwezig? Haal dan het vinkje weg.',
  'attendance.reportedAbsent': '(afwezig gemeld)',
  'attendance.hoursPerDay': 'Elke dag telt voor {hours} uur begeleiding.',
  'attendance.submit': 'Bevestigen',
  'attendance.done': 'Bedankt, de aanwezigheid is bevestigd.',
  'attendance.doneSummary': 'Week van {date}: {days} dagen aanwezig, {hours} uur begeleiding.',
  'attendance.doneNone': 'Week van {date}: geen dagen aanwezig.',
  'attendance.invalidTitle': 'Deze link werkt niet (meer)',
  'attendance.invalid':
    'Deze link is al gebruikt, vervangen door een nieuwere of de stage loopt niet meer. Gebruik de link uit het nieuwste bericht, of vraag het leerbedrijf om de week in te vullen.',
  'attendance.outside': 'Deze dag hoort niet bij de stage in deze week.',

  'evaluation.title': 'Stage beoordelen',
  'evaluation.intro': 'Beoordeling van {participant} bij {company}: {place} ({period}).',
  'evaluation.scale': 'Geef per onderdeel een cijfer van 1 (onvoldoende) tot 5 (uitstekend).',
  'evaluation.ratingRequired': 'Kies een cijfer van 1 tot 5.',
  'evaluation.comment': 'Toelichting (niet verplicht)',
  'evaluation.commentHint':
    'Wat ging goed, wat kan beter? Schrijf over het werk op de stage, niet over privézaken. Hooguit 2000 tekens.',
  'evaluation.submit': 'Beoordeling versturen',
  'evaluation.done': 'Bedankt voor je beoordeling.',
  'evaluation.doneDetail': 'De school kan hem nu lezen. De stage is hiermee afgerond.',
  'evaluation.invalidTitle': 'Deze link werkt niet (meer)',
  'evaluation.invalid':
    'Deze beoordeling is al ingevuld of de link is niet meer geldig. Neem contact op met de school als je nog iets wilt doorgeven.',

  'notificationKind.placement.attendance_requested': 'Aanwezigheid bevestigen',
  'notificationKind.placement.attendance_reminder': 'Herinnering: aanwezigheid bevestigen',
  'notificationKind.placement.absence_reported': 'Leerling afwezig gemeld',
  'notificationKind.placement.evaluation_requested': 'Stage beoordelen',
} as const;
