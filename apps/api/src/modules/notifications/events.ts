import type { AllocationResultLine, CancellingParty } from '@stagebureau/domain';

type BookingEventKind =
  | 'booking.confirmed'
  | 'booking.waitlisted'
  | 'booking.promoted'
  | 'booking.reminder'
  | 'booking.feedback';

/**
 * What a module tells `notify`: the kind and the ids involved. Everything a message says is
 * loaded from the database in the same transaction, so a hook is one line.
 */
export type NotificationEvent =
  | { kind: BookingEventKind; regionId: string; bookingId: string }
  | { kind: 'booking.declined'; regionId: string; bookingId: string; reason?: string | null }
  | {
      kind: 'booking.cancelled';
      regionId: string;
      bookingId: string;
      by: CancellingParty;
      reason?: string | null;
    }
  | {
      kind: 'session.changed';
      regionId: string;
      sessionId: string;
      previous?: { startsAt: Date; endsAt: Date } | null;
    }
  | {
      kind: 'session.cancelled';
      regionId: string;
      sessionId: string;
      reason?: string | null;
      /** The bookings the cancellation ended (they are no longer live once cancelled). */
      bookingIds?: string[];
    }
  | {
      kind: 'proposal.received' | 'proposal.accepted' | 'proposal.declined';
      regionId: string;
      proposalId: string;
    }
  | {
      kind: 'allocation.published';
      regionId: string;
      roundId: string;
      roundName: string;
      schoolId: string;
      results: AllocationResultLine[];
    }
  | { kind: 'conflict.raised'; regionId: string; conflictId: string }
  | { kind: 'invitation.sent'; regionId: string; invitationId: string; acceptUrl: string };

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
    default:
      return `${event.kind}:${event.bookingId}`;
  }
}
