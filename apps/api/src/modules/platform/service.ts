import { randomBytes } from 'node:crypto';
import type { Database } from '@stagebureau/db';
import {
  DomainError,
  type CreateRegion,
  type InviteBureauAdmin,
  type PlatformToken,
  type UpdatePlatformRegion,
} from '@stagebureau/domain';
import { decoyPasswordHash, hashPassword, verifyPassword } from '../auth/secrets';
import type { LoginThrottle } from '../auth/throttle';
import { invitePlatformBureauAdmin } from '../invitations/service';
import { changeRegion, createRegion, regionSummaries, regionSummary } from '../region/service';
import { isUniqueViolation } from '../shared';
import {
  countPlatformAdmins,
  findPlatformAdminByEmail,
  insertPlatformAdmin,
  listActivePlatformAdmins,
} from './repo';

export interface PlatformAuthDeps {
  db: Database;
  throttle: LoginThrottle;
  signPlatformToken: (platformAdminId: string) => string;
  tokenSeconds: number;
}

/** A platform admin's failures are counted apart from a user's with the same address. */
const throttleKey = (email: string) => `platform:${email}`;

/**
 * A platform admin's login. A disabled admin gets the same answer as a wrong password, so the
 * answer does not tell whether an address is a platform admin's.
 */
export async function loginPlatformAdmin(
  deps: PlatformAuthDeps,
  email: string,
  password: string,
  now: Date,
): Promise<PlatformToken> {
  const key = throttleKey(email);
  if (await deps.throttle.isBlocked(key, now)) throw new DomainError('rate_limited');
  const admin = await findPlatformAdminByEmail(deps.db, email);
  const valid = await verifyPassword(admin?.passwordHash ?? (await decoyPasswordHash()), password);
  if (!admin || !valid || admin.status !== 'active') {
    await deps.throttle.recordFailure(key, now);
    throw new DomainError('invalid_credentials');
  }
  await deps.throttle.reset(key);
  return { accessToken: deps.signPlatformToken(admin.id), accessTokenExpiresIn: deps.tokenSeconds };
}

/** A password for a platform admin made without one: 24 random characters, shown once. */
export const generatePassword = () => randomBytes(18).toString('base64url');

/** Creates a platform admin; an address that already is one is `duplicate`. */
export async function createPlatformAdmin(
  db: Database,
  input: { email: string; name: string; password: string },
) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await insertPlatformAdmin(db, {
      email: input.email.toLowerCase(),
      name: input.name,
      passwordHash,
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new DomainError('duplicate', `a platform admin with ${input.email} exists`);
    throw error;
  }
}

/**
 * Who the command line acts as (its changes are audited under a platform admin's id): the one
 * with this address, or the only active one when there is exactly one.
 */
export async function platformAdminForCli(db: Database, email?: string) {
  const admins = await listActivePlatformAdmins(db);
  const admin = email
    ? admins.find((candidate) => candidate.email.toLowerCase() === email.toLowerCase())
    : admins.length === 1
      ? admins[0]
      : undefined;
  if (admin) return admin;
  throw new DomainError(
    'not_found',
    email
      ? `no active platform admin has the address ${email}`
      : 'name the platform admin to act as with --as <e-mail> (there is not exactly one)',
  );
}

export const hasPlatformAdmin = async (db: Database) => (await countPlatformAdmins(db)) > 0;

/** How a platform admin appears in a region's audit log: their id, in the role above it. */
const auditActor = (platformAdminId: string) => ({
  userId: platformAdminId,
  role: 'platform_admin',
});

export const listRegions = (db: Database) => regionSummaries(db);

export async function getRegion(db: Database, regionId: string) {
  const region = await regionSummary(db, regionId);
  if (!region) throw new DomainError('not_found');
  return region;
}

export const addRegion = (db: Database, platformAdminId: string, input: CreateRegion) =>
  createRegion(db, auditActor(platformAdminId), input);

export const editRegion = (
  db: Database,
  platformAdminId: string,
  regionId: string,
  changes: UpdatePlatformRegion,
) => changeRegion(db, auditActor(platformAdminId), regionId, changes);

/** Invites a region's (first) bureau admin; the link goes out by e-mail like any invitation. */
export async function inviteBureauAdmin(
  db: Database,
  platformAdminId: string,
  regionId: string,
  input: InviteBureauAdmin,
  now: Date,
  webUrl: string,
) {
  await getRegion(db, regionId);
  return invitePlatformBureauAdmin(db, platformAdminId, regionId, input, now, webUrl);
}
