import type { attendanceNl } from './attendance.nl';

/** English messages of the supervisor's attendance and evaluation pages (issue 16). */
export const attendanceEn: Record<keyof typeof attendanceNl, string> = {
  'attendance.title': 'Confirm attendance',
  'attendance.intro': '{participant} is doing a placement at {company}: {place}.',
  'attendance.week': 'Week of {date}',
  'attendance.days': 'Present on',
  'attendance.daysHint':
    'Every working day is ticked. If that is right, click Confirm. Was the intern absent on a day? Then untick it.',
  'attendance.reportedAbsent': '(reported absent)',
  'attendance.hoursPerDay': 'Each day counts as {hours} hours of supervision.',
  'attendance.submit': 'Confirm',
  'attendance.done': 'Thank you, the attendance is confirmed.',
  'attendance.doneSummary': 'Week of {date}: present on {days} days, {hours} hours of supervision.',
  'attendance.doneNone': 'Week of {date}: not present on any day.',
  'attendance.invalidTitle': 'This link does not work (any more)',
  'attendance.invalid':
    'This link was used already, replaced by a newer one, or the placement is no longer running. Use the link in the newest message, or ask the host company to fill in the week.',
  'attendance.outside': 'This day is not part of the placement in this week.',

  'evaluation.title': 'Evaluate the placement',
  'evaluation.intro': 'Evaluation of {participant} at {company}: {place} ({period}).',
  'evaluation.scale': 'Rate each part from 1 (insufficient) to 5 (excellent).',
  'evaluation.ratingRequired': 'Choose a rating from 1 to 5.',
  'evaluation.comment': 'Comment (optional)',
  'evaluation.commentHint':
    'What went well, what could be better? Write about the work on the placement, not about private matters. At most 2000 characters.',
  'evaluation.submit': 'Send the evaluation',
  'evaluation.done': 'Thank you for your evaluation.',
  'evaluation.doneDetail': 'The school can read it now. This completes the placement.',
  'evaluation.invalidTitle': 'This link does not work (any more)',
  'evaluation.invalid':
    'This evaluation was filled in already or the link is no longer valid. Contact the school if you still want to tell them something.',

  'notificationKind.placement.attendance_requested': 'Confirm attendance',
  'notificationKind.placement.attendance_reminder': 'Reminder: confirm attendance',
  'notificationKind.placement.absence_reported': 'Pupil reported absent',
  'notificationKind.placement.evaluation_requested': 'Evaluate the placement',
};
