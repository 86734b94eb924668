import { and, asc, eq, gte, sql } from 'drizzle-orm';
import {
  internshipPlaces,
  offers,
  organisations,
  sessions,
  type Database,
  type Transaction,
} from '@stagebureau/db';

import { distanceSql, type Point } from '../../geography/service';

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
  /** Where distances are measured from; with `maxKm`, farther places are left out. */
  origin: Point | null;
  maxKm?: number;
}

/** A place is where its offer is (its address, else the company's). */
const placeDistance = (origin: Point) =>
  distanceSql(origin, [
    { latitude: offers.latitude, longitude: offers.longitude, postcode: offers.postcode },
    {
      latitude: organisations.latitude,
      longitude: organisations.longitude,
      postcode: organisations.postcode,
    },
  ]);

export async function listPlaces(
  db: Db,
  regionId: string,
  filter: PlaceFilter,
): Promise<(PlaceWithOffer & { distanceKm: number | null })[]> {
  const distance = filter.origin ? placeDistance(filter.origin) : null;
  return db
    .select({ ...placeColumns, distanceKm: distance ?? sql<null>`null::float8` })
    .from(internshipPlaces)
    .innerJoin(offers, eq(offers.id, internshipPlaces.offerId))
    .innerJoin(sessions, eq(sessions.id, internshipPlaces.sessionId))
    .innerJoin(organisations, eq(organisations.id, internshipPlaces.companyId))
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
        distance && filter.maxKm !== undefined ? sql`${distance} <= ${filter.maxKm}` : undefined,
      ),
    )
    .orderBy(
      ...(distance ? [sql`${distance} asc nulls last`] : []),
      asc(sessions.startsAt),
      asc(offers.title),
      asc(internshipPlaces.id),
    )
    .limit(500);
}
