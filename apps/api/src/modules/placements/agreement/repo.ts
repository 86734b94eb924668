import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import {
  classes,
  internshipPlaces,
  offers,
  organisations,
  participants,
  placementSignatures,
  placements,
  regions,
  users,
  type Database,
  type Transaction,
} from '@stagebureau/db';

type Db = Database | Transaction;
export type SignatureRow = typeof placementSignatures.$inferSelect;

/** Everything the agreement says, read in the accepting transaction. */
export async function agreementSources(tx: Db, regionId: string, placementId: string) {
  const [row] = await tx
    .select({
      placement: placements,
      regionName: regions.name,
      place: internshipPlaces,
      offer: offers,
      companyName: organisations.name,
      participant: participants,
      className: classes.name,
    })
    .from(placements)
    .innerJoin(regions, eq(regions.id, placements.regionId))
    .innerJoin(internshipPlaces, eq(internshipPlaces.id, placements.placeId))
    .innerJoin(offers, eq(offers.id, internshipPlaces.offerId))
    .innerJoin(organisations, eq(organisations.id, placements.companyId))
    .innerJoin(participants, eq(participants.id, placements.participantId))
    .leftJoin(classes, eq(classes.id, participants.classId))
    .where(and(eq(placements.regionId, regionId), eq(placements.id, placementId)));
  return row ?? null;
}
export type AgreementSources = NonNullable<Awaited<ReturnType<typeof agreementSources>>>;

export async function organisationOf(tx: Db, regionId: string, id: string) {
  const [row] = await tx
    .select()
    .from(organisations)
    .where(and(eq(organisations.regionId, regionId), eq(organisations.id, id)));
  return row ?? null;
}

export async function activeUser(tx: Db, regionId: string, id: string) {
  const [row] = await tx
    .select()
    .from(users)
    .where(and(eq(users.regionId, regionId), eq(users.id, id), eq(users.status, 'active')));
  return row ?? null;
}

/** The school's longest-standing active coordinator: the last resort for the school's link. */
export async function firstCoordinator(tx: Db, regionId: string, schoolId: string) {
  const [row] = await tx
    .select({ email: users.email })
    .from(users)
    .where(
      and(
        eq(users.regionId, regionId),
        eq(users.organisationId, schoolId),
        eq(users.role, 'school_coordinator'),
        eq(users.status, 'active'),
      ),
    )
    .orderBy(asc(users.createdAt), asc(users.id))
    .limit(1);
  return row?.email ?? null;
}

export async function insertSignature(tx: Db, values: typeof placementSignatures.$inferInsert) {
  const [row] = await tx.insert(placementSignatures).values(values).returning();
  return row!;
}

export async function signaturesOfPlacement(tx: Db, placementId: string) {
  return tx
    .select()
    .from(placementSignatures)
    .where(eq(placementSignatures.placementId, placementId))
    .orderBy(asc(placementSignatures.createdAt), asc(placementSignatures.id));
}

export async function placementById(db: Db, regionId: string, id: string) {
  const [row] = await db
    .select()
    .from(placements)
    .where(and(eq(placements.regionId, regionId), eq(placements.id, id)));
  return row ?? null;
}

/** A link by its secret's hash (the only way a public caller names one). */
export async function signatureByTokenHash(db: Db, tokenHash: string) {
  const [row] = await db
    .select()
    .from(placementSignatures)
    .where(eq(placementSignatures.tokenHash, tokenHash));
  return row ?? null;
}

/** The row lock a signature or a new secret is written under. */
export async function lockSignature(tx: Transaction, id: string) {
  const [row] = await tx
    .select()
    .from(placementSignatures)
    .where(eq(placementSignatures.id, id))
    .for('update');
  return row ?? null;
}

/** Records a signature, only while the row is still unsigned; false when it was not. */
export async function markSigned(
  tx: Transaction,
  id: string,
  values: { typedName: string; signedAt: Date; signedHash: string },
) {
  const rows = await tx
    .update(placementSignatures)
    .set(values)
    .where(and(eq(placementSignatures.id, id), sql`${placementSignatures.signedAt} is null`))
    .returning({ id: placementSignatures.id });
  return rows.length === 1;
}

/** A new secret (and address) for an unsigned link: the old secret no longer works. */
export async function replaceToken(
  tx: Transaction,
  id: string,
  values: { tokenHash: string; expiresAt: Date; email: string },
) {
  await tx
    .update(placementSignatures)
    .set(values)
    .where(and(eq(placementSignatures.id, id), sql`${placementSignatures.signedAt} is null`));
}

/** Accepted placements of a region whose first day is on or before `until` and not ended. */
export async function acceptedStartingBy(db: Db, regionId: string, today: string, until: string) {
  return db
    .select({ id: placements.id })
    .from(placements)
    .where(
      and(
        eq(placements.regionId, regionId),
        eq(placements.status, 'accepted'),
        lte(placements.startsOn, until),
        gte(placements.endsOn, today),
      ),
    )
    .orderBy(asc(placements.startsOn), asc(placements.id));
}

/** Locks a placement for the sweep, skipping one another transaction holds. */
export async function claimPlacement(tx: Transaction, regionId: string, id: string) {
  const [row] = await tx
    .select({
      placement: placements,
      placeTitle: offers.title,
      offerId: offers.id,
      sessionId: internshipPlaces.sessionId,
      pseudonym: participants.pseudonym,
    })
    .from(placements)
    .innerJoin(internshipPlaces, eq(internshipPlaces.id, placements.placeId))
    .innerJoin(offers, eq(offers.id, internshipPlaces.offerId))
    .innerJoin(participants, eq(participants.id, placements.participantId))
    .where(and(eq(placements.regionId, regionId), eq(placements.id, id)))
    .for('update', { of: placements, skipLocked: true });
  return row ?? null;
}

export async function regionIds(db: Db) {
  return db.select({ id: regions.id }).from(regions);
}
