import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import {
  allocationRequests,
  allocationResults,
  allocationRounds,
  bookings,
  classes,
  fairShareLedger,
  offers,
  sessions,
  type Database,
  type Transaction,
} from '@stagebureau/db';
import { isLiveSql } from '../bookings/statusSql';

type Db = Database | Transaction;
export type RoundRow = typeof allocationRounds.$inferSelect;
export type RequestRow = typeof allocationRequests.$inferSelect;
export type ResultRow = typeof allocationResults.$inferSelect;

export async function findRound(db: Db, regionId: string, id: string, forUpdate = false) {
  const query = db
    .select()
    .from(allocationRounds)
    .where(and(eq(allocationRounds.regionId, regionId), eq(allocationRounds.id, id)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export const listRounds = (db: Db, regionId: string) =>
  db
    .select()
    .from(allocationRounds)
    .where(eq(allocationRounds.regionId, regionId))
    .orderBy(asc(allocationRounds.createdAt));

export const sessionsWithOffers = (db: Db, regionId: string, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .select({ session: sessions, offer: offers })
        .from(sessions)
        .innerJoin(offers, eq(offers.id, sessions.offerId))
        .where(and(eq(sessions.regionId, regionId), inArray(sessions.id, ids)));

/** Requests in submission order: the order the draw's input lists them in. */
export const listRequests = (db: Db, regionId: string, roundId: string, schoolId?: string) =>
  db
    .select()
    .from(allocationRequests)
    .where(
      and(
        eq(allocationRequests.regionId, regionId),
        eq(allocationRequests.roundId, roundId),
        schoolId ? eq(allocationRequests.schoolId, schoolId) : undefined,
      ),
    )
    .orderBy(asc(allocationRequests.createdAt), asc(allocationRequests.id));

export async function findRequest(db: Db, regionId: string, roundId: string, id: string) {
  const [row] = await db
    .select()
    .from(allocationRequests)
    .where(
      and(
        eq(allocationRequests.regionId, regionId),
        eq(allocationRequests.roundId, roundId),
        eq(allocationRequests.id, id),
      ),
    );
  return row ?? null;
}

export const listResults = (db: Db, regionId: string, roundId: string) =>
  db
    .select()
    .from(allocationResults)
    .where(and(eq(allocationResults.regionId, regionId), eq(allocationResults.roundId, roundId)))
    .orderBy(asc(allocationResults.pick));

export async function findClass(db: Db, regionId: string, id: string) {
  const [row] = await db
    .select()
    .from(classes)
    .where(and(eq(classes.regionId, regionId), eq(classes.id, id)));
  return row ?? null;
}

/** Seats each requesting school already claims in the round's sessions and offers. */
export const heldSeats = (db: Db, regionId: string, schoolIds: string[], offerIds: string[]) =>
  schoolIds.length === 0 || offerIds.length === 0
    ? Promise.resolve([])
    : db
        .select({
          schoolId: bookings.schoolId,
          sessionId: bookings.sessionId,
          offerId: bookings.offerId,
          seats: sql<number>`sum(${bookings.seats})::int`,
        })
        .from(bookings)
        .where(
          and(
            eq(bookings.regionId, regionId),
            inArray(bookings.schoolId, schoolIds),
            inArray(bookings.offerId, offerIds),
            isLiveSql(),
          ),
        )
        .groupBy(bookings.schoolId, bookings.sessionId, bookings.offerId)
        .orderBy(bookings.schoolId, bookings.sessionId);

/** Confirmed times of the requesting classes: they cannot be in two places at once. */
export const classBusyTimes = (db: Db, regionId: string, classIds: string[]) =>
  classIds.length === 0
    ? Promise.resolve([])
    : db
        .select({ classId: bookings.classId, startsAt: bookings.startsAt, endsAt: bookings.endsAt })
        .from(bookings)
        .where(
          and(
            eq(bookings.regionId, regionId),
            inArray(bookings.classId, classIds),
            eq(bookings.status, 'confirmed'),
          ),
        )
        .orderBy(bookings.classId, bookings.startsAt);

/** Eligible pupils per school: the seats of its active classes. */
export const pupilsPerSchool = (db: Db, regionId: string, schoolIds: string[]) =>
  schoolIds.length === 0
    ? Promise.resolve([])
    : db
        .select({
          schoolId: classes.organisationId,
          pupils: sql<number>`sum(${classes.size})::int`,
        })
        .from(classes)
        .where(
          and(
            eq(classes.regionId, regionId),
            inArray(classes.organisationId, schoolIds),
            sql`${classes.archivedAt} is null`,
          ),
        )
        .groupBy(classes.organisationId);

export const ledgerRows = (db: Db, regionId: string, schoolYear: string) =>
  db
    .select()
    .from(fairShareLedger)
    .where(and(eq(fairShareLedger.regionId, regionId), eq(fairShareLedger.schoolYear, schoolYear)));

export async function addShortfall(
  tx: Transaction,
  row: { regionId: string; schoolId: string; schoolYear: string; shortfall: number },
) {
  await tx
    .insert(fairShareLedger)
    .values(row)
    .onConflictDoUpdate({
      target: [fairShareLedger.regionId, fairShareLedger.schoolId, fairShareLedger.schoolYear],
      set: {
        shortfall: sql`${fairShareLedger.shortfall} + ${row.shortfall}`,
        updatedAt: new Date(),
      },
    });
}
