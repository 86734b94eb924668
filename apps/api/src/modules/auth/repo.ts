import { and, eq, isNull, sql } from 'drizzle-orm';
import {
  organisations,
  refreshTokens,
  regions,
  users,
  type Database,
  type Transaction,
} from '@stagebureau/db';
import type { Actor } from '@stagebureau/domain';

/** The actor behind a token, only while the user and its organisation are active. */
export async function loadActiveActor(
  db: Database,
  userId: string,
  regionId: string,
): Promise<Actor | null> {
  const [row] = await db
    .select({
      userId: users.id,
      role: users.role,
      regionId: users.regionId,
      organisationId: users.organisationId,
      userStatus: users.status,
      organisationStatus: organisations.status,
    })
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(users.id, userId), eq(users.regionId, regionId)));
  if (!row || row.userStatus !== 'active') return null;
  if (row.organisationId && row.organisationStatus !== 'active') return null;
  return {
    userId: row.userId,
    role: row.role,
    regionId: row.regionId,
    organisationId: row.organisationId,
  };
}

/** Login is the one lookup before a region is known: e-mail addresses are unique platform-wide. */
export async function findUserForLogin(db: Database, email: string) {
  const [row] = await db
    .select({
      id: users.id,
      regionId: users.regionId,
      organisationId: users.organisationId,
      role: users.role,
      status: users.status,
      passwordHash: users.passwordHash,
      organisationStatus: organisations.status,
    })
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return row ?? null;
}

export async function findAccountById(db: Database, userId: string, regionId: string) {
  const [row] = await db
    .select({
      id: users.id,
      regionId: users.regionId,
      organisationId: users.organisationId,
      status: users.status,
      organisationStatus: organisations.status,
    })
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(users.id, userId), eq(users.regionId, regionId)));
  return row ?? null;
}

export async function insertRefreshToken(
  tx: Transaction | Database,
  values: {
    regionId: string;
    userId: string;
    familyId: string;
    tokenHash: string;
    expiresAt: Date;
  },
) {
  await tx.insert(refreshTokens).values(values);
}

export async function findRefreshToken(tx: Transaction, regionId: string, tokenHash: string) {
  const [row] = await tx
    .select()
    .from(refreshTokens)
    .where(and(eq(refreshTokens.regionId, regionId), eq(refreshTokens.tokenHash, tokenHash)))
    .for('update');
  return row ?? null;
}

/** Marks a token used; returns false if it was already used or revoked (a reuse). */
export async function markRotated(tx: Transaction, regionId: string, id: string, now: Date) {
  const rows = await tx
    .update(refreshTokens)
    .set({ rotatedAt: now })
    .where(
      and(
        eq(refreshTokens.regionId, regionId),
        eq(refreshTokens.id, id),
        isNull(refreshTokens.rotatedAt),
        isNull(refreshTokens.revokedAt),
      ),
    )
    .returning({ id: refreshTokens.id });
  return rows.length === 1;
}

export async function revokeFamily(
  tx: Transaction | Database,
  regionId: string,
  familyId: string,
  now: Date,
) {
  await tx
    .update(refreshTokens)
    .set({ revokedAt: now })
    .where(
      and(
        eq(refreshTokens.regionId, regionId),
        eq(refreshTokens.familyId, familyId),
        isNull(refreshTokens.revokedAt),
      ),
    );
}

export async function loadMe(db: Database, actor: Actor) {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      language: users.language,
      region: { id: regions.id, slug: regions.slug, name: regions.name },
      organisationId: organisations.id,
      organisationName: organisations.name,
      organisationKind: organisations.kind,
      organisationStatus: organisations.status,
    })
    .from(users)
    .innerJoin(regions, eq(regions.id, users.regionId))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(users.id, actor.userId), eq(users.regionId, actor.regionId)));
  if (!row) return null;
  const { organisationId, organisationName, organisationKind, organisationStatus, ...me } = row;
  return {
    ...me,
    organisation: organisationId
      ? {
          id: organisationId,
          name: organisationName!,
          kind: organisationKind!,
          status: organisationStatus!,
        }
      : null,
  };
}
