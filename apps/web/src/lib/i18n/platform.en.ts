import type { platformNl } from './platform.nl';

/** English messages for the platform administration: regions and their first bureau admin (issue 21). */
export const platformEn: Record<keyof typeof platformNl, string> = {
  /** Shown in a region's audit log for changes made from above the region. */
  'role.platform_admin': 'Platform administrator',
  'platform.name': 'Platform administration',
  'platform.login.title': 'Log in to platform administration',
  'platform.login.intro':
    'Only for the platform’s administrators, who create regions. Do you work for a bureau, school or company? Use the regular login page.',
  'platform.login.regular': 'To the regular login page',
  'platform.login.welcome': 'Welcome, {name}.',
  'platform.logout': 'Log out',
  'platform.loggedOut': 'You are logged out as platform administrator.',
  'platform.signedInAs': 'Signed in as {name}',
  'platform.nav.regions': 'Regions',
  'platform.nav.newRegion': 'New region',
  'platform.regions.title': 'Regions',
  'platform.regions.intro':
    'Each region has its own bureau, its own schools and companies and its own rules.',
  'platform.regions.empty': 'There are no regions yet.',
  'platform.regions.counts': '{organisations:organisation|organisations}, {users:user|users}',
  'platform.regions.slug': 'Short name',
  'platform.regions.holidayRegion': 'Holiday region',
  'platform.holiday.noord': 'North',
  'platform.holiday.midden': 'Middle',
  'platform.holiday.zuid': 'South',
  'platform.create.title': 'New region',
  'platform.create.intro':
    'The region gets the default rules; change them afterwards. Then invite the bureau’s first administrator.',
  'platform.create.name': 'Name',
  'platform.create.slug': 'Short name (in links)',
  'platform.create.slugHint':
    '3 to 40 lower-case letters and digits, words joined by a hyphen, e.g. zuid-drenthe. Cannot change later. Leave empty to derive it from the name.',
  'platform.create.submit': 'Create region',
  'platform.create.created': '{name} was created.',
  'platform.detail.profile': 'Details',
  'platform.detail.rules': 'Rules',
  'platform.detail.rulesHint': 'Empty means no maximum or no target.',
  'platform.detail.save': 'Save',
  'platform.detail.saved': 'The region was saved.',
  'platform.detail.created': 'Created on {date}',
  'platform.settings.placementRetentionMonths': 'Keep pupils’ names (months after the school year)',
  'platform.settings.signingLinkDays': 'Signing link valid (days)',
  'platform.settings.uploadMaxMb': 'Largest upload (MB)',
  'platform.invite.title': 'Invite the bureau’s administrator',
  'platform.invite.intro':
    'This person receives an e-mail with a link to choose a password and then sets up the region.',
  'platform.invite.email': 'E-mail address',
  'platform.invite.name': 'Name (optional)',
  'platform.invite.submit': 'Send invitation',
  'platform.invite.sent': 'The invitation for {email} was sent.',
  'platform.invite.link':
    'The invitation was sent by e-mail. This link works too (once, valid until {date}):',
  'platform.invite.linkLabel': 'Invitation link',
};
