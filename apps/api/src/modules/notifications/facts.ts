import { and, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  bookings,
  classes,
  conflicts,
  invitations,
  offers,
  organisations,
  proposals,
  regions,
  sessions,
  type Transaction,
} from '@stagebureau/db';
import type {
  ActivityFacts,
  BookingFacts,
  ContactFacts,
  LocationKind,
  OfferType,
} from '@stagebureau/domain';

/** Queries that load what a message says; the region filter keeps every lookup in its tenant. */
const company = alias(organisations, 'company');
const school = alias(organisations, 'school');

const addressOf = (offer: {
  street: string | null;
  postcode: string | null;
  city: string | null;
}) =>
  [offer.street, [offer.postcode, offer.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ') || null;

const activityColumns = {
  sessionId: sessions.id,
  sequence: sessions.sequence,
  startsAt: sessions.startsAt,
  endsAt: sessions.endsAt,
  cancelReason: sessions.cancelReason,
  offerTitle: offers.title,
  offerType: offers.type,
  locationKind: offers.locationKind,
  street: offers.street,
  postcode: offers.postcode,
  city: offers.city,
  requirements: offers.requirements,
  contactName: offers.contactName,
  contactEmail: offers.contactEmail,
  contactPhone: offers.contactPhone,
  companyId: company.id,
  companyName: company.name,
};

interface ActivityRow {
  sessionId: string;
  startsAt: Date;
  endsAt: Date;
  offerTitle: string;
  offerType: OfferType;
  locationKind: LocationKind;
  street: string | null;
  postcode: string | null;
  city: string | null;
  contactName: string;
  contactEmail: string;
  contactPhone: string | null;
  companyName: string;
}

const toActivity = (row: ActivityRow): ActivityFacts => ({
  sessionId: row.sessionId,
  offerTitle: row.offerTitle,
  offerType: row.offerType,
  companyName: row.companyName,
  startsAt: row.startsAt.toISOString(),
  endsAt: row.endsAt.toISOString(),
  locationKind: row.locationKind,
  address: row.locationKind === 'at_company' ? addressOf(row) : null,
});

export const contactOf = (row: ActivityRow): ContactFacts => ({
  name: row.contactName,
  email: row.contactEmail,
  phone: row.contactPhone,
});

export async function loadActivity(tx: Transaction, regionId: string, sessionId: string) {
  const [row] = await tx
    .select(activityColumns)
    .from(sessions)
    .innerJoin(offers, eq(offers.id, sessions.offerId))
    .innerJoin(company, eq(company.id, offers.organisationId))
    .where(and(eq(sessions.regionId, regionId), eq(sessions.id, sessionId)));
  return row ? { row, activity: toActivity(row) } : null;
}

/** Bookings with everything their messages show, for one booking or a session's set. */
export async function loadBookings(
  tx: Transaction,
  regionId: string,
  filter: { bookingIds: string[] } | { sessionId: string; statuses: string[] },
) {
  const rows = await tx
    .select({
      ...activityColumns,
      bookingId: bookings.id,
      status: bookings.status,
      statusReason: bookings.statusReason,
      holdExpiresAt: bookings.holdExpiresAt,
      createdBy: bookings.createdBy,
      seats: bookings.seats,
      note: bookings.note,
      schoolId: school.id,
      schoolName: school.name,
      className: classes.name,
    })
    .from(bookings)
    .innerJoin(sessions, eq(sessions.id, bookings.sessionId))
    .innerJoin(offers, eq(offers.id, bookings.offerId))
    .innerJoin(company, eq(company.id, offers.organisationId))
    .innerJoin(school, eq(school.id, bookings.schoolId))
    .innerJoin(classes, eq(classes.id, bookings.classId))
    .where(
      and(
        eq(bookings.regionId, regionId),
        'bookingIds' in filter
          ? inArray(bookings.id, filter.bookingIds.length ? filter.bookingIds : [regionId])
          : and(
              eq(bookings.sessionId, filter.sessionId),
              inArray(bookings.status, filter.statuses as never[]),
            ),
      ),
    )
    .orderBy(bookings.queueNo);
  return rows.map((row) => {
    const booking: BookingFacts = {
      ...toActivity(row),
      bookingId: row.bookingId,
      schoolName: row.schoolName,
      className: row.className,
      seats: row.seats,
      note: row.note,
    };
    return { row, booking };
  });
}

export async function loadProposal(tx: Transaction, regionId: string, proposalId: string) {
  const [row] = await tx
    .select({
      proposal: proposals,
      offerTitle: offers.title,
      companyId: company.id,
      companyName: company.name,
      schoolName: school.name,
      className: classes.name,
      startsAt: sessions.startsAt,
    })
    .from(proposals)
    .innerJoin(offers, eq(offers.id, proposals.offerId))
    .innerJoin(company, eq(company.id, offers.organisationId))
    .innerJoin(school, eq(school.id, proposals.schoolId))
    .innerJoin(classes, eq(classes.id, proposals.classId))
    .leftJoin(sessions, eq(sessions.id, proposals.acceptedSessionId))
    .where(and(eq(proposals.regionId, regionId), eq(proposals.id, proposalId)));
  return row ?? null;
}

export async function loadConflict(tx: Transaction, regionId: string, conflictId: string) {
  const [row] = await tx
    .select({
      conflict: conflicts,
      offerTitle: offers.title,
      schoolName: school.name,
      sessionStartsAt: sessions.startsAt,
    })
    .from(conflicts)
    .leftJoin(offers, eq(offers.id, conflicts.offerId))
    .leftJoin(school, eq(school.id, conflicts.schoolId))
    .leftJoin(sessions, eq(sessions.id, conflicts.sessionId))
    .where(and(eq(conflicts.regionId, regionId), eq(conflicts.id, conflictId)));
  return row ?? null;
}

export async function loadInvitation(tx: Transaction, regionId: string, invitationId: string) {
  const [row] = await tx
    .select({
      invitation: invitations,
      regionName: regions.name,
      organisationName: organisations.name,
    })
    .from(invitations)
    .innerJoin(regions, eq(regions.id, invitations.regionId))
    .leftJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(and(eq(invitations.regionId, regionId), eq(invitations.id, invitationId)));
  return row ?? null;
}

export async function schoolNameOf(tx: Transaction, regionId: string, schoolId: string) {
  const [row] = await tx
    .select({ name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.regionId, regionId), eq(organisations.id, schoolId)));
  return row?.name ?? null;
}
