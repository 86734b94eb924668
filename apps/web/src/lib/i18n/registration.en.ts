import type { registrationNl } from './registration.nl';

/**
 * English messages for companies' self-registration, the bureau's review of it and inviting
 * colleagues (issue 21).
 */
export const registrationEn: Record<keyof typeof registrationNl, string> = {
  'orgStatus.rejected': 'Rejected',
  'nav.registrations': 'Registrations',
  'nav.colleagues': 'Colleagues',
  'notificationKind.registration.received': 'Registration received',
  'notificationKind.registration.submitted': 'New company registration',
  'notificationKind.registration.rejected': 'Registration rejected',

  'signup.link': 'Register your company',
  'signup.loginHint': 'No account for your company yet?',
  'signup.landingText':
    'Does your company want to offer internships, visits or guest lessons? Register it; the bureau approves the registration.',
  'signup.title': 'Register your company',
  'signup.intro':
    'Register your company with the bureau. Once approved, you receive an e-mail with a link to set your password.',
  'signup.company': 'Company',
  'signup.companyName': 'Company name',
  'signup.kvk': 'KvK number',
  'signup.kvkHint': '8 digits, as on your Chamber of Commerce extract',
  'signup.street': 'Street and number',
  'signup.postcode': 'Postcode',
  'signup.postcodeHint': 'For example 9401 AB',
  'signup.city': 'City',
  'signup.sectors': 'Sectors',
  'signup.contact': 'Contact person',
  'signup.contactHint': "This person becomes the company's first admin.",
  'signup.contactName': 'Name',
  'signup.contactEmail': 'E-mail address',
  'signup.contactPhone': 'Phone number',
  'signup.honeypot': 'Leave this field empty',
  'signup.submit': 'Send registration',
  'signup.doneTitle': 'Registration received',
  'signup.done':
    'Thank you! We sent you a confirmation. Once the bureau approves, you receive an e-mail to set your password.',
  'signup.kvkRegistered':
    'This KvK number is already registered. Does your company have an account? Ask a colleague to invite you.',
  'signup.emailTaken': 'This e-mail address already has an account. Log in or use another address.',
  'signup.kvkFormat': 'A KvK number has 8 digits.',
  'signup.postcodeFormat': 'A postcode is 4 digits and 2 letters, like 9401 AB.',
  'signup.phoneFormat': 'A phone number like 0592 123456.',

  'regs.title': 'Company registrations',
  'regs.intro':
    'Companies that registered themselves. Check possible duplicates before you approve.',
  'regs.empty': 'No registrations waiting.',
  'regs.showDecided': 'Show decided ones too',
  'regs.showPending': 'Show waiting ones only',
  'regs.received': 'Registered on {date}',
  'regs.contact': 'Contact person',
  'regs.address': 'Address',
  'regs.sectors': 'Sectors',
  'regs.duplicates': 'Possible duplicate',
  'regs.noDuplicates': 'No similar companies found.',
  'regs.sameName': 'the same name',
  'regs.similarName': 'similar name ({percent}%)',
  'regs.approve': 'Approve',
  'regs.reject': 'Reject',
  'regs.reason': 'Reason (the applicant receives it by e-mail)',
  'regs.approved': '{name} is approved; the contact person receives an invitation by e-mail.',
  'regs.rejected': '{name} is rejected; the contact person receives the reason by e-mail.',
  'regs.decided': 'Decided on {date}',
  'regs.link': '{count:registration waits|registrations wait} for approval',

  'colleagues.title': 'Invite colleagues',
  'colleagues.intro':
    'Invite colleagues to {organisation}. They receive an e-mail with a link to create their account.',
  'colleagues.onlyAdmins': "Only your organisation's admin can invite colleagues.",
  'colleagues.email': 'E-mail address',
  'colleagues.role': 'Role',
  'colleagues.roleHint': 'Choose the least powerful role that is enough.',
  'colleagues.submit': 'Send invitation',
  'colleagues.sent': 'Invitation sent to {email}.',
  'colleagues.sentList': 'Invitations sent',
  'colleagues.none': 'No invitations sent yet.',
  'colleagues.accepted': 'accepted',
  'colleagues.open': 'open until {date}',
  'colleagues.expired': 'expired',
};
