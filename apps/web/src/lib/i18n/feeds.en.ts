import type { feedsNl } from './feeds.nl';

/** English messages for calendar subscriptions, the year calendar and month views. */
export const feedsEn: Record<keyof typeof feedsNl, string> = {
  'feeds.title': 'Calendar subscriptions',
  'feeds.intro':
    'Put bookings in your own calendar automatically. A subscription is a secret link: anyone with the link sees this calendar. Share it with colleagues only.',
  'feeds.new': 'New subscription',
  'feeds.scopeLabel': 'Calendar of',
  'feeds.create': 'Create subscription',
  'feeds.scope.school': 'Whole school: {name}',
  'feeds.scope.class': 'Class {name}',
  'feeds.scope.company': 'Whole company: {name}',
  'feeds.scope.offer': 'Offer: {name}',
  'feeds.scope.region': 'Region: {name}',
  'feeds.unknownTarget': 'no longer available',
  'feeds.existing': 'Your subscriptions',
  'feeds.none': 'You have no calendar subscription yet.',
  'feeds.createdAt': 'Created on {when}',
  'feeds.issuedTitle': 'Keep this link',
  'feeds.issuedText':
    'You see this link only once. Copy it now and add it to your calendar. Lost it? Renew it to get a new one.',
  'feeds.urlLabel': 'Subscription link',
  'feeds.copy': 'Copy link',
  'feeds.copied': 'Copied to the clipboard.',
  'feeds.copyFailed': 'Copying failed; select the link and copy it yourself.',
  'feeds.rotate': 'Renew link',
  'feeds.rotateQuestion':
    'The old link stops working; calendars that use it must be set up again. Continue?',
  'feeds.revoke': 'Unsubscribe',
  'feeds.revokeQuestion': 'The subscription ends and the link stops working. Continue?',
  'feeds.created': 'The subscription was created.',
  'feeds.rotated': 'The link was renewed.',
  'feeds.revoked': 'The subscription was ended.',
  'feeds.howTo': 'How to add the link to your calendar',
  'feeds.outlook': 'Outlook',
  'feeds.outlookSteps':
    'Open Outlook (web or app) → Calendar → Add calendar → Subscribe from web. Paste the link, name the calendar and choose Import.',
  'feeds.google': 'Google Calendar',
  'feeds.googleSteps':
    'Open Google Calendar on a computer → + next to ‘Other calendars’ → From URL. Paste the link and choose Add calendar. It also shows on your phone.',
  'feeds.apple': 'Apple Calendar',
  'feeds.appleSteps':
    'Mac: Calendar → File → New Calendar Subscription, paste the link. iPhone or iPad: Settings → Calendar → Accounts → Add Account → Other → Add Subscribed Calendar.',
  'feeds.refreshNote':
    'Calendar apps fetch changes themselves; a new or changed booking may take a few hours to show.',
  'feeds.addToCalendar': 'Add to my calendar',
  'feeds.addToCalendarLabel': 'Add to my calendar: {offer} (.ics file)',

  'calendar.previous': 'Previous month',
  'calendar.next': 'Next month',
  'calendar.empty': 'Nothing planned this month.',
  'calendar.monthNav': 'Choose month',
  'calendar.free': '{free} free',
  'calendar.full': 'full',

  'yearCalendar.title': 'Year calendar',
  'yearCalendar.intro':
    'All upcoming activities of companies in the region, by month, with the number of free seats.',
  'yearCalendar.subscribe': 'Year calendar in your own calendar (.ics)',
  'yearCalendar.subscribeHint':
    'Subscribe to this link in your calendar app to keep the year calendar up to date.',
};
