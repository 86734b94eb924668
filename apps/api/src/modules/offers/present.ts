import {
  freeSeatsOf,
  toLocal,
  type Offer,
  type PublicSession,
  type Session,
} from '@stagebureau/domain';
import type { OfferRow, SessionRow } from './repo';

export function toOffer(row: OfferRow, companyName: string): Offer {
  return {
    id: row.id,
    organisationId: row.organisationId,
    companyName,
    status: row.status,
    type: row.type,
    title: row.title,
    description: row.description,
    levels: row.levels as Offer['levels'],
    schoolYears: row.schoolYears,
    vmboProfiles: row.vmboProfiles as Offer['vmboProfiles'],
    sectorTags: row.sectorTags,
    locationKind: row.locationKind,
    street: row.street,
    postcode: row.postcode,
    city: row.city,
    latitude: row.latitude,
    longitude: row.longitude,
    durationMinutes: row.durationMinutes,
    requirements: row.requirements,
    minimumAge: row.minimumAge,
    contactName: row.contactName,
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
    bookingMode: row.bookingMode,
    requiresApproval: row.requiresApproval,
    defaultSeats: row.defaultSeats,
    capPerSchoolPerSession: row.capPerSchoolPerSession,
    capPerSchoolPerOffer: row.capPerSchoolPerOffer,
    opensAt: row.opensAt?.toISOString() ?? null,
    cancellationDeadlineHours: row.cancellationDeadlineHours,
    inKindHoursPerSession: row.inKindHoursPerSession,
    promotionMode: row.promotionMode,
    waitlistEnabled: row.waitlistEnabled,
    availability: row.availability,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The public face of a session: times with their Amsterdam wall clock, aggregate seats. */
export function toPublicSession(row: SessionRow): PublicSession {
  const start = toLocal(row.startsAt);
  return {
    id: row.id,
    offerId: row.offerId,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    localDate: start.date,
    localStartTime: start.time,
    localEndTime: toLocal(row.endsAt).time,
    timeZone: 'Europe/Amsterdam',
    capacity: row.capacity,
    freeSeats: row.status === 'scheduled' ? freeSeatsOf(row) : 0,
    status: row.status,
  };
}

export function toSession(row: SessionRow): Session {
  return {
    ...toPublicSession(row),
    bookedSeats: row.bookedSeats,
    overbookedByBureau: row.overbookedByBureau,
    cancelReason: row.cancelReason,
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
    schoolId: row.schoolId,
    sequence: row.sequence,
  };
}
