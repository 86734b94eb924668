import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import {
  bookings,
  feedback,
  offers,
  organisations,
  type Database,
  type Transaction,
} from '@stagebureau/db';
import type { Feedback, FeedbackListQuery, FeedbackParty } from '@stagebureau/domain';

type Db = Database | Transaction;

/** A booking with what decides who may give feedback on it; locked when in a transaction. */
export async function bookingForFeedback(tx: Transaction, regionId: string, bookingId: string) {
  const [row] = await tx
    .select({
      id: bookings.id,
      regionId: bookings.regionId,
      offerId: bookings.offerId,
      schoolId: bookings.schoolId,
      companyId: offers.organisationId,
      status: bookings.status,
      endsAt: bookings.endsAt,
    })
    .from(bookings)
    .innerJoin(offers, eq(offers.id, bookings.offerId))
    .where(and(eq(bookings.id, bookingId), eq(bookings.regionId, regionId)))
    .for('update', { of: bookings });
  return row;
}

export async function existingFeedback(tx: Transaction, bookingId: string, party: FeedbackParty) {
  const [row] = await tx
    .select()
    .from(feedback)
    .where(and(eq(feedback.bookingId, bookingId), eq(feedback.party, party)));
  return row;
}

export type FeedbackRow = typeof feedback.$inferSelect;

export async function insertFeedback(tx: Transaction, values: typeof feedback.$inferInsert) {
  const [row] = await tx.insert(feedback).values(values).returning();
  return row!;
}

export async function updateFeedback(
  tx: Transaction,
  id: string,
  values: { rating: number; comment: string; authorId: string },
) {
  const [row] = await tx
    .update(feedback)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(feedback.id, id))
    .returning();
  return row!;
}

const viewQuery = (db: Db) =>
  db
    .select({
      feedback,
      offerTitle: offers.title,
      sessionStartsAt: bookings.startsAt,
      organisationName: organisations.name,
      total: sql<number>`count(*) over ()::int`,
    })
    .from(feedback)
    .innerJoin(bookings, eq(bookings.id, feedback.bookingId))
    .innerJoin(offers, eq(offers.id, feedback.offerId))
    .innerJoin(organisations, eq(organisations.id, feedback.organisationId));

type ViewRow = Awaited<ReturnType<ReturnType<typeof viewQuery>['execute']>>[number];

const toFeedback = (row: ViewRow): Feedback => ({
  id: row.feedback.id,
  bookingId: row.feedback.bookingId,
  offerId: row.feedback.offerId,
  offerTitle: row.offerTitle,
  sessionStartsAt: row.sessionStartsAt.toISOString(),
  party: row.feedback.party,
  organisationId: row.feedback.organisationId,
  organisationName: row.organisationName,
  rating: row.feedback.rating,
  comment: row.feedback.comment,
  createdAt: row.feedback.createdAt.toISOString(),
  updatedAt: row.feedback.updatedAt.toISOString(),
});

export async function feedbackView(db: Db, id: string): Promise<Feedback> {
  const [row] = await viewQuery(db).where(eq(feedback.id, id));
  return toFeedback(row!);
}

/** `visibleTo`: the caller's scope (a school's bookings, a company's offers), or the region. */
export async function listFeedback(
  db: Db,
  regionId: string,
  visibleTo: { schoolId?: string; companyId?: string },
  query: FeedbackListQuery,
) {
  const conditions: SQL[] = [eq(feedback.regionId, regionId)];
  if (visibleTo.schoolId) conditions.push(eq(bookings.schoolId, visibleTo.schoolId));
  if (visibleTo.companyId) conditions.push(eq(offers.organisationId, visibleTo.companyId));
  if (query.bookingId) conditions.push(eq(feedback.bookingId, query.bookingId));
  if (query.offerId) conditions.push(eq(feedback.offerId, query.offerId));
  if (query.companyId) conditions.push(eq(offers.organisationId, query.companyId));
  if (query.schoolId) conditions.push(eq(bookings.schoolId, query.schoolId));
  if (query.party) conditions.push(eq(feedback.party, query.party));
  if (query.from) conditions.push(gte(bookings.startsAt, new Date(query.from)));
  if (query.to) conditions.push(lt(bookings.startsAt, new Date(query.to)));
  const rows = await viewQuery(db)
    .where(and(...conditions))
    .orderBy(desc(bookings.startsAt), feedback.id)
    .limit(query.limit)
    .offset(query.offset);
  return { items: rows.map(toFeedback), total: rows[0]?.total ?? 0 };
}
