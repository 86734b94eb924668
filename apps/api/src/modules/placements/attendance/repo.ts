import { and, asc, eq, gte, inArray, isNull, lt, sql } from 'drizzle-orm';
import {
  attendanceWeeks,
  internshipPlaces,
  offers,
  organisations,
  participants,
  placements,
  type Database,
  type Transaction,
} from '@stagebureau/db';
import { attendanceStatuses, type AttendanceTerms, type OfferType } from '@stagebureau/domain';

type Db = Database | Transaction;
export type WeekRow = typeof attendanceWeeks.$inferSelect;

/** A placement with what attendance needs: its terms, place, supervisor and participant. */
const placementColumns = {
  placement: placements,
  weekdays: internshipPlaces.weekdays,
  dayStarts: internshipPlaces.dayStarts,
  dayEnds: internshipPlaces.dayEnds,
  supervisorEmail: internshipPlaces.supervisorEmail,
  sessionId: internshipPlaces.sessionId,
  offerId: internshipPlaces.offerId,
  placeTitle: offers.title,
  placeType: offers.type,
  companyName: organisations.name,
  participant: {
    firstName: participants.firstName,
    surname: participants.surname,
    pseudonym: participants.pseudonym,
    erasedAt: participants.erasedAt,
  },
};

function placementQuery(db: Db) {
  return db
    .select(placementColumns)
    .from(placements)
    .innerJoin(internshipPlaces, eq(internshipPlaces.id, placements.placeId))
    .innerJoin(offers, eq(offers.id, internshipPlaces.offerId))
    .innerJoin(organisations, eq(organisations.id, placements.companyId))
    .innerJoin(participants, eq(participants.id, placements.participantId));
}
export type AttendancePlacement = Awaited<ReturnType<typeof findAttendancePlacement>> & {};

/** One placement; `lock` takes its row lock (the placement's attendance moves under it). */
export async function findAttendancePlacement(
  db: Db,
  regionId: string,
  placementId: string,
  lock: 'update' | 'skip' | null = null,
) {
  const query = placementQuery(db).where(
    and(eq(placements.regionId, regionId), eq(placements.id, placementId)),
  );
  const [row] = await (lock === 'update'
    ? query.for('update', { of: placements })
    : lock === 'skip'
      ? query.for('update', { of: placements, skipLocked: true })
      : query);
  return row ? { ...row, placeType: row.placeType as OfferType } : null;
}

export const termsOf = (row: NonNullable<AttendancePlacement>): AttendanceTerms => ({
  startsOn: row.placement.startsOn,
  endsOn: row.placement.endsOn,
  weekdays: row.weekdays,
  dayStarts: row.dayStarts,
  dayEnds: row.dayEnds,
});

/** Placements whose attendance may still need a request, reminder or conflict. */
export async function placementsToFollow(db: Db, regionId: string, today: string, since: string) {
  const rows = await db
    .select({ id: placements.id })
    .from(placements)
    .where(
      and(
        eq(placements.regionId, regionId),
        inArray(placements.status, [...attendanceStatuses]),
        lt(placements.startsOn, today),
        gte(placements.endsOn, since),
      ),
    );
  return rows.map((row) => row.id);
}

export async function weeksOf(db: Db, regionId: string, placementId: string) {
  return db
    .select()
    .from(attendanceWeeks)
    .where(
      and(eq(attendanceWeeks.regionId, regionId), eq(attendanceWeeks.placementId, placementId)),
    )
    .orderBy(asc(attendanceWeeks.weekOf));
}

/** The week a link opens (the hash is unique); `lock`: it is used (confirmed) once under it. */
export async function findWeekByToken(db: Db, tokenHash: string, lock = false) {
  const query = db.select().from(attendanceWeeks).where(eq(attendanceWeeks.tokenHash, tokenHash));
  const [row] = await (lock ? query.for('update') : query);
  return row ?? null;
}

/** The week's row, created empty when missing, then locked. */
export async function lockOrCreateWeek(
  tx: Transaction,
  key: { regionId: string; placementId: string; weekOf: string },
): Promise<WeekRow> {
  await tx.insert(attendanceWeeks).values(key).onConflictDoNothing();
  const [row] = await tx
    .select()
    .from(attendanceWeeks)
    .where(
      and(eq(attendanceWeeks.placementId, key.placementId), eq(attendanceWeeks.weekOf, key.weekOf)),
    )
    .for('update');
  return row!;
}

export async function updateWeek(tx: Transaction, id: string, values: Partial<WeekRow>) {
  const [row] = await tx
    .update(attendanceWeeks)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(attendanceWeeks.id, id))
    .returning();
  return row!;
}

/**
 * Sends a finished week's link once: creates the row with the token, or sets the token on a
 * row an absence created before; a row with a link or a confirmation stays as it is (null).
 */
export async function requestWeek(
  tx: Transaction,
  key: { regionId: string; placementId: string; weekOf: string; tokenHash: string },
): Promise<string | null> {
  const [row] = await tx
    .insert(attendanceWeeks)
    .values(key)
    .onConflictDoUpdate({
      target: [attendanceWeeks.placementId, attendanceWeeks.weekOf],
      set: { tokenHash: key.tokenHash, updatedAt: new Date() },
      setWhere: sql`${attendanceWeeks.tokenHash} is null and ${attendanceWeeks.confirmedAt} is null`,
    })
    .returning({ id: attendanceWeeks.id });
  return row?.id ?? null;
}

/** Marks an unconfirmed week once (reminded with a fresh link, or escalated). */
export async function markWeekOnce(
  tx: Transaction,
  id: string,
  mark: { remindedAt: Date; tokenHash: string } | { escalatedAt: Date },
): Promise<boolean> {
  const column = 'remindedAt' in mark ? attendanceWeeks.remindedAt : attendanceWeeks.escalatedAt;
  const rows = await tx
    .update(attendanceWeeks)
    .set({ ...mark, updatedAt: new Date() })
    .where(and(eq(attendanceWeeks.id, id), isNull(column), isNull(attendanceWeeks.confirmedAt)))
    .returning({ id: attendanceWeeks.id });
  return rows.length > 0;
}
