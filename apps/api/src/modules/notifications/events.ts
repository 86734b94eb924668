import type { NotificationEvent } from '@stagebureau/domain';

/** The events are domain data (the booking path decides them): see `@stagebureau/domain`. */
export type { NotificationEvent };

/**
 * The idempotency key of an event: with the recipient and channel it is unique in the outbox,
 * so notifying twice about the same thing (a retried hook, two workers sweeping) sends once.
 * A session can change many times: its iCal sequence tells the changes apart.
 */
export function eventKeyOf(event: NotificationEvent, sequence = 0): string {
  switch (event.kind) {
    case 'session.changed':
      return `${event.kind}:${event.sessionId}:${sequence}`;
    case 'session.cancelled':
      return `${event.kind}:${event.sessionId}`;
    case 'proposal.received':
    case 'proposal.accepted':
    case 'proposal.declined':
      return `${event.kind}:${event.proposalId}`;
    case 'allocation.published':
      return `${event.kind}:${event.roundId}:${event.schoolId}`;
    case 'conflict.raised':
      return `${event.kind}:${event.conflictId}`;
    case 'invitation.sent':
      return `${event.kind}:${event.invitationId}`;
    case 'registration.received':
    case 'registration.submitted':
    case 'registration.rejected':
      return `${event.kind}:${event.registrationId}`;
    case 'placement.signing_requested':
      return `${event.kind}:${event.signatureId}:${event.issuedAt}`;
    case 'placement.signed':
      return `${event.kind}:${event.placementId}`;
    case 'placement.attendance_requested':
    case 'placement.attendance_reminder':
      return `${event.kind}:${event.weekId}`;
    case 'placement.absence_reported':
      return `${event.kind}:${event.weekId}:${event.day}`;
    case 'placement.evaluation_requested':
      return `${event.kind}:${event.evaluationId}`;
    case 'compliance.reviewed':
    case 'compliance.expired':
      return `${event.kind}:${event.documentId}`;
    case 'compliance.expiring':
      return `${event.kind}:${event.documentId}:${event.days}`;
    case 'sign_up.received':
    case 'sign_up.withdrawn':
      return `${event.kind}:${event.signUpId}`;
    case 'sign_up.accepted':
    case 'sign_up.declined':
      return `${event.kind}:${event.proposalId}`;
    case 'follow_up.due':
      return `${event.kind}:${event.followUpId}:${event.dueOn}`;
    case 'request.reminder': {
      // A company is reminded of each part once: a later reminder (parts opened up again)
      // covers other parts, so its smallest part id keeps its key apart from the first one's.
      const first = event.partIds?.length ? `:${[...event.partIds].sort()[0]}` : '';
      return `${event.kind}:${event.requestId}:${event.companyId}${first}`;
    }
    default:
      return `${event.kind}:${event.bookingId}`;
  }
}
