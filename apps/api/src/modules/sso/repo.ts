import { and, eq, gt, lte } from 'drizzle-orm';
import { ssoAttempts, ssoIdentities, type Database, type Transaction } from '@stagebureau/db';

type Db = Database | Transaction;

export async function insertAttempt(db: Db, values: typeof ssoAttempts.$inferInsert) {
  await db.insert(ssoAttempts).values(values);
}

/** Attempts nobody finished; cleared as new ones start, so the table stays small. */
export async function deleteExpiredAttempts(db: Db, now: Date) {
  await db.delete(ssoAttempts).where(lte(ssoAttempts.expiresAt, now));
}

/** Takes an attempt out, once: a second callback with the same state finds nothing. */
export async function takeAttempt(db: Db, stateHash: string, now: Date) {
  const [row] = await db
    .delete(ssoAttempts)
    .where(and(eq(ssoAttempts.stateHash, stateHash), gt(ssoAttempts.expiresAt, now)))
    .returning();
  return row ?? null;
}

export async function findIdentity(db: Db, issuer: string, subject: string) {
  const [row] = await db
    .select({ userId: ssoIdentities.userId, regionId: ssoIdentities.regionId })
    .from(ssoIdentities)
    .where(and(eq(ssoIdentities.issuer, issuer), eq(ssoIdentities.subject, subject)));
  return row ?? null;
}

/** Links an identity; false when the account already has another identity at this issuer. */
export async function insertIdentity(db: Db, values: typeof ssoIdentities.$inferInsert) {
  const rows = await db
    .insert(ssoIdentities)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: ssoIdentities.id });
  return rows.length === 1;
}

export async function touchIdentity(db: Db, issuer: string, subject: string, now: Date) {
  await db
    .update(ssoIdentities)
    .set({ lastLoginAt: now })
    .where(and(eq(ssoIdentities.issuer, issuer), eq(ssoIdentities.subject, subject)));
}
