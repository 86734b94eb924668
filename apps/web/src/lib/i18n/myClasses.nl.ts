/** Dutch messages for a teacher's own classes (issue 19, decision 021). */
export const myClassesNl = {
  'myClasses.title': 'Mijn klassen',
  'myClasses.noneAssigned':
    'Er zijn nog geen klassen aan je toegewezen, dus je ziet de hele school. De coördinator kan je klassen toewijzen.',
  'myClasses.nothingPlanned': 'Nog niets gepland.',
  'myClasses.bookingsOf': 'Boekingen van {class_}',
  'myClasses.teachers': 'Docenten',
  'myClasses.noTeachers': 'Nog niemand',
  'myClasses.legend': 'Wie geeft deze klas les?',
  'myClasses.hint':
    'Een docent ziet haar eigen klassen eerst. Boeken kan ze voor elke klas van de school.',
  'myClasses.coordinator': 'coördinator',
  'myClasses.noStaff': 'Deze school heeft nog geen docenten met een account.',
  'myClasses.notOfSchool': 'Kies alleen docenten en coördinatoren van deze school.',
  'myClasses.filterMine': 'Mijn klassen',
  'myClasses.showingMine': 'Je ziet de boekingen van je eigen klassen: {classes}.',
  'myClasses.showAll': 'Alle klassen van de school tonen',
  'myClasses.showMine': 'Alleen mijn klassen tonen',
} as const;
