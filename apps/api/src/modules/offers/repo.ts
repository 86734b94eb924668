import { and, asc, count, eq, gte, isNull, ne, or, sql } from 'drizzle-orm';
import { offers, organisations, sessions, type Database, type Transaction } from '@stagebureau/db';

type Db = Database | Transaction;
export type OfferRow = typeof offers.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;

const offerWithCompany = { offer: offers, companyName: organisations.name };

export async function insertOffer(tx: Transaction, values: typeof offers.$inferInsert) {
  const [row] = await tx.insert(offers).values(values).returning();
  return row!;
}

export async function findOffer(db: Db, regionId: string, id: string) {
  const [row] = await db
    .select(offerWithCompany)
    .from(offers)
    .innerJoin(organisations, eq(organisations.id, offers.organisationId))
    .where(and(eq(offers.regionId, regionId), eq(offers.id, id)));
  return row ?? null;
}

/** Locks the offer row: edits, publishing and on-request quota checks serialise on it. */
export async function lockOffer(tx: Transaction, regionId: string, id: string) {
  const [row] = await tx
    .select()
    .from(offers)
    .where(and(eq(offers.regionId, regionId), eq(offers.id, id)))
    .for('update');
  return row ?? null;
}

export async function updateOffer(
  tx: Transaction,
  regionId: string,
  id: string,
  values: Partial<typeof offers.$inferInsert>,
) {
  const [row] = await tx
    .update(offers)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(offers.regionId, regionId), eq(offers.id, id)))
    .returning();
  return row!;
}

export async function findCompany(db: Db, regionId: string, id: string) {
  const [row] = await db
    .select({ id: organisations.id, name: organisations.name, kind: organisations.kind })
    .from(organisations)
    .where(and(eq(organisations.regionId, regionId), eq(organisations.id, id)));
  return row && row.kind === 'company' ? row : null;
}

export async function hasSessionForSchool(
  db: Db,
  regionId: string,
  offerId: string,
  schoolId: string,
) {
  const [row] = await db
    .select({ id: sessions.id })
    .from(sessions)
    .where(
      and(
        eq(sessions.regionId, regionId),
        eq(sessions.offerId, offerId),
        eq(sessions.schoolId, schoolId),
      ),
    )
    .limit(1);
  return row !== undefined;
}

export async function insertSessions(
  tx: Transaction,
  rows: (typeof sessions.$inferInsert)[],
): Promise<SessionRow[]> {
  if (rows.length === 0) return [];
  return tx.insert(sessions).values(rows).returning();
}

export async function findSession(db: Db, regionId: string, id: string) {
  const [row] = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.regionId, regionId), eq(sessions.id, id)));
  return row ?? null;
}

/** Locks the session row for the rest of the transaction (bookings wait for our change). */
export async function lockSession(tx: Transaction, regionId: string, id: string) {
  const [row] = await tx
    .select()
    .from(sessions)
    .where(and(eq(sessions.regionId, regionId), eq(sessions.id, id)))
    .for('update');
  return row ?? null;
}

/**
 * Writes a change only if nobody changed the session since we read it (same sequence), and
 * bumps the iCal SEQUENCE. Returns null when the row moved on.
 */
export async function updateSessionIfUnchanged(
  tx: Transaction,
  regionId: string,
  id: string,
  expectedSequence: number,
  values: Partial<typeof sessions.$inferInsert>,
): Promise<SessionRow | null> {
  const [row] = await tx
    .update(sessions)
    .set({ ...values, sequence: sql`${sessions.sequence} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(sessions.regionId, regionId),
        eq(sessions.id, id),
        eq(sessions.sequence, expectedSequence),
      ),
    )
    .returning();
  return row ?? null;
}

/** The sessions of an offer, oldest first; `visibleToSchool` hides other schools' private ones. */
export async function listSessionsOfOffer(
  db: Db,
  regionId: string,
  offerId: string,
  options: { includeCancelled?: boolean; from?: Date; visibleToSchool?: string | null } = {},
) {
  return db
    .select()
    .from(sessions)
    .where(
      and(
        eq(sessions.regionId, regionId),
        eq(sessions.offerId, offerId),
        options.includeCancelled ? undefined : eq(sessions.status, 'scheduled'),
        options.from ? gte(sessions.startsAt, options.from) : undefined,
        options.visibleToSchool === undefined
          ? undefined
          : options.visibleToSchool === null
            ? isNull(sessions.schoolId)
            : or(isNull(sessions.schoolId), eq(sessions.schoolId, options.visibleToSchool)),
      ),
    )
    .orderBy(asc(sessions.startsAt), asc(sessions.id));
}

/**
 * One page of the sessions of an organisation's offers that are not drafts, with each offer's
 * title, by start then id, and the total: one query each, however many offers it has.
 */
export async function listSessionsOfOrganisation(
  db: Db,
  regionId: string,
  organisationId: string,
  options: { includeCancelled: boolean; from?: Date; limit: number; offset: number },
) {
  const where = and(
    eq(sessions.regionId, regionId),
    eq(offers.organisationId, organisationId),
    ne(offers.status, 'draft'),
    options.includeCancelled ? undefined : eq(sessions.status, 'scheduled'),
    options.from ? gte(sessions.startsAt, options.from) : undefined,
  );
  const [rows, [counted]] = await Promise.all([
    db
      .select({ session: sessions, offerTitle: offers.title })
      .from(sessions)
      .innerJoin(offers, eq(offers.id, sessions.offerId))
      .where(where)
      .orderBy(asc(sessions.startsAt), asc(sessions.id))
      .limit(options.limit)
      .offset(options.offset),
    db
      .select({ total: count() })
      .from(sessions)
      .innerJoin(offers, eq(offers.id, sessions.offerId))
      .where(where),
  ]);
  return { rows, total: counted?.total ?? 0 };
}

/** An offer edit that changes what a calendar shows bumps the SEQUENCE of all its sessions. */
export async function bumpSequencesOfOffer(tx: Transaction, regionId: string, offerId: string) {
  await tx
    .update(sessions)
    .set({ sequence: sql`${sessions.sequence} + 1`, updatedAt: new Date() })
    .where(and(eq(sessions.regionId, regionId), eq(sessions.offerId, offerId)));
}
