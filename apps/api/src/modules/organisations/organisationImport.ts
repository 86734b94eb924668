import { and, eq, isNotNull, ne } from 'drizzle-orm';
import { organisations, schoolLocations, type Database, type Transaction } from '@stagebureau/db';
import type {
  ClassLocationRef,
  OrganisationWrites,
  StoredImportOrganisation,
} from '@stagebureau/domain';

/**
 * What the companies, schools and classes imports (issue 21) read and write of organisations
 * and school locations. This module owns those tables; the imports module calls these only.
 */
type Db = Database | Transaction;

/**
 * The region's organisations with a KvK number or BRIN code, under that key for the kind
 * imported. Rejected companies let go of their KvK number (the unique index skips them).
 */
export async function storedImportOrganisations(
  db: Db,
  regionId: string,
  kind: 'company' | 'school',
): Promise<StoredImportOrganisation[]> {
  const keyColumn = kind === 'company' ? organisations.kvkNumber : organisations.brinCode;
  const rows = await db
    .select()
    .from(organisations)
    .where(
      and(
        eq(organisations.regionId, regionId),
        isNotNull(keyColumn),
        kind === 'company' ? ne(organisations.status, 'rejected') : undefined,
      ),
    );
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    key: (kind === 'company' ? row.kvkNumber : row.brinCode)!,
    name: row.name,
    street: row.street,
    postcode: row.postcode,
    city: row.city,
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
    website: row.website,
    sectorTags: row.sectorTags,
  }));
}

/** Writes a planned import: new organisations `pending` (the bureau activates them), changes. */
export async function writeImportedOrganisations(
  tx: Transaction,
  regionId: string,
  writes: OrganisationWrites,
) {
  const { kind } = writes;
  for (let at = 0; at < writes.creates.length; at += 500) {
    await tx.insert(organisations).values(
      writes.creates.slice(at, at + 500).map(({ key, ...fields }) => ({
        ...fields,
        ...(kind === 'company' ? { kvkNumber: key } : { brinCode: key }),
        regionId,
        kind,
        status: 'pending' as const,
      })),
    );
  }
  for (const { id, changes } of writes.updates) {
    await tx
      .update(organisations)
      .set({ ...changes, updatedAt: new Date() })
      .where(and(eq(organisations.regionId, regionId), eq(organisations.id, id)));
  }
}

/** A school's locations by id, DUO code and name, for a classes file's `locatie` column. */
export async function schoolLocationRefs(
  db: Db,
  regionId: string,
  schoolId: string,
): Promise<ClassLocationRef[]> {
  return db
    .select({
      id: schoolLocations.id,
      code: schoolLocations.locationCode,
      name: schoolLocations.name,
    })
    .from(schoolLocations)
    .where(
      and(eq(schoolLocations.regionId, regionId), eq(schoolLocations.organisationId, schoolId)),
    );
}
