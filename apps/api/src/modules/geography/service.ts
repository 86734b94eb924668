import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Database, Transaction } from '@stagebureau/db';
import { DomainError, pc4Of, readPostcodeAreas } from '@stagebureau/domain';
import { findOrganisation, schoolLocationPoint } from '../organisations/service';
import {
  areaCoordinateOf,
  countPostcodeAreas,
  findPostcodeArea,
  upsertPostcodeAreas,
} from './repo';

type Db = Database | Transaction;

export interface Point {
  latitude: number;
  longitude: number;
}

/** A place's columns: its own coordinates and the postcode whose area stands in for them. */
export interface PlaceColumns {
  latitude: AnyColumn | SQL;
  longitude: AnyColumn | SQL;
  postcode: AnyColumn | SQL;
}

const unknownOrigin = (detail: string) => new DomainError('origin_unknown', detail);

async function pointOfPostcode(db: Db, postcode: string | null): Promise<Point | null> {
  const pc4 = pc4Of(postcode);
  const area = pc4 ? await findPostcodeArea(db, pc4) : null;
  return area ? { latitude: area.latitude, longitude: area.longitude } : null;
}

/**
 * Where a search measures from: a school location of the region (its coordinates, else its
 * school's, else its postcode area's centroid) or a postcode's area centroid. Refused with
 * `origin_unknown` when the place is not the region's or its position is not known.
 */
export async function originOf(
  db: Db,
  regionId: string,
  query: { near?: string; nearPostcode?: string },
): Promise<Point | null> {
  if (query.nearPostcode) {
    const point = await pointOfPostcode(db, query.nearPostcode);
    if (!point) throw unknownOrigin(`no known position for postcode ${query.nearPostcode}`);
    return point;
  }
  if (!query.near) return null;
  const location = await schoolLocationPoint(db, regionId, query.near);
  if (!location) throw unknownOrigin('no school location with this id in your region');
  const point =
    location.latitude !== null && location.longitude !== null
      ? { latitude: location.latitude, longitude: location.longitude }
      : await pointOfPostcode(db, location.postcode);
  if (!point) throw unknownOrigin('the position of this school location is not known');
  return point;
}

/** Where a company is: its coordinates, else its postcode area's centroid; null if unknown. */
export async function pointOfOrganisation(
  db: Db,
  regionId: string,
  id: string,
): Promise<Point | null> {
  const organisation = await findOrganisation(db, regionId, id);
  if (!organisation) return null;
  if (organisation.latitude !== null && organisation.longitude !== null)
    return { latitude: organisation.latitude, longitude: organisation.longitude };
  return pointOfPostcode(db, organisation.postcode);
}

/**
 * Straight-line km from `origin` to the first place in `places` with a known position (own
 * coordinates before its postcode area), through the database's one `geo_distance_km`
 * (migration 0029); null when none is known.
 */
export function distanceSql(origin: Point, places: PlaceColumns[]): SQL<number | null> {
  const axis = (name: 'latitude' | 'longitude') =>
    sql.join(
      [
        ...places.map((place) => sql`${place[name]}`),
        ...places.map((place) => areaCoordinateOf(place.postcode, name)),
      ],
      sql`, `,
    );
  return sql<number | null>`geo_distance_km(${origin.latitude}::float8, ${origin.longitude}::float8,
    coalesce(${axis('latitude')}), coalesce(${axis('longitude')}))`;
}

/** Loads a PC4 centroid file (CLI): all rows or, with any row problem, none. */
export async function loadPostcodeAreas(db: Database, bytes: Uint8Array, source: string) {
  const read = readPostcodeAreas(bytes);
  if (!read.ok) throw new DomainError(read.code, read.detail);
  if (read.problems.length > 0)
    throw new DomainError('import_rows_invalid', `${read.problems.length} invalid rows`, {
      errors: read.problems.slice(0, 50),
    });
  await db.transaction((tx) => upsertPostcodeAreas(tx, read.areas, source));
  return { loaded: read.areas.length, total: await countPostcodeAreas(db) };
}
