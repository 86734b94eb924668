import type { Party, Role } from '../roles';
import type { LocationKind, OfferType } from '../vocabulary';

/**
 * What a message says, loaded by the API inside the causing transaction. Only organisations,
 * class names and counts: never a student's data.
 */
export interface ActivityFacts {
  sessionId: string;
  offerTitle: string;
  offerType: OfferType;
  companyName: string;
  /** ISO instants. */
  startsAt: string;
  endsAt: string;
  locationKind: LocationKind;
  address: string | null;
}

export interface BookingFacts extends ActivityFacts {
  bookingId: string;
  schoolName: string;
  className: string;
  seats: number;
  /** The school's note for the company (may be empty); only the company's copy shows it. */
  note: string;
}

export interface ContactFacts {
  name: string;
  email: string;
  phone: string | null;
}

export interface AllocationResultLine {
  className: string;
  outcome: 'placed' | 'waitlisted' | 'unplaced';
  offerTitle: string | null;
  startsAt: string | null;
  explanation: string;
}

/** One part of a request as a message names it: the class, and the moment when one is proposed. */
export interface RequestPartFacts {
  schoolName: string;
  className: string;
  occasion: number;
  /** ISO instants of the proposed moment; null for a part that is only asked (a reminder). */
  startsAt: string | null;
  endsAt: string | null;
}

/** The request a demand-side message is about (issue 15). */
export interface RequestFacts {
  requestId: string;
  requestTitle: string;
  requestType: OfferType;
}

/**
 * A placement as its messages name it (issue 16): the place, the organisations and the period.
 * Never the participant's name: a school recognises its pupil by pseudonym and class.
 */
export interface PlacementFacts {
  placementId: string;
  placeTitle: string;
  placeType: OfferType;
  companyName: string;
  schoolName: string;
  /** `YYYY-MM-DD`, local dates. */
  startsOn: string;
  endsOn: string;
}

/** A company's compliance document as its messages name it (issue 18). */
export interface ComplianceDocumentMessageFacts {
  documentId: string;
  companyName: string;
  kindLabel: { nl: string; en: string };
  /** The supervisor a VOG is for. */
  subjectName: string | null;
  /** `YYYY-MM-DD`. */
  validFrom: string;
  validUntil: string;
}

/** A follow-up (actiepunt, issue 17) as its reminder names it. */
export interface FollowUpMessageFacts {
  followUpId: string;
  companyName: string;
  description: string;
  /** `YYYY-MM-DD`. */
  dueOn: string;
}

/** A company's self-registration (issue 21), for its contact person or the bureau. */
export interface RegistrationMessageFacts {
  regionName: string;
  companyName: string;
  kvkNumber: string;
  contactName: string;
  /** The bureau's reason; only for `registration.rejected`. */
  reason: string | null;
}

export type NotificationFacts =
  | { kind: 'booking.confirmed'; booking: BookingFacts }
  | { kind: 'booking.waitlisted'; booking: BookingFacts }
  | { kind: 'booking.promoted'; booking: BookingFacts; holdExpiresAt: string | null }
  | { kind: 'booking.requested'; booking: BookingFacts; fromWaitlist: boolean }
  | { kind: 'booking.declined'; booking: BookingFacts; reason: string | null }
  | {
      kind: 'booking.cancelled';
      booking: BookingFacts;
      cancelledBy: Party;
      reason: string | null;
    }
  | {
      kind: 'session.changed';
      activity: ActivityFacts;
      previous: { startsAt: string; endsAt: string } | null;
      reason: string | null;
      classNames: string[];
      bookingId: string | null;
    }
  | {
      kind: 'session.cancelled';
      activity: ActivityFacts;
      reason: string | null;
      classNames: string[];
      bookingId: string | null;
    }
  | {
      kind: 'proposal.received';
      proposalId: string;
      offerTitle: string;
      schoolName: string;
      className: string;
      seats: number;
      options: { startsAt: string; endsAt: string }[];
    }
  | {
      kind: 'proposal.accepted';
      proposalId: string;
      offerTitle: string;
      companyName: string;
      className: string;
      startsAt: string | null;
      bookingId: string | null;
    }
  | {
      kind: 'proposal.declined';
      proposalId: string;
      offerTitle: string;
      companyName: string;
      className: string;
      reason: string | null;
    }
  | {
      kind: 'allocation.published';
      roundId: string;
      roundName: string;
      schoolName: string;
      results: AllocationResultLine[];
    }
  | {
      kind: 'conflict.raised';
      conflictId: string;
      conflictType: string;
      severity: 'low' | 'medium' | 'high';
      offerTitle: string | null;
      schoolName: string | null;
      sessionStartsAt: string | null;
    }
  | ({ kind: 'registration.received' } & RegistrationMessageFacts)
  | ({ kind: 'registration.submitted' } & RegistrationMessageFacts)
  | ({ kind: 'registration.rejected' } & RegistrationMessageFacts)
  | {
      kind: 'invitation.sent';
      regionName: string;
      organisationName: string | null;
      role: Role;
      acceptUrl: string;
      expiresAt: string;
    }
  | {
      kind: 'booking.reminder';
      booking: BookingFacts;
      requirements: string;
      contact: ContactFacts;
    }
  | { kind: 'booking.feedback'; booking: BookingFacts }
  | {
      kind: 'sign_up.received';
      request: RequestFacts;
      companyName: string;
      contact: ContactFacts;
      note: string;
      /** Only the recipient's own parts: a school never reads another school's classes. */
      parts: RequestPartFacts[];
    }
  | {
      kind: 'sign_up.accepted';
      request: RequestFacts;
      schoolName: string;
      part: RequestPartFacts;
    }
  | {
      kind: 'sign_up.declined';
      request: RequestFacts;
      schoolName: string;
      part: RequestPartFacts;
      reason: string | null;
    }
  | {
      kind: 'sign_up.withdrawn';
      request: RequestFacts;
      companyName: string;
      reason: string | null;
      parts: RequestPartFacts[];
    }
  | {
      kind: 'request.reminder';
      request: RequestFacts;
      periodFrom: string;
      periodUntil: string;
      signUpDeadline: string;
      hoursPerOccasion: number;
      /** The open parts this company was not reminded of before. */
      parts: RequestPartFacts[];
    }
  | {
      kind: 'placement.signing_requested';
      placement: PlacementFacts;
      /** The party the link is for; a pupil's link goes to the school, which hands it over. */
      party: 'school' | 'company' | 'pupil' | 'guardian' | 'teacher';
      /** For the pupil's link: which pupil to hand it to. */
      pupil: { pseudonym: string; className: string | null } | null;
      /** The signing page, with the link's secret. */
      path: string;
      expiresAt: string;
    }
  | {
      kind: 'placement.signed';
      placement: PlacementFacts;
      agreementHash: string;
    }
  | {
      kind: 'compliance.reviewed';
      document: ComplianceDocumentMessageFacts;
      decision: 'approved' | 'rejected';
      reason: string | null;
    }
  | { kind: 'compliance.expiring'; document: ComplianceDocumentMessageFacts; days: number }
  | { kind: 'compliance.expired'; document: ComplianceDocumentMessageFacts }
  | { kind: 'follow_up.due'; followUp: FollowUpMessageFacts }
  | AttendanceFacts<'placement.attendance_requested'>
  | AttendanceFacts<'placement.attendance_reminder'>
  | {
      kind: 'placement.absence_reported';
      placement: PlacementFacts;
      /** `YYYY-MM-DD`. */
      day: string;
      /** Which pupil: the school knows it by pseudonym and class. */
      pupil: { pseudonym: string; className: string | null };
    }
  | {
      kind: 'placement.evaluation_requested';
      placement: PlacementFacts;
      /** The form, with the link's secret. */
      path: string;
    };

/** The supervisor's week to confirm (issue 16): its working days and the one-click page. */
interface AttendanceFacts<K extends string> {
  kind: K;
  placement: PlacementFacts;
  weekOf: string;
  workingDays: string[];
  /** The confirmation page, with the link's secret. */
  path: string;
}

export type FactsOf<K extends NotificationFacts['kind']> = Extract<NotificationFacts, { kind: K }>;
