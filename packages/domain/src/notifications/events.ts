import type { Party } from '../roles';
import type { AllocationResultLine } from './facts';

type BookingEventKind =
  'booking.confirmed' | 'booking.waitlisted' | 'booking.reminder' | 'booking.feedback';

/**
 * What a write tells the notifications: the kind and the ids involved, plus what only the
 * moment of the change knows (a reason, the previous time, a hold's expiry). Everything else a
 * message says is loaded when it is rendered. Plain JSON (instants as ISO strings): an event is
 * stored in the writer's transaction and rendered later.
 */
export type NotificationEvent =
  | { kind: BookingEventKind; regionId: string; bookingId: string }
  | {
      kind: 'booking.promoted';
      regionId: string;
      bookingId: string;
      /** Set when the seats are offered (held) rather than confirmed: the school must answer. */
      holdExpiresAt?: string | null;
    }
  | {
      /** A booking awaits the company's approval. */
      kind: 'booking.requested';
      regionId: string;
      bookingId: string;
      /** It came up from the waitlist (the school is told too), rather than being new. */
      fromWaitlist: boolean;
    }
  | { kind: 'booking.declined'; regionId: string; bookingId: string; reason?: string | null }
  | {
      kind: 'booking.cancelled';
      regionId: string;
      bookingId: string;
      by: Party;
      reason?: string | null;
    }
  | {
      kind: 'session.changed';
      regionId: string;
      sessionId: string;
      previous?: { startsAt: string; endsAt: string } | null;
      /** The company's (or bureau's) reason for the change, for the schools. */
      reason?: string | null;
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
  | {
      /** A company proposed moments for parts of a school's request (to the school). */
      kind: 'sign_up.received';
      regionId: string;
      signUpId: string;
    }
  | {
      /** The school accepted or declined one proposed moment (to the company's contact). */
      kind: 'sign_up.accepted' | 'sign_up.declined';
      regionId: string;
      proposalId: string;
    }
  | {
      /** A company withdrew its sign-up: the parts are open again (to the schools). */
      kind: 'sign_up.withdrawn';
      regionId: string;
      signUpId: string;
      reason?: string | null;
    }
  | {
      /** Parts of a request are still open before its deadline (to one matching company). */
      kind: 'request.reminder';
      regionId: string;
      requestId: string;
      companyId: string;
      /**
       * The parts this reminder covers: the sweep's new `request_reminders` rows. Each part is
       * reminded once per company, so these sets never overlap and the smallest id tells one
       * reminder from a later one (new parts opened up) in the outbox key. Absent: every open part.
       */
      partIds?: string[];
    }
  | {
      /**
       * One party's signing link of an internship agreement (issue 16), to the address stored
       * on its signature row. `path` carries the link's secret: only the e-mail shows it (no
       * inbox copy); `issuedAt` tells a rotated link's message from the first one.
       */
      kind: 'placement.signing_requested';
      regionId: string;
      signatureId: string;
      path: string;
      issuedAt: string;
    }
  | {
      /** Every party signed: the placement may start (to the school and the host company). */
      kind: 'placement.signed';
      regionId: string;
      placementId: string;
    }
  | {
      /**
       * The supervisor's one-click link for a finished week of attendance (issue 16), or the
       * one reminder of it, which carries a fresh link (the secret rotates). `path` carries
       * the secret: e-mail only, to the place's supervisor.
       */
      kind: 'placement.attendance_requested' | 'placement.attendance_reminder';
      regionId: string;
      weekId: string;
      path: string;
    }
  | {
      /** The host company reported a day absent: to the school at once. */
      kind: 'placement.absence_reported';
      regionId: string;
      weekId: string;
      day: string;
    }
  | {
      /** The placement's period ended: the supervisor's evaluation form, by a one-time link. */
      kind: 'placement.evaluation_requested';
      regionId: string;
      evaluationId: string;
      path: string;
    }
  | {
      /**
       * A compliance document (issue 18) was approved or rejected by the bureau, or it expired:
       * to the company's admins. The decision and its reason are read from the row.
       */
      kind: 'compliance.reviewed' | 'compliance.expired';
      regionId: string;
      documentId: string;
    }
  | {
      /** A document runs out in `days` (30, then 7): to the company's admins, once each. */
      kind: 'compliance.expiring';
      regionId: string;
      documentId: string;
      days: number;
    }
  | { kind: 'conflict.raised'; regionId: string; conflictId: string }
  | { kind: 'invitation.sent'; regionId: string; invitationId: string; acceptUrl: string }
  | {
      /**
       * A company registered itself (issue 21): `received` to its contact person, `submitted`
       * to the bureau's inbox, `rejected` (with the bureau's reason) to the contact person.
       */
      kind: 'registration.received' | 'registration.submitted' | 'registration.rejected';
      regionId: string;
      registrationId: string;
    }
  | {
      /** A follow-up (actiepunt, issue 17) is due: to its owner, once per due day. */
      kind: 'follow_up.due';
      regionId: string;
      followUpId: string;
      /** `YYYY-MM-DD`: the day it was due when reminded (a later day reminds again). */
      dueOn: string;
    };
