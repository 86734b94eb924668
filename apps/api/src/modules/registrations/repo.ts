import { and, asc, eq } from 'drizzle-orm';
import {
  organisationRegistrations,
  organisations,
  regions,
  type Database,
  type Transaction,
} from '@stagebureau/db';
import type { RegistrationStatus } from '@stagebureau/domain';

type Db = Database | Transaction;
export type RegistrationRow = typeof organisationRegistrations.$inferSelect;

export async function insertRegistration(
  tx: Transaction,
  values: typeof organisationRegistrations.$inferInsert,
) {
  const [row] = await tx.insert(organisationRegistrations).values(values).returning();
  return row!;
}

export async function listRegistrationRows(
  db: Db,
  regionId: string,
  status: RegistrationStatus | undefined,
) {
  const conditions = [eq(organisationRegistrations.regionId, regionId)];
  if (status) conditions.push(eq(organisationRegistrations.status, status));
  return db
    .select()
    .from(organisationRegistrations)
    .where(and(...conditions))
    .orderBy(asc(organisationRegistrations.createdAt), asc(organisationRegistrations.id))
    .limit(500);
}

export async function findRegistration(tx: Db, regionId: string, id: string, forUpdate = false) {
  const query = tx
    .select()
    .from(organisationRegistrations)
    .where(
      and(eq(organisationRegistrations.regionId, regionId), eq(organisationRegistrations.id, id)),
    );
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function updateRegistration(
  tx: Transaction,
  id: string,
  values: Partial<typeof organisationRegistrations.$inferInsert>,
) {
  const [row] = await tx
    .update(organisationRegistrations)
    .set(values)
    .where(eq(organisationRegistrations.id, id))
    .returning();
  return row!;
}

/** What a message about a registration says: the region, the company and its contact. */
export async function loadRegistrationFacts(tx: Db, regionId: string, id: string) {
  const [row] = await tx
    .select({
      registration: organisationRegistrations,
      regionName: regions.name,
      companyName: organisations.name,
      kvkNumber: organisations.kvkNumber,
    })
    .from(organisationRegistrations)
    .innerJoin(regions, eq(regions.id, organisationRegistrations.regionId))
    .innerJoin(organisations, eq(organisations.id, organisationRegistrations.organisationId))
    .where(
      and(eq(organisationRegistrations.regionId, regionId), eq(organisationRegistrations.id, id)),
    );
  return row ?? null;
}

/** The organisation's registration while it waits for the bureau, if it registered itself. */
export async function pendingRegistrationOf(db: Db, regionId: string, organisationId: string) {
  const [row] = await db
    .select({ id: organisationRegistrations.id })
    .from(organisationRegistrations)
    .where(
      and(
        eq(organisationRegistrations.regionId, regionId),
        eq(organisationRegistrations.organisationId, organisationId),
        eq(organisationRegistrations.status, 'pending'),
      ),
    );
  return row ?? null;
}
