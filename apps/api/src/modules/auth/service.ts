import { randomUUID } from 'node:crypto';
import type { Database } from '@stagebureau/db';
import { DomainError, type Actor, type SsoAccount, type TokenPair } from '@stagebureau/domain';
import { recordAudit } from '../audit/record';
import {
  findRefreshToken,
  findAccountById,
  findUserForLogin,
  loadActiveActor,
  insertRefreshToken,
  markRotated,
  revokeFamily,
} from './repo';
import { decoyPasswordHash, hashSecret, newSecret, verifyPassword } from './secrets';
import type { LoginThrottle } from './throttle';

/** Who a user acts as now; null once the user or its organisation is no longer active. */
export { loadActiveActor } from './repo';

const refreshTokenDays = 30;

/** What issuing a session needs; single sign-on opens sessions through it too. */
export interface SessionDeps {
  db: Database;
  signAccessToken: (actor: Actor) => string;
  accessTokenSeconds: number;
}

export interface AuthDeps extends SessionDeps {
  throttle: LoginThrottle;
}

/** A refresh token names its region so the lookup is region-scoped: `<regionId>.<secret>`. */
function splitRefreshToken(token: string): { regionId: string; secret: string } {
  const [regionId, secret] = token.split('.');
  if (!regionId || !secret || !/^[0-9a-f-]{36}$/.test(regionId))
    throw new DomainError('refresh_token_invalid');
  return { regionId, secret };
}

async function issueTokens(
  deps: SessionDeps,
  actor: Actor,
  familyId: string,
  now: Date,
): Promise<TokenPair> {
  const secret = newSecret();
  const expiresAt = new Date(now.getTime() + refreshTokenDays * 86_400_000);
  await insertRefreshToken(deps.db, {
    regionId: actor.regionId,
    userId: actor.userId,
    familyId,
    tokenHash: hashSecret(secret),
    expiresAt,
  });
  return {
    accessToken: deps.signAccessToken(actor),
    accessTokenExpiresIn: deps.accessTokenSeconds,
    refreshToken: `${actor.regionId}.${secret}`,
    refreshTokenExpiresAt: expiresAt.toISOString(),
  };
}

export async function login(
  deps: AuthDeps,
  email: string,
  password: string,
  now: Date,
): Promise<TokenPair> {
  if (await deps.throttle.isBlocked(email, now)) throw new DomainError('rate_limited');
  const user = await findUserForLogin(deps.db, email);
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
  if (!user || !valid) {
    await deps.throttle.recordFailure(email, now);
    throw new DomainError('invalid_credentials');
  }
  if (!isActive(user)) throw new DomainError('account_inactive');
  await deps.throttle.reset(email);
  const actor: Actor = {
    userId: user.id,
    role: user.role,
    regionId: user.regionId,
    organisationId: user.organisationId,
  };
  return issueTokens(deps, actor, randomUUID(), now);
}

/**
 * Rotates a refresh token. Presenting a token that was already rotated means it leaked:
 * the whole family is revoked and the caller must log in again.
 */
export async function refresh(
  deps: AuthDeps,
  token: string,
  loadActor: (userId: string, regionId: string) => Promise<Actor | null>,
  now: Date,
): Promise<TokenPair> {
  const { regionId, secret } = splitRefreshToken(token);
  const outcome = await deps.db.transaction(async (tx) => {
    const row = await findRefreshToken(tx, regionId, hashSecret(secret));
    if (!row || row.revokedAt || row.expiresAt <= now) return { ok: false as const };
    if (!(await markRotated(tx, regionId, row.id, now))) {
      await revokeFamily(tx, regionId, row.familyId, now);
      await recordAudit(
        tx,
        { userId: row.userId, role: 'system', regionId },
        {
          entity: 'user',
          entityId: row.userId,
          action: 'refresh_token_reuse_detected',
        },
      );
      return { ok: false as const };
    }
    return { ok: true as const, row };
  });
  if (!outcome.ok) throw new DomainError('refresh_token_invalid');
  const actor = await loadActor(outcome.row.userId, regionId);
  if (!actor) {
    await revokeFamily(deps.db, regionId, outcome.row.familyId, now);
    throw new DomainError('refresh_token_invalid');
  }
  return issueTokens(deps, actor, outcome.row.familyId, now);
}

export async function logout(deps: AuthDeps, token: string, now: Date): Promise<void> {
  const { regionId, secret } = splitRefreshToken(token);
  await deps.db.transaction(async (tx) => {
    const row = await findRefreshToken(tx, regionId, hashSecret(secret));
    if (row) await revokeFamily(tx, regionId, row.familyId, now);
  });
}

/** A user may log in only while it and its organisation (if any) are active. */
const isActive = (user: {
  status: string;
  organisationId: string | null;
  organisationStatus: string | null;
}) => user.status === 'active' && (!user.organisationId || user.organisationStatus === 'active');

const toSsoAccount = (
  user: Parameters<typeof isActive>[0] & { id: string; regionId: string },
): SsoAccount => ({ userId: user.id, regionId: user.regionId, active: isActive(user) });

/** The account with this e-mail (unique platform-wide), as single sign-on matches it. */
export async function accountByEmail(db: Database, email: string): Promise<SsoAccount | null> {
  const user = await findUserForLogin(db, email);
  return user ? toSsoAccount(user) : null;
}

export async function accountById(
  db: Database,
  userId: string,
  regionId: string,
): Promise<SsoAccount | null> {
  const user = await findAccountById(db, userId, regionId);
  return user ? toSsoAccount(user) : null;
}

/**
 * Opens a session for an account another way of logging in (single sign-on) has vouched for:
 * the same tokens as a password login, with the same check that the account is active.
 */
export async function openSession(
  deps: SessionDeps,
  userId: string,
  regionId: string,
  now: Date,
): Promise<TokenPair> {
  const actor = await loadActiveActor(deps.db, userId, regionId);
  if (!actor) throw new DomainError('account_inactive');
  return issueTokens(deps, actor, randomUUID(), now);
}
