import { and, eq, inArray } from 'drizzle-orm';
import { classes, offers, organisations, schoolLocations, type Database } from '@stagebureau/db';
import type { Address, FeedOffer } from '@stagebureau/domain';
import { company, offerColumns } from './columns';

/**
 * The few offers, schools and classes behind a feed's many rows, each fetched once by id.
 * A feed's main query joins only bookings and sessions; joining these too made PostgreSQL plan a
 * seven-table join on every fetch (10–20 ms) and send every offer's texts once per row.
 */
const distinct = (ids: Iterable<string | null>) =>
  [...new Set(ids)].filter((id): id is string => id !== null);

export interface OfferLookup {
  offer: FeedOffer;
  organisationId: string;
  inKindHours: number;
  /** The later of the offer's and its company's last change. */
  changedAt: Date;
}

export async function offersById(
  db: Database,
  regionId: string,
  ids: Iterable<string>,
): Promise<Map<string, OfferLookup>> {
  const wanted = distinct(ids);
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({
      offer: offerColumns,
      organisationId: offers.organisationId,
      inKindHours: offers.inKindHoursPerSession,
      offerChangedAt: offers.updatedAt,
      companyChangedAt: company.updatedAt,
    })
    .from(offers)
    .innerJoin(
      company,
      and(eq(company.regionId, offers.regionId), eq(company.id, offers.organisationId)),
    )
    .where(and(eq(offers.regionId, regionId), inArray(offers.id, wanted)));
  return new Map(
    rows.map((row) => [
      row.offer.id,
      {
        offer: row.offer,
        organisationId: row.organisationId,
        inKindHours: row.inKindHours,
        changedAt: latest(row.offerChangedAt, row.companyChangedAt),
      },
    ]),
  );
}

export interface SchoolLookup {
  name: string;
  address: Address;
  changedAt: Date;
}

export async function schoolsById(
  db: Database,
  regionId: string,
  ids: Iterable<string>,
): Promise<Map<string, SchoolLookup>> {
  const wanted = distinct(ids);
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      address: {
        street: organisations.street,
        postcode: organisations.postcode,
        city: organisations.city,
        latitude: organisations.latitude,
        longitude: organisations.longitude,
      },
      changedAt: organisations.updatedAt,
    })
    .from(organisations)
    .where(and(eq(organisations.regionId, regionId), inArray(organisations.id, wanted)));
  return new Map(rows.map(({ id, ...school }) => [id, school]));
}

export interface ClassLookup {
  name: string;
  /** Where the class is taught, when it has a location of its own. */
  location: Address | null;
  changedAt: Date;
}

export async function classesById(
  db: Database,
  regionId: string,
  ids: Iterable<string | null>,
): Promise<Map<string, ClassLookup>> {
  const wanted = distinct(ids);
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({
      id: classes.id,
      name: classes.name,
      locationId: schoolLocations.id,
      location: {
        street: schoolLocations.street,
        postcode: schoolLocations.postcode,
        city: schoolLocations.city,
        latitude: schoolLocations.latitude,
        longitude: schoolLocations.longitude,
      },
      changedAt: classes.updatedAt,
    })
    .from(classes)
    .leftJoin(
      schoolLocations,
      and(
        eq(schoolLocations.regionId, classes.regionId),
        eq(schoolLocations.id, classes.locationId),
      ),
    )
    .where(and(eq(classes.regionId, regionId), inArray(classes.id, wanted)));
  return new Map(
    rows.map(({ id, locationId, location, ...schoolClass }) => [
      id,
      { ...schoolClass, location: locationId ? location : null },
    ]),
  );
}

/** Where a class goes for a lesson at school: each part of its location, else the school's
 * (as `coalesce(location.x, school.x)` per field). */
export function classAddress(school: SchoolLookup, schoolClass: ClassLookup | undefined): Address {
  const location = schoolClass?.location;
  return {
    street: location?.street ?? school.address.street,
    postcode: location?.postcode ?? school.address.postcode,
    city: location?.city ?? school.address.city,
    latitude: location?.latitude ?? school.address.latitude,
    longitude: location?.longitude ?? school.address.longitude,
  };
}

/** The latest of some moments; nulls do not count (as SQL's `greatest`). */
export function latest(...moments: (Date | null | undefined)[]): Date {
  let max = -Infinity;
  for (const moment of moments) if (moment && moment.getTime() > max) max = moment.getTime();
  return new Date(max);
}
