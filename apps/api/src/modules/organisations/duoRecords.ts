import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import {
  organisations,
  schoolLocationPupilCounts,
  schoolLocations,
  type Database,
  type Transaction,
} from '@stagebureau/db';
import type {
  HolidayRegion,
  LocationWrites,
  PupilCountWrites,
  StoredLocation,
  StoredPupilCount,
} from '@stagebureau/domain';

/**
 * What the DUO imports (issue 21) read and write of schools, their locations and pupil
 * counts. This module owns those tables; the imports module calls these functions only.
 */
type Db = Database | Transaction;
const chunk = <T>(list: readonly T[], size = 500) =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) =>
    list.slice(i * size, i * size + size),
  );

/** The region's schools' BRIN codes and its locations that carry a DUO location code. */
export async function storedSchoolLocations(db: Db, regionId: string) {
  const schools = await db
    .select({ brinCode: organisations.brinCode })
    .from(organisations)
    .where(and(eq(organisations.regionId, regionId), isNotNull(organisations.brinCode)));
  const rows = await db
    .select({
      id: schoolLocations.id,
      locationCode: schoolLocations.locationCode,
      name: schoolLocations.name,
      street: schoolLocations.street,
      postcode: schoolLocations.postcode,
      city: schoolLocations.city,
      holidayRegion: schoolLocations.holidayRegion,
    })
    .from(schoolLocations)
    .where(and(eq(schoolLocations.regionId, regionId), isNotNull(schoolLocations.locationCode)));
  return {
    schoolBrinCodes: schools.map((s) => s.brinCode!),
    locations: rows.map((r) => ({
      ...r,
      locationCode: r.locationCode!,
      holidayRegion: r.holidayRegion as HolidayRegion | null,
    })) satisfies StoredLocation[],
  };
}

/** The holiday regions the region's school locations are in (their own, where DUO says). */
export async function holidayRegionsOfLocations(
  db: Db,
  regionId: string,
): Promise<HolidayRegion[]> {
  const rows = await db
    .selectDistinct({ holidayRegion: schoolLocations.holidayRegion })
    .from(schoolLocations)
    .where(and(eq(schoolLocations.regionId, regionId), isNotNull(schoolLocations.holidayRegion)));
  return rows.map((r) => r.holidayRegion as HolidayRegion);
}

/**
 * Writes a planned DUO locations import: new schools (pending, like any new organisation, until
 * the bureau activates them), new locations under their school, changed locations.
 */
export async function writeSchoolLocations(
  tx: Transaction,
  regionId: string,
  writes: LocationWrites,
) {
  for (const part of chunk(writes.newSchools)) {
    await tx.insert(organisations).values(
      part.map((school) => ({
        ...school,
        regionId,
        kind: 'school' as const,
        status: 'pending' as const,
      })),
    );
  }
  const brinCodes = [...new Set(writes.newLocations.map((l) => l.brinCode))];
  const schools = brinCodes.length
    ? await tx
        .select({ id: organisations.id, brinCode: organisations.brinCode })
        .from(organisations)
        .where(
          and(eq(organisations.regionId, regionId), inArray(organisations.brinCode, brinCodes)),
        )
    : [];
  const schoolOf = new Map(schools.map((s) => [s.brinCode!, s.id]));
  for (const part of chunk(writes.newLocations)) {
    await tx.insert(schoolLocations).values(
      part.map(({ brinCode, ...location }) => ({
        ...location,
        regionId,
        organisationId: schoolOf.get(brinCode)!,
      })),
    );
  }
  for (const { id, ...fields } of writes.locationUpdates) {
    await tx
      .update(schoolLocations)
      .set(fields)
      .where(and(eq(schoolLocations.regionId, regionId), eq(schoolLocations.id, id)));
  }
}

/** The region's coded locations by DUO location code. */
export async function locationsByCode(db: Db, regionId: string) {
  const rows = await db
    .select({
      id: schoolLocations.id,
      name: schoolLocations.name,
      code: schoolLocations.locationCode,
    })
    .from(schoolLocations)
    .where(and(eq(schoolLocations.regionId, regionId), isNotNull(schoolLocations.locationCode)));
  return new Map(rows.map((r) => [r.code!, { id: r.id, name: r.name }]));
}

export async function storedPupilCounts(
  db: Db,
  regionId: string,
  schoolYear: string,
): Promise<StoredPupilCount[]> {
  return db
    .select({
      locationId: schoolLocationPupilCounts.locationId,
      pupils: schoolLocationPupilCounts.pupils,
      pupilsAtVavo: schoolLocationPupilCounts.pupilsAtVavo,
    })
    .from(schoolLocationPupilCounts)
    .where(
      and(
        eq(schoolLocationPupilCounts.regionId, regionId),
        eq(schoolLocationPupilCounts.schoolYear, schoolYear),
      ),
    );
}

export async function writePupilCounts(
  tx: Transaction,
  regionId: string,
  schoolYear: string,
  writes: PupilCountWrites,
) {
  for (const part of chunk(writes.upserts)) {
    await tx
      .insert(schoolLocationPupilCounts)
      .values(part.map((count) => ({ ...count, regionId, schoolYear })))
      .onConflictDoUpdate({
        target: [
          schoolLocationPupilCounts.regionId,
          schoolLocationPupilCounts.locationId,
          schoolLocationPupilCounts.schoolYear,
        ],
        set: {
          pupils: sql`excluded.pupils`,
          pupilsAtVavo: sql`excluded.pupils_at_vavo`,
          updatedAt: sql`now()`,
        },
      });
  }
}

/** A school's pupil counts per location and school year, newest year first. */
export async function pupilCountsOfSchool(db: Db, regionId: string, organisationId: string) {
  return db
    .select({
      locationId: schoolLocations.id,
      locationCode: schoolLocations.locationCode,
      locationName: schoolLocations.name,
      schoolYear: schoolLocationPupilCounts.schoolYear,
      pupils: schoolLocationPupilCounts.pupils,
      pupilsAtVavo: schoolLocationPupilCounts.pupilsAtVavo,
    })
    .from(schoolLocationPupilCounts)
    .innerJoin(
      schoolLocations,
      and(
        eq(schoolLocations.regionId, schoolLocationPupilCounts.regionId),
        eq(schoolLocations.id, schoolLocationPupilCounts.locationId),
      ),
    )
    .where(
      and(
        eq(schoolLocationPupilCounts.regionId, regionId),
        eq(schoolLocations.organisationId, organisationId),
      ),
    )
    .orderBy(sql`${schoolLocationPupilCounts.schoolYear} desc`, asc(schoolLocations.name));
}

/**
 * DUO pupils per school: for each location its newest count up to `schoolYear` (a new year's
 * file may not be imported yet), summed per school, with the newest year counted.
 */
export async function duoPupilsBySchool(
  db: Db,
  regionId: string,
  schoolYear: string,
): Promise<Map<string, { pupils: number; schoolYear: string }>> {
  const newest = db
    .selectDistinctOn([schoolLocationPupilCounts.locationId], {
      locationId: schoolLocationPupilCounts.locationId,
      pupils: schoolLocationPupilCounts.pupils,
      schoolYear: schoolLocationPupilCounts.schoolYear,
    })
    .from(schoolLocationPupilCounts)
    .where(
      and(
        eq(schoolLocationPupilCounts.regionId, regionId),
        sql`${schoolLocationPupilCounts.schoolYear} <= ${schoolYear}`,
      ),
    )
    .orderBy(
      schoolLocationPupilCounts.locationId,
      sql`${schoolLocationPupilCounts.schoolYear} desc`,
    )
    .as('newest');
  const rows = await db
    .select({
      schoolId: schoolLocations.organisationId,
      pupils: sql<number>`sum(${newest.pupils})::int`,
      schoolYear: sql<string>`max(${newest.schoolYear})`,
    })
    .from(newest)
    .innerJoin(schoolLocations, eq(schoolLocations.id, newest.locationId))
    .groupBy(schoolLocations.organisationId);
  return new Map(
    rows.map((row) => [row.schoolId, { pupils: row.pupils, schoolYear: row.schoolYear }]),
  );
}
