import { and, desc, eq, sql } from 'drizzle-orm';
import { invitations, users, type Database, type Transaction } from '@stagebureau/db';

type Db = Database | Transaction;
export type InvitationRow = typeof invitations.$inferSelect;

export const toInvitation = (row: InvitationRow) => ({
  id: row.id,
  email: row.email,
  role: row.role,
  organisationId: row.organisationId,
  expiresAt: row.expiresAt.toISOString(),
  acceptedAt: row.acceptedAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
});

export async function insertInvitation(db: Db, values: typeof invitations.$inferInsert) {
  const [row] = await db.insert(invitations).values(values).returning();
  return row!;
}

/** The region's invitations, or (`organisationId`) one organisation's. */
export async function listInvitations(db: Db, regionId: string, organisationId?: string) {
  const conditions = [eq(invitations.regionId, regionId)];
  if (organisationId) conditions.push(eq(invitations.organisationId, organisationId));
  return db
    .select()
    .from(invitations)
    .where(and(...conditions))
    .orderBy(desc(invitations.createdAt), desc(invitations.id))
    .limit(500);
}

export async function findInvitationByHash(tx: Transaction, regionId: string, tokenHash: string) {
  const [row] = await tx
    .select()
    .from(invitations)
    .where(and(eq(invitations.regionId, regionId), eq(invitations.tokenHash, tokenHash)))
    .for('update');
  return row ?? null;
}

export async function markAccepted(tx: Transaction, id: string, userId: string, now: Date) {
  await tx
    .update(invitations)
    .set({ acceptedAt: now, acceptedUserId: userId })
    .where(eq(invitations.id, id));
}

/** E-mail addresses are unique platform-wide (users_email_uq), so this looks across regions. */
export async function emailInUse(db: Db, email: string) {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return Boolean(row);
}

export async function insertUser(db: Db, values: typeof users.$inferInsert) {
  const [row] = await db.insert(users).values(values).returning();
  return row!;
}
