import type { myClassesNl } from './myClasses.nl';

/** English messages for a teacher's own classes (issue 19, decision 021). */
export const myClassesEn: Record<keyof typeof myClassesNl, string> = {
  'myClasses.title': 'My classes',
  'myClasses.noneAssigned':
    'No classes have been assigned to you yet, so you see the whole school. The coordinator can assign your classes.',
  'myClasses.nothingPlanned': 'Nothing planned yet.',
  'myClasses.bookingsOf': 'Bookings of {class_}',
  'myClasses.teachers': 'Teachers',
  'myClasses.noTeachers': 'Nobody yet',
  'myClasses.legend': 'Who teaches this class?',
  'myClasses.hint':
    'A teacher sees her own classes first. She can still book for any class of the school.',
  'myClasses.coordinator': 'coordinator',
  'myClasses.noStaff': 'This school has no teachers with an account yet.',
  'myClasses.notOfSchool': "Choose only this school's teachers and coordinators.",
  'myClasses.filterMine': 'My classes',
  'myClasses.showingMine': "You see your own classes' bookings: {classes}.",
  'myClasses.showAll': "Show all the school's classes",
  'myClasses.showMine': 'Show only my classes',
};
