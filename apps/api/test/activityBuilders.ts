import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { bookings, offers, sessions, type Database } from '@stagebureau/db';
import type { BookingStatus } from '@stagebureau/domain';

/**
 * Direct-insert builders for offers, sessions and bookings, for tests that need activity
 * without going through the booking API. They keep `sessions.booked_seats` consistent.
 */
const suffix = () => randomBytes(3).toString('hex');

export async function anOffer(
  db: Database,
  regionId: string,
  companyId: string,
  values: Partial<typeof offers.$inferInsert> = {},
) {
  const [offer] = await db
    .insert(offers)
    .values({
      regionId,
      organisationId: companyId,
      type: 'company_visit',
      status: 'published',
      title: `Bedrijfsbezoek ${suffix()}`,
      description: 'Rondleiding door de werkplaats',
      levels: ['vmbo-kb'],
      schoolYears: [3],
      locationKind: 'at_company',
      street: 'Industrieweg 1',
      postcode: '9401 AB',
      city: 'Assen',
      durationMinutes: 120,
      requirements: 'Veiligheidsschoenen',
      contactName: 'Jan de Vries',
      contactEmail: 'jan@bedrijf.test',
      bookingMode: 'fixed_sessions',
      defaultSeats: 30,
      ...values,
    })
    .returning();
  return offer!;
}

export async function aSession(
  db: Database,
  regionId: string,
  offerId: string,
  values: Partial<typeof sessions.$inferInsert> = {},
) {
  const startsAt = values.startsAt ?? new Date(Date.now() + 14 * 86_400_000);
  const [session] = await db
    .insert(sessions)
    .values({
      regionId,
      offerId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
      capacity: 30,
      ...values,
    })
    .returning();
  return session!;
}

/** A booking row; confirmed (and held requested) bookings add their seats to the session. */
export async function aBooking(
  db: Database,
  session: { id: string; regionId: string; offerId: string; startsAt: Date; endsAt: Date },
  school: { id: string },
  schoolClass: { id: string; size: number },
  values: Partial<typeof bookings.$inferInsert> & { status?: BookingStatus } = {},
) {
  const status = values.status ?? 'confirmed';
  const seats = values.seats ?? schoolClass.size;
  const [booking] = await db
    .insert(bookings)
    .values({
      regionId: session.regionId,
      sessionId: session.id,
      offerId: session.offerId,
      schoolId: school.id,
      classId: schoolClass.id,
      seats,
      teachers: ['Mevr. de Jong'],
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      ...values,
      status,
    })
    .returning();
  if (status === 'confirmed') {
    await db
      .update(sessions)
      .set({ bookedSeats: sql`${sessions.bookedSeats} + ${seats}` })
      .where(eq(sessions.id, session.id));
  }
  return booking!;
}
