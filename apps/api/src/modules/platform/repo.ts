import { eq, sql } from 'drizzle-orm';
import { platformAdmins, type Database, type Transaction } from '@stagebureau/db';

type Db = Database | Transaction;

const principal = { id: platformAdmins.id, email: platformAdmins.email, name: platformAdmins.name };

/** The platform admin behind a token, only while active. */
export async function loadActivePlatformAdmin(db: Db, id: string) {
  const [row] = await db
    .select({ ...principal, status: platformAdmins.status })
    .from(platformAdmins)
    .where(eq(platformAdmins.id, id));
  if (!row || row.status !== 'active') return null;
  return { id: row.id, email: row.email, name: row.name };
}

/** Like a user's, a platform admin's address is matched case-insensitively. */
export async function findPlatformAdminByEmail(db: Db, email: string) {
  const [row] = await db
    .select()
    .from(platformAdmins)
    .where(eq(sql`lower(${platformAdmins.email})`, email.toLowerCase()));
  return row ?? null;
}

export async function insertPlatformAdmin(
  db: Db,
  values: { email: string; name: string; passwordHash: string },
) {
  const [row] = await db.insert(platformAdmins).values(values).returning(principal);
  return row!;
}

export async function countPlatformAdmins(db: Db): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(platformAdmins);
  return row?.count ?? 0;
}

export async function listActivePlatformAdmins(db: Db) {
  return db
    .select(principal)
    .from(platformAdmins)
    .where(eq(platformAdmins.status, 'active'))
    .orderBy(platformAdmins.createdAt);
}
