import type { yearPlanNl } from './yearPlan.nl';

/** English messages for the year plan (jaarplanning) of a company or school. */
export const yearPlanEn: Record<keyof typeof yearPlanNl, string> = {
  'yearPlan.nav': 'Year plan',
  'yearPlan.title': 'Year plan {schoolYear}',
  'yearPlan.introCompany':
    'Everything you committed to this school year: your sessions and the classes coming, by month. Hours are the in-kind hours per session of your offer, as co-financing counts them.',
  'yearPlan.introSchool':
    'All activities of your classes this school year (requested, confirmed or completed), by month. Hours are the length of the activity per class.',
  'yearPlan.schoolYear': 'School year',
  'yearPlan.show': 'Show',
  'yearPlan.download': 'Download as iCal (.ics)',
  'yearPlan.subscribe': 'Subscribe in your calendar',
  'yearPlan.print': 'Print',
  'yearPlan.printNow': 'Print now',
  'yearPlan.printHint': "Print this page with your browser's print function (Ctrl+P or ⌘P).",
  'yearPlan.back': 'Back to the year plan',
  'yearPlan.generatedAt': 'As of {when}',
  'yearPlan.totals': 'Total this school year',
  'yearPlan.totalItems': 'Activities',
  'yearPlan.totalHours': 'Hours',
  'yearPlan.hours': '{hours} h',
  'yearPlan.monthItems.one': '1 activity',
  'yearPlan.monthItems.other': '{count} activities',
  'yearPlan.nothing': 'Nothing planned.',
  'yearPlan.classes': 'Classes',
  'yearPlan.class': 'Class',
  'yearPlan.company': 'Company',
  'yearPlan.location': 'Location',
  'yearPlan.noClasses': 'No classes yet',
  'yearPlan.classAt': '{name} ({school})',
  'yearPlan.requested': 'requested',
  'yearPlan.completed': 'completed',
};
