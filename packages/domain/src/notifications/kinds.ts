import type { Language } from '../vocabulary';

/** Every event that notifies someone. The e-mail preference of a user is kept per kind. */
export const notificationKinds = [
  'booking.confirmed',
  'booking.waitlisted',
  'booking.promoted',
  'booking.requested',
  'booking.declined',
  'booking.cancelled',
  'session.changed',
  'session.cancelled',
  'proposal.received',
  'proposal.accepted',
  'proposal.declined',
  'allocation.published',
  'conflict.raised',
  'invitation.sent',
  'booking.reminder',
  'booking.feedback',
  'sign_up.received',
  'sign_up.accepted',
  'sign_up.declined',
  'sign_up.withdrawn',
  'request.reminder',
  'placement.signing_requested',
  'placement.signed',
  'placement.attendance_requested',
  'placement.attendance_reminder',
  'placement.absence_reported',
  'placement.evaluation_requested',
  'compliance.reviewed',
  'compliance.expiring',
  'compliance.expired',
  'registration.received',
  'registration.submitted',
  'registration.rejected',
  'follow_up.due',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export const notificationChannels = ['email', 'inbox'] as const;
export type NotificationChannel = (typeof notificationChannels)[number];

export const notificationStatuses = ['pending', 'sent', 'failed'] as const;
export type NotificationStatus = (typeof notificationStatuses)[number];

/** Which side of the product a recipient is on: decides the link into the web app. */
export type Audience = 'school' | 'company' | 'bureau' | 'invitee';

export interface Recipient {
  language: Language;
  audience: Audience;
}

/** Where links point: the web app for items, the API for `.ics` downloads. */
export interface NotificationUrls {
  webUrl: string;
  apiUrl: string;
}

/** What a renderer produces: a subject and both bodies of one message. */
export interface RenderedNotification {
  subject: string;
  text: string;
  html: string;
  link: string;
}
