import { and, asc, eq, ilike, ne, or, sql, type SQL } from 'drizzle-orm';
import { organisations, schoolLocations, type Database, type Transaction } from '@stagebureau/db';
import type { OrganisationKind, OrganisationStatus } from '@stagebureau/domain';

type Db = Database | Transaction;
export type OrganisationRow = typeof organisations.$inferSelect;
export type LocationRow = typeof schoolLocations.$inferSelect;

export const toOrganisation = ({ updatedAt: _updated, ...row }: OrganisationRow) => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
});

export const toLocation = ({ regionId: _region, createdAt: _created, ...row }: LocationRow) => row;

export async function findOrganisation(
  db: Db,
  regionId: string,
  id: string,
  options: { kind?: OrganisationKind; forUpdate?: boolean } = {},
) {
  const conditions = [eq(organisations.regionId, regionId), eq(organisations.id, id)];
  if (options.kind) conditions.push(eq(organisations.kind, options.kind));
  const query = db
    .select()
    .from(organisations)
    .where(and(...conditions));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export interface OrganisationFilter {
  kind?: OrganisationKind;
  status?: OrganisationStatus;
  q?: string;
  /** Non-bureau callers see active organisations and their own. */
  visibleTo?: { organisationId: string | null };
}

export async function listOrganisations(db: Db, regionId: string, filter: OrganisationFilter) {
  const conditions: (SQL | undefined)[] = [eq(organisations.regionId, regionId)];
  if (filter.kind) conditions.push(eq(organisations.kind, filter.kind));
  if (filter.status) conditions.push(eq(organisations.status, filter.status));
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(organisations.name, pattern), ilike(organisations.city, pattern)));
  }
  if (filter.visibleTo) {
    const own = filter.visibleTo.organisationId;
    conditions.push(
      own
        ? or(eq(organisations.status, 'active'), eq(organisations.id, own))
        : eq(organisations.status, 'active'),
    );
  }
  return db
    .select()
    .from(organisations)
    .where(and(...conditions))
    .orderBy(asc(organisations.name), asc(organisations.id));
}

export async function insertOrganisation(db: Db, values: typeof organisations.$inferInsert) {
  const [row] = await db.insert(organisations).values(values).returning();
  return row!;
}

export async function updateOrganisation(
  db: Db,
  regionId: string,
  id: string,
  values: Partial<typeof organisations.$inferInsert>,
) {
  const [row] = await db
    .update(organisations)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(organisations.regionId, regionId), eq(organisations.id, id)))
    .returning();
  return row!;
}

/** The other organisation in the region that already holds this KvK number or BRIN code. */
export async function findByRegistration(
  db: Db,
  regionId: string,
  registration: { kvkNumber?: string; brinCode?: string },
) {
  const match = registration.kvkNumber
    ? eq(organisations.kvkNumber, registration.kvkNumber)
    : eq(organisations.brinCode, registration.brinCode!);
  const [row] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.regionId, regionId), match, ne(organisations.status, 'rejected')));
  return row ?? null;
}

export async function listLocations(db: Db, regionId: string, organisationId: string) {
  return db
    .select()
    .from(schoolLocations)
    .where(
      and(
        eq(schoolLocations.regionId, regionId),
        eq(schoolLocations.organisationId, organisationId),
      ),
    )
    .orderBy(asc(schoolLocations.name), asc(schoolLocations.id));
}

export async function insertLocation(db: Db, values: typeof schoolLocations.$inferInsert) {
  const [row] = await db.insert(schoolLocations).values(values).returning();
  return row!;
}

/** A school location's position, for distances: its own, else its school's coordinates. */
export async function findLocationPoint(db: Db, regionId: string, id: string) {
  const [row] = await db
    .select({
      latitude: sql<
        number | null
      >`coalesce(${schoolLocations.latitude}, ${organisations.latitude})`,
      longitude: sql<
        number | null
      >`coalesce(${schoolLocations.longitude}, ${organisations.longitude})`,
      postcode: schoolLocations.postcode,
    })
    .from(schoolLocations)
    .innerJoin(organisations, eq(organisations.id, schoolLocations.organisationId))
    .where(and(eq(schoolLocations.regionId, regionId), eq(schoolLocations.id, id)));
  return row ?? null;
}
