import { escapeHtml, singleLine } from './escape';
import type { NotificationFacts } from './facts';
import type { NotificationUrls, Recipient, RenderedNotification } from './kinds';
import * as activities from './templates/activities';
import * as attendance from './templates/attendance';
import * as bookings from './templates/bookings';
import * as bureau from './templates/bureau';
import * as compliance from './templates/compliance';
import * as placements from './templates/placements';
import * as registrations from './templates/registrations';
import * as relations from './templates/relations';
import * as requests from './templates/requests';
import { say, type MessageBody, type TemplateInput } from './templates/message';

type Templates = {
  [K in NotificationFacts['kind']]: (
    input: TemplateInput<Extract<NotificationFacts, { kind: K }>>,
  ) => MessageBody;
};

const templates: Templates = {
  'booking.confirmed': bookings.bookingConfirmed,
  'booking.waitlisted': bookings.bookingWaitlisted,
  'booking.promoted': bookings.bookingPromoted,
  'booking.requested': bookings.bookingRequested,
  'booking.declined': bookings.bookingDeclined,
  'booking.cancelled': bookings.bookingCancelled,
  'booking.reminder': bookings.bookingReminder,
  'booking.feedback': bookings.bookingFeedback,
  'session.changed': activities.sessionChanged,
  'session.cancelled': activities.sessionCancelled,
  'proposal.received': activities.proposalReceived,
  'proposal.accepted': activities.proposalAccepted,
  'proposal.declined': activities.proposalDeclined,
  'allocation.published': bureau.allocationPublished,
  'conflict.raised': bureau.conflictRaised,
  'invitation.sent': bureau.invitationSent,
  'sign_up.received': requests.signUpReceived,
  'sign_up.accepted': requests.signUpAccepted,
  'sign_up.declined': requests.signUpDeclined,
  'sign_up.withdrawn': requests.signUpWithdrawn,
  'request.reminder': requests.requestReminder,
  'placement.signing_requested': placements.signingRequested,
  'placement.signed': placements.placementSigned,
  'placement.attendance_requested': attendance.attendanceRequested,
  'placement.attendance_reminder': attendance.attendanceReminder,
  'placement.absence_reported': attendance.absenceReported,
  'placement.evaluation_requested': attendance.evaluationRequested,
  'compliance.reviewed': compliance.documentReviewed,
  'compliance.expiring': compliance.documentExpiring,
  'compliance.expired': compliance.documentExpired,
  'registration.received': registrations.registrationReceived,
  'registration.submitted': registrations.registrationSubmitted,
  'registration.rejected': registrations.registrationRejected,
  'follow_up.due': relations.followUpDue,
};

const absolute = (link: string, webUrl: string) =>
  /^https?:\/\//.test(link) ? link : `${webUrl.replace(/\/$/, '')}${link}`;

/**
 * Renders one message for one recipient: subject, plain text and HTML. Pure; every stored
 * text reaches the HTML only through `escapeHtml`.
 */
export function renderNotification(
  facts: NotificationFacts,
  recipient: Recipient,
  urls: NotificationUrls,
): RenderedNotification {
  const template = templates[facts.kind] as (
    input: TemplateInput<NotificationFacts>,
  ) => MessageBody;
  const body = template({ facts, language: recipient.language, audience: recipient.audience });
  const t = say(recipient.language);
  const link = absolute(body.link, urls.webUrl);
  const ics = body.icsBookingId
    ? `${urls.apiUrl.replace(/\/$/, '')}/api/v1/bookings/${body.icsBookingId}.ics`
    : null;
  const calendarLabel = t('Zet in je agenda (.ics)', 'Add to your calendar (.ics)');
  const footer = t(
    'Je ontvangt dit bericht van het stagebureau. Welke berichten je per e-mail krijgt, stel je in bij je account.',
    'You receive this message from the bureau. Choose which messages you get by e-mail in your account.',
  );

  const text = [
    ...body.intro,
    '',
    ...body.details.map(([label, value]) => `${label}: ${value}`),
    '',
    `${body.linkLabel}: ${link}`,
    ...(ics ? [`${calendarLabel}: ${ics}`] : []),
    '',
    '-- ',
    footer,
    '',
  ].join('\n');

  const e = escapeHtml;
  const rows = body.details
    .map(
      ([label, value]) =>
        `<tr><th align="left" style="padding:2px 12px 2px 0;vertical-align:top">${e(label)}</th><td style="padding:2px 0">${e(value)}</td></tr>`,
    )
    .join('');
  const html = [
    `<!doctype html><html lang="${recipient.language}"><head><meta charset="utf-8"><title>${e(singleLine(body.subject))}</title></head>`,
    '<body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a">',
    ...body.intro.map((paragraph) => `<p>${e(paragraph)}</p>`),
    `<table role="presentation">${rows}</table>`,
    `<p><a href="${e(link)}">${e(body.linkLabel)}</a></p>`,
    ...(ics ? [`<p><a href="${e(ics)}">${e(calendarLabel)}</a></p>`] : []),
    `<p style="color:#666;font-size:small">${e(footer)}</p>`,
    '</body></html>',
  ].join('\n');

  return { subject: singleLine(body.subject), text, html, link };
}
