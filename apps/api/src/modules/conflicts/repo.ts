import { and, asc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import {
  bookings,
  classes,
  conflicts,
  offers,
  organisations,
  sessions,
  type Database,
  type Transaction,
} from '@stagebureau/db';
import {
  severityRank,
  type ConflictListQuery,
  type ConflictLog,
  type ConflictStatus,
} from '@stagebureau/domain';
import { isLiveSql } from '../bookings/statusSql';

/** Conflict queries; every one filters on the region. */
type Db = Database | Transaction;
export type ConflictRow = typeof conflicts.$inferSelect;

/** The queue order from the domain's severity ranks: most severe, then oldest, then id. */
const severityOrder = sql.raw(
  `case severity ${Object.entries(severityRank)
    .map(([severity, rank]) => `when '${severity}' then ${rank}`)
    .join(' ')} else 0 end desc`,
);

const listColumns = {
  conflict: conflicts,
  sessionStartsAt: sessions.startsAt,
  sessionStatus: sessions.status,
  offerTitle: offers.title,
  schoolName: organisations.name,
};

const withNames = (db: Db) =>
  db
    .select(listColumns)
    .from(conflicts)
    .leftJoin(sessions, eq(sessions.id, conflicts.sessionId))
    .leftJoin(offers, eq(offers.id, conflicts.offerId))
    .leftJoin(organisations, eq(organisations.id, conflicts.schoolId));

export type ConflictListRow = Awaited<ReturnType<ReturnType<typeof withNames>['execute']>>[number];

export async function listConflicts(db: Db, regionId: string, query: ConflictListQuery) {
  const filters: SQL[] = [eq(conflicts.regionId, regionId)];
  if (query.type) filters.push(eq(conflicts.type, query.type));
  if (query.status) filters.push(eq(conflicts.status, query.status));
  if (query.severity) filters.push(eq(conflicts.severity, query.severity));
  if (query.sessionId) filters.push(eq(conflicts.sessionId, query.sessionId));
  if (query.offerId) filters.push(eq(conflicts.offerId, query.offerId));
  if (query.schoolId) filters.push(eq(conflicts.schoolId, query.schoolId));
  const where = and(...filters);
  const items = await withNames(db)
    .where(where)
    .orderBy(severityOrder, asc(conflicts.createdAt), asc(conflicts.id))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(conflicts)
    .where(where);
  return { items, total: total!.n };
}

/** Region-wide counts per type and status, for the queue's tabs and the navigation badge. */
export async function countConflicts(db: Db, regionId: string) {
  return db
    .select({ type: conflicts.type, status: conflicts.status, n: sql<number>`count(*)::int` })
    .from(conflicts)
    .where(eq(conflicts.regionId, regionId))
    .groupBy(conflicts.type, conflicts.status);
}

export async function findConflictWithNames(db: Db, regionId: string, id: string) {
  const [row] = await withNames(db).where(
    and(eq(conflicts.regionId, regionId), eq(conflicts.id, id)),
  );
  return row ?? null;
}

/** The conflict row, locked: actions on one conflict queue here. */
export async function lockConflict(tx: Transaction, regionId: string, id: string) {
  const [row] = await tx
    .select()
    .from(conflicts)
    .where(and(eq(conflicts.regionId, regionId), eq(conflicts.id, id)))
    .for('update');
  return row ?? null;
}

/** Closes an open conflict; `null` when it was not open any more. */
export async function closeConflictRow(
  tx: Transaction,
  conflict: { id: string; regionId: string },
  close: { status: Exclude<ConflictStatus, 'open'>; by: string; note: string; at: Date },
) {
  const [row] = await tx
    .update(conflicts)
    .set({
      status: close.status,
      resolvedBy: close.by,
      resolutionNote: close.note,
      resolvedAt: close.at,
    })
    .where(
      and(
        eq(conflicts.regionId, conflict.regionId),
        eq(conflicts.id, conflict.id),
        eq(conflicts.status, 'open'),
      ),
    )
    .returning();
  return row ?? null;
}

export async function saveConflictLog(
  tx: Transaction,
  conflict: { id: string; regionId: string; details: unknown },
  log: ConflictLog,
) {
  const details = { ...(conflict.details as Record<string, unknown>), ...log };
  await tx
    .update(conflicts)
    .set({ details })
    .where(and(eq(conflicts.regionId, conflict.regionId), eq(conflicts.id, conflict.id)));
}

/**
 * The bookings a conflict is about: its listed ones, plus — for conflicts about a whole
 * session (capacity, oversubscription) — the session's live bookings.
 */
export async function involvedBookings(db: Db, conflict: ConflictRow, wholeSession: boolean) {
  const listed = conflict.bookingIds.length > 0 ? inArray(bookings.id, conflict.bookingIds) : null;
  const ofSession =
    wholeSession && conflict.sessionId
      ? and(eq(bookings.sessionId, conflict.sessionId), isLiveSql())
      : null;
  const which = [listed, ofSession].filter((part): part is NonNullable<typeof part> => !!part);
  if (which.length === 0) return [];
  return db
    .select({
      booking: bookings,
      className: classes.name,
      classProfile: {
        educationLevel: classes.educationLevel,
        schoolYear: classes.schoolYear,
        vmboProfile: classes.vmboProfile,
      },
      schoolName: organisations.name,
      offerTitle: offers.title,
    })
    .from(bookings)
    .innerJoin(classes, eq(classes.id, bookings.classId))
    .innerJoin(organisations, eq(organisations.id, bookings.schoolId))
    .innerJoin(offers, eq(offers.id, bookings.offerId))
    .where(and(eq(bookings.regionId, conflict.regionId), or(...which)))
    .orderBy(asc(bookings.queueNo));
}

/**
 * Sessions worth considering as move targets: of the same offer or of published offers of the
 * same type, scheduled, future, with room for the smallest class; nearest to `around` first.
 * The domain applies the precise rules.
 */
export async function candidateSessions(
  db: Db,
  input: {
    regionId: string;
    offerId: string;
    offerType: string;
    now: Date;
    around: Date;
    minSeats: number;
  },
) {
  return db
    .select({ session: sessions, offer: offers })
    .from(sessions)
    .innerJoin(offers, eq(offers.id, sessions.offerId))
    .where(
      and(
        eq(sessions.regionId, input.regionId),
        eq(sessions.status, 'scheduled'),
        sql`${sessions.startsAt} > ${input.now.toISOString()}`,
        sql`${sessions.capacity} - ${sessions.bookedSeats} >= ${input.minSeats}`,
        or(
          eq(offers.id, input.offerId),
          and(eq(offers.type, input.offerType as never), eq(offers.status, 'published')),
        ),
      ),
    )
    .orderBy(
      sql`${sessions.offerId} = ${input.offerId} desc`,
      sql`abs(extract(epoch from ${sessions.startsAt} - ${input.around.toISOString()}::timestamptz))`,
    )
    .limit(200);
}

/** Future confirmed bookings of the given classes: when each class is busy. */
export async function classCommitments(db: Db, regionId: string, classIds: string[], now: Date) {
  if (classIds.length === 0) return [];
  return db
    .select({
      bookingId: bookings.id,
      classId: sql<string>`${bookings.classId}`,
      startsAt: bookings.startsAt,
      endsAt: bookings.endsAt,
    })
    .from(bookings)
    .where(
      and(
        eq(bookings.regionId, regionId),
        inArray(bookings.classId, classIds),
        isNull(bookings.participantId),
        eq(bookings.status, 'confirmed'),
        sql`${bookings.endsAt} > ${now.toISOString()}`,
      ),
    );
}
