import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import {
  bookings,
  feeds,
  invitations,
  notificationMessages,
  offers,
  organisations,
  refreshTokens,
  users,
  type Database,
  type Transaction,
} from '@stagebureau/db';

type Db = Database | Transaction;

/** Every place an organisation's personal data lives; queries stay within the region. */
export async function findPersonalData(db: Db, regionId: string, organisationId: string) {
  const people = await db
    .select()
    .from(users)
    .where(and(eq(users.regionId, regionId), eq(users.organisationId, organisationId)))
    .orderBy(users.createdAt);
  const invited = await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.regionId, regionId), eq(invitations.organisationId, organisationId)))
    .orderBy(invitations.createdAt);
  const offerContacts = await db
    .select({
      offerId: offers.id,
      title: offers.title,
      contactName: offers.contactName,
      contactEmail: offers.contactEmail,
      contactPhone: offers.contactPhone,
    })
    .from(offers)
    .where(and(eq(offers.regionId, regionId), eq(offers.organisationId, organisationId)))
    .orderBy(offers.createdAt);
  const bookingTeachers = await db
    .select({ bookingId: bookings.id, teachers: bookings.teachers })
    .from(bookings)
    .where(
      and(
        eq(bookings.regionId, regionId),
        eq(bookings.schoolId, organisationId),
        sql`cardinality(${bookings.teachers}) > 0`,
      ),
    )
    .orderBy(bookings.createdAt);
  return { people, invited, offerContacts, bookingTeachers };
}

/** An offer must name a contact; after erasure it names none. */
export const erasedContactName = 'Contactpersoon verwijderd';

/**
 * Anonymises what identifies a person and revokes every way in. Rows stay (ids, statuses,
 * seats, times), so bookings, reports and the audit trail keep counting the same activity.
 */
export async function eraseOrganisationPersonalData(
  tx: Transaction,
  regionId: string,
  organisationId: string,
  now: Date,
) {
  const memberIds = (
    await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.regionId, regionId), eq(users.organisationId, organisationId)))
  ).map((row) => row.id);
  const members = memberIds.length ? inArray(users.id, memberIds) : sql`false`;
  const anonymised = await tx
    .update(users)
    .set({
      name: 'Verwijderde gebruiker',
      email: sql`'erased-' || ${users.id} || '@erased.invalid'`,
      // Not a valid argon2 hash: no password can ever match it.
      passwordHash: 'erased',
      status: 'disabled',
      updatedAt: now,
    })
    .where(and(eq(users.regionId, regionId), members))
    .returning({ id: users.id });
  const tokens = memberIds.length
    ? await tx
        .update(refreshTokens)
        .set({ revokedAt: now })
        .where(
          and(
            eq(refreshTokens.regionId, regionId),
            inArray(refreshTokens.userId, memberIds),
            isNull(refreshTokens.revokedAt),
          ),
        )
        .returning({ id: refreshTokens.id })
    : [];
  const revokedFeeds = memberIds.length
    ? await tx
        .update(feeds)
        .set({ revokedAt: now })
        .where(
          and(
            eq(feeds.regionId, regionId),
            inArray(feeds.userId, memberIds),
            isNull(feeds.revokedAt),
          ),
        )
        .returning({ id: feeds.id })
    : [];
  if (memberIds.length) {
    await tx
      .update(notificationMessages)
      .set({ recipientEmail: null })
      .where(
        and(
          eq(notificationMessages.regionId, regionId),
          inArray(notificationMessages.recipientUserId, memberIds),
        ),
      );
  }
  const clearedInvitations = await tx
    .update(invitations)
    .set({
      email: sql`'erased-' || ${invitations.id} || '@erased.invalid'`,
      expiresAt: sql`least(${invitations.expiresAt}, ${now.toISOString()}::timestamptz)`,
    })
    .where(and(eq(invitations.regionId, regionId), eq(invitations.organisationId, organisationId)))
    .returning({ id: invitations.id });
  await tx
    .update(organisations)
    .set({ contactEmail: null, contactPhone: null, updatedAt: now })
    .where(and(eq(organisations.regionId, regionId), eq(organisations.id, organisationId)));
  const clearedOffers = await tx
    .update(offers)
    .set({ contactName: erasedContactName, contactEmail: '', contactPhone: null, updatedAt: now })
    .where(and(eq(offers.regionId, regionId), eq(offers.organisationId, organisationId)))
    .returning({ id: offers.id });
  const clearedBookings = await tx
    .update(bookings)
    .set({ teachers: sql`'{}'::text[]` })
    .where(
      and(
        eq(bookings.regionId, regionId),
        eq(bookings.schoolId, organisationId),
        sql`cardinality(${bookings.teachers}) > 0`,
      ),
    )
    .returning({ id: bookings.id });
  return {
    usersAnonymised: anonymised.length,
    refreshTokensRevoked: tokens.length,
    feedsRevoked: revokedFeeds.length,
    invitationsCleared: clearedInvitations.length,
    offersCleared: clearedOffers.length,
    bookingsCleared: clearedBookings.length,
  };
}
