import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import {
  bookings,
  offers,
  organisations,
  sessions,
  type Database,
  type Transaction,
} from '@stagebureau/db';
import { isLiveSql } from './statusSql';

/**
 * Booking queries. Locks are always taken in one order — school, then session, then booking
 * rows — so concurrent writers queue instead of deadlocking.
 */
type Db = Database | Transaction;
export type BookingRow = typeof bookings.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
export type OfferRow = typeof offers.$inferSelect;

export async function findBooking(db: Db, regionId: string, id: string, forUpdate = false) {
  const query = db
    .select()
    .from(bookings)
    .where(and(eq(bookings.regionId, regionId), eq(bookings.id, id)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

/** The session row, locked: every seat change of this session waits here (invariant 1). */
export async function lockSession(tx: Transaction, regionId: string, id: string) {
  const [row] = await tx
    .select()
    .from(sessions)
    .where(and(eq(sessions.regionId, regionId), eq(sessions.id, id)))
    .for('update');
  return row ?? null;
}

export async function findSessionWithOffer(db: Db, regionId: string, sessionId: string) {
  const [row] = await db
    .select({ session: sessions, offer: offers })
    .from(sessions)
    .innerJoin(offers, eq(offers.id, sessions.offerId))
    .where(and(eq(sessions.regionId, regionId), eq(sessions.id, sessionId)));
  return row ?? null;
}

export async function findOffer(db: Db, regionId: string, id: string) {
  const [row] = await db
    .select()
    .from(offers)
    .where(and(eq(offers.regionId, regionId), eq(offers.id, id)));
  return row ?? null;
}

/**
 * Serialises one school's bookings so caps are checked against settled counts (invariant 3).
 * `FOR NO KEY UPDATE` does not block foreign-key checks of rows referencing the school.
 */
export async function lockSchool(tx: Transaction, regionId: string, schoolId: string) {
  const [row] = await tx
    .select({ id: organisations.id, status: organisations.status })
    .from(organisations)
    .where(
      and(
        eq(organisations.regionId, regionId),
        eq(organisations.id, schoolId),
        eq(organisations.kind, 'school'),
      ),
    )
    .for('no key update');
  return row ?? null;
}

/**
 * Takes `seats` in the session only if they fit and the session is still scheduled: the
 * conditional update that makes invariant 1 hold under any concurrency (plus the CHECK).
 */
export async function takeSeats(tx: Transaction, sessionId: string, seats: number) {
  const rows = await tx
    .update(sessions)
    .set({ bookedSeats: sql`${sessions.bookedSeats} + ${seats}`, updatedAt: new Date() })
    .where(
      and(
        eq(sessions.id, sessionId),
        eq(sessions.status, 'scheduled'),
        sql`${sessions.bookedSeats} + ${seats} <= ${sessions.capacity}`,
      ),
    )
    .returning({ bookedSeats: sessions.bookedSeats });
  return rows.length === 1;
}

export async function releaseSeats(tx: Transaction, sessionId: string, seats: number) {
  await tx
    .update(sessions)
    .set({ bookedSeats: sql`${sessions.bookedSeats} - ${seats}`, updatedAt: new Date() })
    .where(eq(sessions.id, sessionId));
}

/** Seats a school claims with live bookings, per session, offer and season (see caps.ts). */
export async function schoolUsage(
  tx: Transaction,
  input: { regionId: string; schoolId: string; sessionId: string; offerId: string },
  season: { from: Date; until: Date },
) {
  const live = isLiveSql();
  const [row] = await tx
    .select({
      session: sql<number>`coalesce(sum(${bookings.seats}) filter (where ${bookings.sessionId} = ${input.sessionId}), 0)::int`,
      offer: sql<number>`coalesce(sum(${bookings.seats}) filter (where ${bookings.offerId} = ${input.offerId}), 0)::int`,
      season: sql<number>`coalesce(sum(${bookings.seats}) filter (where ${bookings.startsAt} >= ${season.from.toISOString()} and ${bookings.startsAt} < ${season.until.toISOString()}), 0)::int`,
    })
    .from(bookings)
    .where(and(eq(bookings.regionId, input.regionId), eq(bookings.schoolId, input.schoolId), live));
  return row!;
}

/** Waiting bookings not yet offered seats, in arrival order. */
export async function waitingBookings(tx: Transaction, sessionId: string) {
  return tx
    .select()
    .from(bookings)
    .where(
      and(
        eq(bookings.sessionId, sessionId),
        eq(bookings.status, 'waitlisted'),
        isNull(bookings.holdExpiresAt),
      ),
    )
    .orderBy(asc(bookings.queueNo))
    .for('update');
}

export async function liveBookingsOfSession(tx: Transaction, sessionId: string) {
  return tx
    .select()
    .from(bookings)
    .where(and(eq(bookings.sessionId, sessionId), isLiveSql()))
    .orderBy(asc(bookings.queueNo))
    .for('update');
}

/** Seats demanded: held (confirmed, requested, offered) plus waiting. */
export async function demandSeats(tx: Transaction, sessionId: string) {
  const [row] = await tx
    .select({ seats: sql<number>`coalesce(sum(${bookings.seats}), 0)::int` })
    .from(bookings)
    .where(and(eq(bookings.sessionId, sessionId), isLiveSql()));
  return row!.seats;
}

/** The bookings table's exclusion constraint (migration 0001): a class in two places at once. */
export const classOverlapConstraint = 'bookings_class_no_overlap_ex';

export function isClassOverlap(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    const pg = current as { code?: string; constraint?: string; cause?: unknown };
    if (pg.code === '23P01' && pg.constraint === classOverlapConstraint) return true;
    current = pg.cause;
  }
  return false;
}
