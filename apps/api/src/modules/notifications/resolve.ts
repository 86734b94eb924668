import type { Transaction } from '@stagebureau/db';
import { liveStatuses, type NotificationFacts } from '@stagebureau/domain';
import { eventKeyOf, type NotificationEvent } from './events';
import {
  contactOf,
  loadActivity,
  loadBookings,
  loadConflict,
  loadInvitation,
  loadProposal,
  schoolNameOf,
} from './facts';
import { resolveAttendanceEvent } from './attendanceEvents';
import { resolveComplianceEvent } from './complianceEvents';
import { resolvePlacementEvent } from './placementEvents';
import { resolveRegistrationEvent } from './registrationEvents';
import { resolveFollowUpEvent } from './relationEvents';
import { resolveRequestEvent } from './requestEvents';
import {
  bureauRecipients,
  companyRecipients,
  schoolRecipients,
  type RecipientUser,
} from './recipients';

/** One message text and the users who get it (a school's and a company's copies differ). */
export interface Delivery {
  facts: NotificationFacts;
  recipients: RecipientUser[];
}

export interface ResolvedEvent {
  eventKey: string;
  deliveries: Delivery[];
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);
/** An instant from a stored event, normalised to the ISO form the templates read. */
const isoOf = (instant: string) => new Date(instant).toISOString();

async function resolveBookingEvent(
  tx: Transaction,
  event: Extract<NotificationEvent, { bookingId: string }>,
): Promise<Delivery[]> {
  const [loaded] = await loadBookings(tx, event.regionId, { bookingIds: [event.bookingId] });
  if (!loaded) return [];
  const { row, booking } = loaded;
  const school = () => schoolRecipients(tx, event.regionId, row.schoolId, [row.createdBy]);
  const company = () => companyRecipients(tx, event.regionId, row.companyId);
  switch (event.kind) {
    case 'booking.confirmed':
    case 'booking.waitlisted':
    case 'booking.feedback':
      if (event.kind === 'booking.feedback') {
        const facts = { kind: event.kind, booking } as const;
        return [
          { facts, recipients: await school() },
          { facts, recipients: await company() },
        ];
      }
      return [{ facts: { kind: event.kind, booking }, recipients: await school() }];
    case 'booking.promoted': {
      // The hold as offered: by rendering time the school may already have answered.
      const holdExpiresAt =
        event.holdExpiresAt === undefined ? iso(row.holdExpiresAt) : event.holdExpiresAt;
      return [{ facts: { kind: event.kind, booking, holdExpiresAt }, recipients: await school() }];
    }
    case 'booking.requested': {
      const facts = { kind: event.kind, booking, fromWaitlist: event.fromWaitlist } as const;
      const deliveries = [{ facts, recipients: await company() }];
      if (event.fromWaitlist) deliveries.push({ facts, recipients: await school() });
      return deliveries;
    }
    case 'booking.declined':
      return [
        {
          facts: { kind: event.kind, booking, reason: event.reason ?? row.statusReason },
          recipients: await school(),
        },
      ];
    case 'booking.cancelled': {
      const facts = {
        kind: event.kind,
        booking,
        cancelledBy: event.by,
        reason: event.reason ?? row.statusReason,
      } as const;
      const deliveries = [{ facts, recipients: await school() }];
      if (event.by !== 'company') deliveries.push({ facts, recipients: await company() });
      return deliveries;
    }
    case 'booking.reminder': {
      const facts = {
        kind: event.kind,
        booking,
        requirements: row.requirements,
        contact: contactOf(row),
      } as const;
      return [
        { facts, recipients: await school() },
        { facts, recipients: await company() },
      ];
    }
  }
}

/** Session events reach every school with a booking in it, each with its own classes. */
async function resolveSessionEvent(
  tx: Transaction,
  event: Extract<NotificationEvent, { sessionId: string }>,
): Promise<ResolvedEvent> {
  const loaded = await loadActivity(tx, event.regionId, event.sessionId);
  if (!loaded) return { eventKey: eventKeyOf(event), deliveries: [] };
  const booked = await loadBookings(
    tx,
    event.regionId,
    event.kind === 'session.cancelled' && event.bookingIds
      ? { bookingIds: event.bookingIds }
      : { sessionId: event.sessionId, statuses: [...liveStatuses] },
  );
  const bySchool = new Map<string, typeof booked>();
  for (const entry of booked)
    bySchool.set(entry.row.schoolId, [...(bySchool.get(entry.row.schoolId) ?? []), entry]);
  const deliveries: Delivery[] = [];
  for (const [schoolId, entries] of bySchool) {
    const classNames = entries.map((entry) => entry.row.className);
    const bookingId = entries[0]!.row.bookingId;
    const facts: NotificationFacts =
      event.kind === 'session.changed'
        ? {
            kind: event.kind,
            activity: loaded.activity,
            previous: event.previous
              ? { startsAt: isoOf(event.previous.startsAt), endsAt: isoOf(event.previous.endsAt) }
              : null,
            reason: event.reason ?? null,
            classNames,
            bookingId,
          }
        : {
            kind: event.kind,
            activity: loaded.activity,
            reason: event.reason ?? loaded.row.cancelReason,
            classNames,
            bookingId,
          };
    const creators = entries.map((entry) => entry.row.createdBy);
    deliveries.push({
      facts,
      recipients: await schoolRecipients(tx, event.regionId, schoolId, creators),
    });
  }
  return { eventKey: eventKeyOf(event, loaded.row.sequence), deliveries };
}

/** Who hears about an event and what they read, loaded inside the event's transaction. */
export async function resolveEvent(
  tx: Transaction,
  event: NotificationEvent,
): Promise<ResolvedEvent> {
  const eventKey = eventKeyOf(event);
  switch (event.kind) {
    case 'session.changed':
    case 'session.cancelled':
      return resolveSessionEvent(tx, event);
    case 'proposal.received':
    case 'proposal.accepted':
    case 'proposal.declined': {
      const row = await loadProposal(tx, event.regionId, event.proposalId);
      if (!row) return { eventKey, deliveries: [] };
      const { proposal } = row;
      if (event.kind === 'proposal.received') {
        const facts: NotificationFacts = {
          kind: event.kind,
          proposalId: proposal.id,
          offerTitle: row.offerTitle,
          schoolName: row.schoolName,
          className: row.className,
          seats: proposal.seats,
          options: proposal.options,
        };
        return {
          eventKey,
          deliveries: [
            { facts, recipients: await companyRecipients(tx, event.regionId, row.companyId) },
          ],
        };
      }
      const common = {
        proposalId: proposal.id,
        offerTitle: row.offerTitle,
        companyName: row.companyName,
        className: row.className,
      };
      const facts: NotificationFacts =
        event.kind === 'proposal.accepted'
          ? {
              kind: event.kind,
              ...common,
              startsAt: iso(row.startsAt),
              bookingId: proposal.bookingId,
            }
          : { kind: event.kind, ...common, reason: proposal.declineReason };
      const recipients = await schoolRecipients(tx, event.regionId, proposal.schoolId, [
        proposal.createdBy,
      ]);
      return { eventKey, deliveries: [{ facts, recipients }] };
    }
    case 'allocation.published': {
      const schoolName = (await schoolNameOf(tx, event.regionId, event.schoolId)) ?? '';
      const facts: NotificationFacts = {
        kind: event.kind,
        roundId: event.roundId,
        roundName: event.roundName,
        schoolName,
        results: event.results,
      };
      const recipients = await schoolRecipients(tx, event.regionId, event.schoolId);
      return { eventKey, deliveries: [{ facts, recipients }] };
    }
    case 'conflict.raised': {
      const row = await loadConflict(tx, event.regionId, event.conflictId);
      if (!row) return { eventKey, deliveries: [] };
      const facts: NotificationFacts = {
        kind: event.kind,
        conflictId: row.conflict.id,
        conflictType: row.conflict.type,
        severity: row.conflict.severity,
        offerTitle: row.offerTitle,
        schoolName: row.schoolName,
        sessionStartsAt: iso(row.sessionStartsAt),
      };
      return {
        eventKey,
        deliveries: [{ facts, recipients: await bureauRecipients(tx, event.regionId) }],
      };
    }
    case 'invitation.sent': {
      const row = await loadInvitation(tx, event.regionId, event.invitationId);
      if (!row) return { eventKey, deliveries: [] };
      const facts: NotificationFacts = {
        kind: event.kind,
        regionName: row.regionName,
        organisationName: row.organisationName,
        role: row.invitation.role,
        acceptUrl: event.acceptUrl,
        expiresAt: row.invitation.expiresAt.toISOString(),
      };
      const recipient = {
        userId: null,
        email: row.invitation.email,
        language: 'nl',
        audience: 'invitee',
      } as const;
      return { eventKey, deliveries: [{ facts, recipients: [recipient] }] };
    }
    case 'registration.received':
    case 'registration.submitted':
    case 'registration.rejected':
      return { eventKey, deliveries: await resolveRegistrationEvent(tx, event) };
    case 'sign_up.received':
    case 'sign_up.accepted':
    case 'sign_up.declined':
    case 'sign_up.withdrawn':
    case 'request.reminder':
      return { eventKey, deliveries: await resolveRequestEvent(tx, event) };
    case 'placement.signing_requested':
    case 'placement.signed':
      return { eventKey, deliveries: await resolvePlacementEvent(tx, event) };
    case 'placement.attendance_requested':
    case 'placement.attendance_reminder':
    case 'placement.absence_reported':
    case 'placement.evaluation_requested':
      return { eventKey, deliveries: await resolveAttendanceEvent(tx, event) };
    case 'compliance.reviewed':
    case 'compliance.expiring':
    case 'compliance.expired':
      return { eventKey, deliveries: await resolveComplianceEvent(tx, event) };
    case 'follow_up.due':
      return { eventKey, deliveries: await resolveFollowUpEvent(tx, event) };
    default:
      return { eventKey, deliveries: await resolveBookingEvent(tx, event) };
  }
}
