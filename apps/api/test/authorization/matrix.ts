import { randomBytes } from 'node:crypto';
import { invitations, taxonomyTerms, type Database } from '@stagebureau/db';
import { roles, type Role } from '@stagebureau/domain';
import type { App } from '../../src/app';
import { hashSecret, newSecret } from '../../src/modules/auth/secrets';
import { aClass, aCompany, aLoggedInUser, aRegion, aSchool } from '../builders';

/**
 * The authorisation matrix: every role × every endpoint × where the row lives.
 * - `own`: the actors' region, and the organisations the actors belong to (`school` is the school
 *   roles' school, `company` the company roles' company);
 * - `otherOrganisation`: another school and company in the same region;
 * - `otherRegion`: a school and company in another region.
 * Another module adds its endpoints in its own file and one line in authorizationMatrix.test.ts.
 */
export const scopes = ['own', 'otherOrganisation', 'otherRegion'] as const;
export type Scope = (typeof scopes)[number];

export interface Target {
  regionId: string;
  school: { id: string };
  company: { id: string };
  /** A class of `school`. */
  schoolClass: { id: string };
  /** A company awaiting approval in the target's region. */
  pendingCompany: { id: string };
  /** A bureau user of the target's region (e.g. as creator of fixtures). */
  bureauUserId: string;
}

export interface MatrixContext {
  db: Database;
  target: Target;
  /** A random suffix for values that must be unique per request. */
  unique: () => string;
}

export interface MatrixRequest {
  url: string;
  payload?: object;
}

/** The status each role gets, for a row in [own, otherOrganisation, otherRegion]. */
export type Statuses = readonly [own: number, otherOrganisation: number, otherRegion: number];

export interface MatrixEndpoint {
  /** `METHOD /path` as documented; names the row in failure messages. */
  route: string;
  /** Public endpoints answer without a token; all others must answer 401 without one. */
  public?: boolean;
  request: (ctx: MatrixContext) => MatrixRequest | Promise<MatrixRequest>;
  expect: Record<Role, Statuses>;
}

export const methodOf = (endpoint: MatrixEndpoint) => endpoint.route.split(' ')[0] as never;

/** Expectation helpers: `everyone(200, 200, 404)`, then override roles with spreads. */
export const everyone = (own: number, other: number, region: number) =>
  Object.fromEntries(roles.map((role) => [role, [own, other, region] as const])) as Record<
    Role,
    Statuses
  >;
export const bureau = (statuses: Statuses) => ({
  bureau_admin: statuses,
  bureau_staff: statuses,
});

export interface MatrixWorld {
  targets: Record<Scope, Target>;
  headers: Record<Role, Record<string, string>>;
}

async function aTarget(
  db: Database,
  regionId: string,
  bureauUserId: string,
  school?: { id: string },
  company?: { id: string },
): Promise<Target> {
  const targetSchool = school ?? (await aSchool(db, regionId));
  return {
    regionId,
    school: targetSchool,
    company: company ?? (await aCompany(db, regionId)),
    schoolClass: await aClass(db, regionId, targetSchool.id),
    pendingCompany: await aCompany(db, regionId, { status: 'pending' }),
    bureauUserId,
  };
}

/** Two regions, two schools and companies in the actors' region, one logged-in user per role. */
export async function buildMatrixWorld(app: App, db: Database): Promise<MatrixWorld> {
  const regionId = (await aRegion(db)).id;
  const otherRegionId = (await aRegion(db)).id;
  const school = await aSchool(db, regionId);
  const company = await aCompany(db, regionId);
  const organisationOf: Record<Role, string | null> = {
    bureau_admin: null,
    bureau_staff: null,
    company_admin: company.id,
    company_member: company.id,
    school_coordinator: school.id,
    teacher: school.id,
  };
  const headers = {} as Record<Role, Record<string, string>>;
  const users = {} as Record<Role, string>;
  for (const role of roles) {
    const session = await aLoggedInUser(app, db, regionId, role, organisationOf[role]);
    headers[role] = session.headers;
    users[role] = session.user.id;
  }
  const otherBureau = await aLoggedInUser(app, db, otherRegionId, 'bureau_admin');
  return {
    headers,
    targets: {
      own: await aTarget(db, regionId, users.bureau_admin, school, company),
      otherOrganisation: await aTarget(db, regionId, users.bureau_admin),
      otherRegion: await aTarget(db, otherRegionId, otherBureau.user.id),
    },
  };
}

export const unique = () => randomBytes(4).toString('hex');

/** Fixtures a request may consume (archive, delete, accept), made fresh per cell. */
export async function freshTerm({ db, target }: MatrixContext) {
  const [term] = await db
    .insert(taxonomyTerms)
    .values({ regionId: target.regionId, kind: 'sector', code: `t-${unique()}`, label: 'Term' })
    .returning();
  return term!;
}

export async function freshInvitationToken({ db, target }: MatrixContext) {
  const secret = newSecret();
  await db.insert(invitations).values({
    regionId: target.regionId,
    organisationId: target.company.id,
    email: `uitgenodigd-${unique()}@test.nl`,
    role: 'company_member',
    tokenHash: hashSecret(secret),
    expiresAt: new Date(Date.now() + 86_400_000),
    createdBy: target.bureauUserId,
  });
  return `${target.regionId}.${secret}`;
}

export const freshClass = ({ db, target }: MatrixContext) =>
  aClass(db, target.regionId, target.school.id);
export const freshActiveCompany = ({ db, target }: MatrixContext) => aCompany(db, target.regionId);
