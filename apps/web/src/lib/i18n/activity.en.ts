import type { activityNl } from './activity.nl';

/** English messages for a company's activity and relationship health (issue 17). */
export const activityEn: Record<keyof typeof activityNl, string> = {
  'activity.title': 'Activity and health',
  'activity.health': 'Relationship health',
  'activity.lastActivity': 'Last contribution',
  'activity.never': 'never',
  'activity.dormant': 'Dormant: no contribution for more than a year. Time for a call.',
  'activity.ambassador': 'Ambassador',
  'activity.followUps': 'Follow-ups',
  'activity.followUpsOf': '{open} open, {overdue} overdue',
  'activity.trend': 'Contributions per school year',
  'activity.trendRow': '{contributions:contribution|contributions}, {hours} hours',
  'activity.direction.rising': 'Rising',
  'activity.direction.falling': 'Falling',
  'activity.direction.steady': 'Steady',
  'activity.list': 'Everything the company did',
  'activity.empty': 'No activity yet.',
  'activity.more': 'Show all {count:activity|activities}',
  'activity.kind.session_held': 'Session held',
  'activity.kind.session_cancelled': 'Session cancelled',
  'activity.kind.no_show': 'School did not show up',
  'activity.kind.sign_up': 'Signed up to a request',
  'activity.kind.placement': 'Pupil placed',
  'activity.kind.feedback': 'Rating',
  'activity.hours': '{hours} hours',
  'activity.rating': 'rated {rating} of 5',
};
