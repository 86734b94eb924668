import { and, asc, eq, gte, sql } from 'drizzle-orm';
import {
  internshipPlaces,
  offers,
  organisations,
  sessions,
  type Database,
  type Transaction,
} from '@stagebureau/db';

type Db = Database | Transaction;
export type PlaceRow = typeof internshipPlaces.$inferSelect;

export async function insertPlace(tx: Transaction, values: typeof internshipPlaces.$inferInsert) {
  const [row] = await tx.insert(internshipPlaces).values(values).returning();
  return row!;
}

const placeColumns = {
  place: internshipPlaces,
  offer: offers,
  session: sessions,
  companyName: organisations.name,
};
export type PlaceWithOffer = {
  place: PlaceRow;
  offer: typeof offers.$inferSelect;
  session: typeof sessions.$inferSelect;
  companyName: string;
};

const placeQuery = (db: Db) =>
  db
    .select(placeColumns)
    .from(internshipPlaces)
    .innerJoin(offers, eq(offers.id, internshipPlaces.offerId))
    .innerJoin(sessions, eq(sessions.id, internshipPlaces.sessionId))
    .innerJoin(organisations, eq(organisations.id, internshipPlaces.companyId));

export async function findPlace(
  db: Db,
  regionId: string,
  id: string,
): Promise<PlaceWithOffer | null> {
  const [row] = await placeQuery(db).where(
    and(eq(internshipPlaces.regionId, regionId), eq(internshipPlaces.id, id)),
  );
  return row ?? null;
}

export interface PlaceFilter {
  companyId?: string;
  type?: string;
  level?: string;
  /** Places whose period ends on or after this instant. */
  endingAfter: Date;
}

export async function listPlaces(
  db: Db,
  regionId: string,
  filter: PlaceFilter,
): Promise<PlaceWithOffer[]> {
  return placeQuery(db)
    .where(
      and(
        eq(internshipPlaces.regionId, regionId),
        filter.companyId ? eq(internshipPlaces.companyId, filter.companyId) : undefined,
        filter.type ? eq(offers.type, filter.type as never) : undefined,
        // An offer for all levels (none named) fits every level.
        filter.level
          ? sql`(cardinality(${offers.levels}) = 0 or ${filter.level} = any(${offers.levels}))`
          : undefined,
        gte(sessions.endsAt, filter.endingAfter),
      ),
    )
    .orderBy(asc(sessions.startsAt), asc(offers.title), asc(internshipPlaces.id))
    .limit(500);
}
