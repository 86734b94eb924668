import jwt from '@fastify/jwt';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import {
  DomainError,
  can,
  type Action,
  type Actor,
  type Resource,
  type Role,
} from '@stagebureau/domain';
import { loadActiveActor } from '../modules/auth/repo';
import { loadActivePlatformAdmin } from '../modules/platform/repo';

export const accessTokenSeconds = 15 * 60;
/** A platform admin's token has no refresh token: it lasts a working day (decision 019). */
export const platformTokenSeconds = 8 * 60 * 60;

interface AccessClaims {
  sub: string;
  role: Role;
  region: string;
  org: string | null;
}

/** A platform admin's token names no region; `kind` tells it apart from a user's. */
interface PlatformClaims {
  sub: string;
  kind: 'platform';
}

type Claims = AccessClaims | PlatformClaims;
const isPlatformClaims = (claims: Claims): claims is PlatformClaims =>
  'kind' in claims && claims.kind === 'platform';

/** The platform admin of an authenticated platform request. */
export interface PlatformPrincipal {
  id: string;
  email: string;
  name: string;
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: Claims;
    user: Claims;
  }
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    platformAdmin: PlatformPrincipal | null;
  }
  interface FastifyInstance {
    authenticate: (request: FastifyRequest) => Promise<void>;
    /** For /platform routes: a platform admin's token only; a user's is refused with 403. */
    authenticatePlatform: (request: FastifyRequest) => Promise<void>;
    signAccessToken: (actor: Actor) => string;
    signPlatformToken: (platformAdminId: string) => string;
  }
}

/** The actor of an authenticated request; routes call it after `onRequest: app.authenticate`. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new DomainError('unauthenticated');
  return request.actor;
}

/** The platform admin of a request after `onRequest: app.authenticatePlatform`. */
export function platformAdminOf(request: FastifyRequest): PlatformPrincipal {
  if (!request.platformAdmin) throw new DomainError('unauthenticated');
  return request.platformAdmin;
}

/** Throws the policy's refusal as an error value; `not_found` hides existence. */
export function authorise(actor: Actor, action: Action, resource: Resource): void {
  const decision = can(actor, action, resource);
  if (decision !== 'allow') throw new DomainError(decision);
}

async function authPlugin(app: FastifyInstance) {
  await app.register(jwt, {
    secret: app.config.JWT_SECRET,
    sign: { algorithm: 'HS256', expiresIn: accessTokenSeconds },
    verify: { algorithms: ['HS256'] },
  });
  app.decorateRequest('actor', null);
  app.decorateRequest('platformAdmin', null);
  app.decorate('signAccessToken', (actor: Actor) =>
    app.jwt.sign({
      sub: actor.userId,
      role: actor.role,
      region: actor.regionId,
      org: actor.organisationId,
    }),
  );
  app.decorate('signPlatformToken', (platformAdminId: string) =>
    app.jwt.sign({ sub: platformAdminId, kind: 'platform' }, { expiresIn: platformTokenSeconds }),
  );
  const verify = async (request: FastifyRequest): Promise<Claims> => {
    try {
      return await request.jwtVerify<Claims>();
    } catch {
      throw new DomainError('unauthenticated');
    }
  };
  app.decorate('authenticate', async (request: FastifyRequest) => {
    const claims = await verify(request);
    // A platform admin is no user of any region: their token opens no region route.
    if (isPlatformClaims(claims)) throw new DomainError('unauthenticated');
    // A suspended user or organisation loses access at once, not when the token expires.
    const actor = await loadActiveActor(app.db, claims.sub, claims.region);
    if (!actor) throw new DomainError('unauthenticated');
    request.actor = actor;
  });
  app.decorate('authenticatePlatform', async (request: FastifyRequest) => {
    const claims = await verify(request);
    // A user is signed in, just not as a platform admin: forbidden, as a role lacking a right.
    if (!isPlatformClaims(claims)) throw new DomainError('forbidden');
    // A disabled platform admin loses access at once, like a suspended user.
    const admin = await loadActivePlatformAdmin(app.db, claims.sub);
    if (!admin) throw new DomainError('unauthenticated');
    request.platformAdmin = admin;
  });
}

export default fp(authPlugin, { name: 'auth', dependencies: ['config', 'db'] });
